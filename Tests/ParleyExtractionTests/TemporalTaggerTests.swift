@testable import ParleyExtraction
import ParleyModel
import Testing

/// Event dates: the date an extracted relation takes from its sentence.
@Suite struct DateTests {
    func date(_ sentence: String, published: String?) -> String? {
        let text = "Ahmad Massoud met Sergei Mironov \(sentence)."
        return Fixtures.events(text, published: published).first?.date.value
    }

    @Test func explicitDatesInEachOrder() {
        #expect(date("on 6 December 2023", published: nil) == "2023-12-06")
        #expect(date("on December 6, 2023", published: nil) == "2023-12-06")
        #expect(date("on Dec. 6, 2023", published: nil) == "2023-12-06")
        #expect(date("on 2023-12-06", published: nil) == "2023-12-06")
        #expect(date("on 22nd of September 2021", published: nil) == "2021-09-22")
        #expect(date("in November 2023", published: nil) == "2023-11")
        #expect(date("in 2021", published: nil) == "2021")
    }

    @Test func bareDayOfMonthTakesThePublicationMonthOrTheOneBefore() {
        #expect(date("on the 2nd", published: "2023-12-06") == "2023-12-02")
        #expect(date("on the 12th", published: "2023-12-06") == "2023-11-12")
        #expect(date("on the 12th", published: "2024-01-06") == "2023-12-12")
        #expect(date("on the 12th", published: nil) == nil)
    }

    @Test func weekdaysAreReadAsThePastTodayIncluded() {
        #expect(date("on Monday", published: "2023-12-06") == "2023-12-04")
        #expect(date("on Wednesday", published: "2023-12-06") == "2023-12-06")
        #expect(date("last Wednesday", published: "2023-12-06") == "2023-11-29")
    }

    @Test func relativeExpressions() {
        #expect(date("yesterday", published: "2023-03-01") == "2023-02-28")
        #expect(date("last month", published: "2023-01-15") == "2022-12")
        #expect(date("last year", published: "2023-01-15") == "2022")
        #expect(date("three days ago", published: "2023-01-02") == "2022-12-30")
        #expect(date("two years ago", published: "2023-01-02") == "2021")
    }

    @Test func monthWithoutYearLooksBackAcrossTheYearBoundary() {
        #expect(date("on December 30", published: "2024-01-05") == "2023-12-30")
        #expect(date("on January 3", published: "2024-01-05") == "2024-01-03")
        #expect(date("in August", published: "2013-03-22") == "2012-08")
    }

    @Test func undatedSentenceGivesNoDateRatherThanThePublicationDate() throws {
        let e = try #require(Fixtures.events("Ahmad Massoud met Sergei Mironov.", published: "2023-12-06").first)
        #expect(e.date.value == nil)
        #expect(e.date.basis == .none)
    }

    @Test func durationsDoNotDateEvents() throws {
        let e = try #require(Fixtures.events("Ahmad Massoud met Sergei Mironov for three hours.", published: "2023-12-06").first)
        #expect(e.date.value == nil)
    }

    @Test func eachEventTakesTheNearestExpression() {
        let text = "Moscow hosted Ahmad Massoud on the 2nd, and then on the 12th Tajikistan hosted Vladimir Putin."
        let events = Fixtures.events(text, published: "2023-12-06")
        let dates = Dictionary(events.map { ($0.source, $0.date.value ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(dates["ahmad-massoud"] == "2023-12-02")
        #expect(dates["vladimir-putin"] == "2023-11-12")
    }

    @Test func headerPublicationDateAndTitle() {
        let text = "Publish dateWednesday 6 December 2023 - 10:38\nStory Code : 281683\nRecent meetings in Moscow and Dushanbe\nBody text starts here."
        let header = Fixtures.pipeline.header(of: text)
        #expect(header.published?.description == "2023-12-06")
        #expect(header.title == "Recent meetings in Moscow and Dushanbe")
        let plain = Fixtures.pipeline.header(of: "Date: 2024-02-03\nTitle line of the story\n")
        #expect(plain.published?.description == "2024-02-03")
    }

    func published(_ text: String) -> String? { Fixtures.pipeline.header(of: text).published?.description }

    @Test func datesAloneOnALine() {
        #expect(published("Wed 22nd September 2021\nTajikistan hosted talks.") == "2021-09-22")
        #expect(published("Tuesday, 02/06/2024\nStory body.") == "2024-02-06")
        #expect(published("Published: March 3, 2022\nStory body.") == "2022-03-03")
    }

    @Test func agencyDatelines() {
        #expect(published("October 6, 2022 (NAIROBI) - Kenya's president met ...") == "2022-10-06")
        #expect(published("Date: 2023-12-05\nMOSCOW, Dec 1 (Reuters) - Russia said ...") == "2023-12-05", "a keyed header wins")
        #expect(published("DUBAI, July 15. /TASS/. The talks ...") == nil, "no year anywhere: unknown")
    }

    @Test func aDatelineTakesItsYearFromTheHeaderAndBeatsARenderBanner() {
        // The banner is the page's render date; the dateline says when the story was filed.
        #expect(published("Tuesday, 02/06/2024\nMOSCOW, Dec 1 (Reuters) - Russia said ...") == "2023-12-01")
        #expect(published("20 November 2023\nCairo, Nov 10 (EFE).- Egypt hosted ...") == "2023-11-10")
    }
}

/// TIMEX3 tagging: type and normalised value of each expression, per phenomenon.
@Suite struct TimexTests {
    /// "text=TYPE:value" for every expression in `text`.
    func tags(_ text: String, published: String? = "2013-03-22") -> [String] {
        let doc = Document(id: "t", path: "t.txt", published: published, text: text)
        return Fixtures.pipeline.extract(doc).timexes.map { "\($0.text)=\($0.type):\($0.value ?? "nil")" }
    }

    @Test func weeksAreISOWeeks() {
        #expect(tags("It happened this week and also the last week.") == ["this week=DATE:2013-W12", "the last week=DATE:2013-W11"])
    }

    @Test func monthsFollowTheTenseOfTheSentence() {
        #expect(tags("The closure will begin in June.") == ["June=DATE:2013-06"])
        #expect(tags("The season started in early December.") == ["early December=DATE:2012-12"])
        #expect(tags("The program is to run through June.") == ["June=DATE:2013-06"])
        #expect(tags("Last month sales fell.") == ["Last month=DATE:2013-02"])
    }

    @Test func weekdaysTodayYesterdayAndTheFuture() {
        #expect(tags("Officials met on Friday.") == ["Friday=DATE:2013-03-22"])
        #expect(tags("Officials met on Thursday.") == ["Thursday=DATE:2013-03-21"])
        #expect(tags("Talks will resume on Monday.") == ["Monday=DATE:2013-03-25"])
        #expect(tags("He spoke Friday afternoon.") == ["Friday afternoon=TIME:2013-03-22TAF"])
    }

    @Test func durations() {
        #expect(tags("It took almost seven years.") == ["almost seven years=DURATION:P7Y"])
        #expect(tags("Several days passed, then a decade.") == ["Several days=DURATION:PXD", "a decade=DURATION:P10Y"])
        #expect(tags("Over the past two years and the next few months.") == ["the past two years=DURATION:P2Y", "the next few months=DURATION:PXM"])
        #expect(tags("A four-week closure lasting 24 hours.") == ["four-week=DURATION:P4W", "24 hours=DURATION:PT24H"])
        #expect(tags("It could take between 12 and 18 months.") == ["12=DURATION:P12M", "18 months=DURATION:P18M"])
        #expect(tags("They were blocked for years.") == ["years=DURATION:PXY"])
    }

    @Test func rangesAreDatedByTheirFirstDay() {
        #expect(tags("The talks ran January 22-25, 2024.") == ["January 22-25, 2024=DATE:2024-01-22"])
        #expect(tags("The talks ran on January 22-25.") == ["January 22-25=DATE:2013-01-22"])
    }

    @Test func agesAreNotDurations() {
        #expect(tags("Children aged five years old and those 6 months and older.").isEmpty)
    }

    @Test func yearsDecadesCenturiesAndSeasons() {
        #expect(tags("In 2009 and in the 1990s, across the 20th century.") == ["2009=DATE:2009", "1990s=DATE:199", "20th century=DATE:19"])
        #expect(tags("It was last summer, not the spring of 2021.") == ["last summer=DATE:2012-SU", "the spring of 2021=DATE:2021-SP"])
        #expect(tags("A crowd of 2030 people came.").isEmpty)
    }

    @Test func relativeYearsAndAgo() {
        #expect(tags("Next year, four years ago, and this year.") == ["Next year=DATE:2014", "four years ago=DATE:2009", "this year=DATE:2013"])
        #expect(tags("The vote was early this year.") == ["early this year=DATE:2013"])
    }

    @Test func timesOfDay() {
        #expect(tags("The race starts at 15:00 GMT Saturday.") == ["15:00 GMT Saturday=TIME:2013-03-23T15:00"])
        #expect(tags("Call me at 8 PM.") == ["8 PM=TIME:2013-03-22T20"])
        #expect(tags("He finished in 3:07:35.") == ["3:07:35=DURATION:PT3H7M35S"])
    }

    @Test func setsAndReferences() {
        #expect(tags("It is held annually and every morning.") == ["annually=SET:XXXX", "every morning=SET:XXXX-XX-XXTMO"])
        #expect(tags("Now it is currently unclear, as in the past.") == ["Now=DATE:PRESENT_REF", "currently=DATE:PRESENT_REF", "the past=DATE:PAST_REF"])
    }

    @Test func withoutAPublicationDateRelativeDatesStayUnresolved() {
        #expect(tags("They met last week in June.", published: nil) == ["last week=DATE:nil", "June=DATE:XXXX-06"])
    }

    @Test func theHeaderDateIsNotListed() {
        let text = "Date: 2013-03-22\n\nThe talks began on Thursday."
        #expect(tags(text, published: nil) == ["Thursday=DATE:2013-03-21"])
    }

    @Test func solarHijriAndIslamicDates() {
        #expect(tags("The meeting was held on 12 Azar 1402.") == ["12 Azar 1402=DATE:2023-12-03"])
        #expect(tags("Kabul announced it on Hamal 1, 1403.") == ["Hamal 1, 1403=DATE:2024-03-20"])
        #expect(tags("Talks resumed in Ramadan 1445.") == ["Ramadan 1445=DATE:2024-03"])
        #expect(tags("The envoy arrived on 6 Azar.", published: "2023-12-06") == ["6 Azar=DATE:2023-11-27"])
        #expect(tags("Mr Asad said Tir was closed.").isEmpty, "month names that are ordinary words need a day or year")
    }

    @Test func bareDaysOutOfOrderGetTheirSolarHijriReading() throws {
        let text = "Moscow hosted them on the 2nd, Dushanbe on the 6th, and then Vienna on the 12th."
        let doc = Document(id: "t", path: "t.txt", published: "2023-12-06", text: text)
        let dates = Fixtures.pipeline.extract(doc).dates
        #expect(dates.map { $0.value ?? "-" } == ["2023-12-02", "2023-12-06", "2023-11-12"])
        #expect(dates.map { $0.alternatives.map(\.value) } == [["2023-11-23"], ["2023-11-27"], ["2023-12-03"]])
        #expect(dates.allSatisfy { $0.alternatives.allSatisfy { $0.reading == "Solar Hijri" } })
        let consistent = Document(id: "t", path: "t.txt", published: "2023-12-06", text: "They met on the 2nd and again on the 5th.")
        #expect(Fixtures.pipeline.extract(consistent).dates.allSatisfy { $0.alternatives.isEmpty })
    }

    @Test func discourseCarriesADateToASentenceThatRefersBack() throws {
        let text = "Sergei Mironov invited Ahmad Massoud on 3 May 2023. During this meeting, Ahmad Massoud criticized the Taliban."
        let events = Fixtures.events(text, published: "2023-06-01")
        let criticism = try #require(events.first { $0.relation == .criticizes })
        #expect(criticism.date.value == "2023-05-03")
        let unrelated = "Sergei Mironov invited Ahmad Massoud on 3 May 2023. Ahmad Massoud criticized the Taliban."
        #expect(Fixtures.events(unrelated, published: "2023-06-01").first { $0.relation == .criticizes }?.date.value == nil)
    }

    @Test func vagueRecentStretchesDateEventsToThePublicationYear() throws {
        let e = try #require(Fixtures.events("Ahmad Massoud criticized the Taliban during the past months.", published: "2023-12-06").first)
        #expect(e.date.value == "2023")
        #expect(e.date.precision == .year)
    }

    @Test func offsetsAreUnicodeScalarsIntoTheWholeText() throws {
        let text = "Date: 2013-03-22\n\nÉmigrés met on Friday."
        let doc = Document(id: "t", path: "t.txt", text: text)
        let t = try #require(Fixtures.pipeline.extract(doc).timexes.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[t.start..<t.end])) == "Friday")
    }
}
