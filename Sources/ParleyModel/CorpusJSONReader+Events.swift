extension CorpusJSONReader {
    static let relationTypes = JSONEnum(RelationType.self)
    static let eventKeys = JSONKeys(["id", "relation", "source", "target", "date", "location", "cameo", "document", "evidence", "sources"])

    mutating func event() throws -> Event {
        let at = cursor.offset
        var id: String?, relation: RelationType?, source: String?, target: String?, date: EventDate?, location: String?
        var cameo: String?, document: String?, evidence: Evidence?, sources: [EventSource]?
        try members(Self.eventKeys) { r, key in
            switch key {
            case 0: id = try r.within("id") { try $0.cursor.string() }
            case 1: relation = try r.within("relation") { try $0.value(Self.relationTypes, "relation") }
            case 2: source = try r.within("source") { try $0.cursor.string() }
            case 3: target = try r.within("target") { try $0.cursor.string() }
            case 4: date = try r.within("date") { try $0.cursor.null() ? nil : try $0.date() }
            case 5: location = try r.within("location") { try $0.cursor.optionalString() }
            case 6: cameo = try r.within("cameo") { try $0.cursor.optionalString() }
            case 7: document = try r.within("document") { try $0.cursor.string() }
            case 8: evidence = try r.within("evidence") { try $0.evidence() }
            default: sources = try r.within("sources") { try $0.cursor.null() ? nil : try $0.array { try $0.source() } }
            }
        }
        let type = try required(relation, "relation", at)
        var event = Event(id: try required(id, "id", at), relation: type, source: try required(source, "source", at),
                          target: try required(target, "target", at), date: date ?? .undated, location: location,
                          document: try required(document, "document", at), evidence: try required(evidence, "evidence", at))
        event.cameo = cameo ?? type.cameo
        event.sources = sources ?? []
        return event
    }

    static let precisions = JSONEnum(EventDate.Precision.self)
    static let bases = JSONEnum(EventDate.Basis.self)
    static let dateKeys = JSONKeys(["value", "precision", "text", "basis", "alternatives"])

    mutating func date() throws -> EventDate {
        var value: String?, precision: EventDate.Precision?, text: String?, basis: EventDate.Basis?
        var alternatives: [AlternativeDate]?
        try members(Self.dateKeys) { r, key in
            switch key {
            case 0: value = try r.within("value") { try $0.cursor.optionalString() }
            case 1: precision = try r.within("precision") { try $0.cursor.null() ? nil : try $0.value(Self.precisions, "precision") }
            case 2: text = try r.within("text") { try $0.cursor.optionalString() }
            case 3: basis = try r.within("basis") { try $0.cursor.null() ? nil : try $0.value(Self.bases, "basis") }
            default: alternatives = try r.within("alternatives") { try $0.cursor.null() ? nil : try $0.array { try $0.alternative() } }
            }
        }
        return EventDate(value: value, precision: precision ?? .unknown, text: text,
                         basis: basis ?? (value == nil ? .none : .text), alternatives: alternatives ?? [])
    }

    static let alternativeKeys = JSONKeys(["value", "reading"])

    mutating func alternative() throws -> AlternativeDate {
        let at = cursor.offset
        var value: String?, reading: String?
        try members(Self.alternativeKeys) { r, key in
            if key == 0 { value = try r.within("value") { try $0.cursor.string() } } else { reading = try r.within("reading") { try $0.cursor.string() } }
        }
        return AlternativeDate(value: try required(value, "value", at), reading: try required(reading, "reading", at))
    }

    static let evidenceKeys = JSONKeys(["sentence", "start", "end", "sentence_number"])

    mutating func evidence() throws -> Evidence {
        let at = cursor.offset
        var sentence: String?, start: Int?, end: Int?, number: Int?
        try members(Self.evidenceKeys) { r, key in
            switch key {
            case 0: sentence = try r.within("sentence") { try $0.cursor.string() }
            case 1: start = try r.within("start") { try $0.cursor.int() }
            case 2: end = try r.within("end") { try $0.cursor.int() }
            default: number = try r.within("sentence_number") { try $0.cursor.optionalInt() }
            }
        }
        return Evidence(sentence: try required(sentence, "sentence", at), start: try required(start, "start", at),
                        end: try required(end, "end", at), sentenceNumber: number ?? 0)
    }

    static let sourceKeys = JSONKeys(["document", "evidence"])

    mutating func source() throws -> EventSource {
        let at = cursor.offset
        var document: String?, evidence: Evidence?
        try members(Self.sourceKeys) { r, key in
            if key == 0 { document = try r.within("document") { try $0.cursor.string() } } else { evidence = try r.within("evidence") { try $0.evidence() } }
        }
        return EventSource(document: try required(document, "document", at), evidence: try required(evidence, "evidence", at))
    }
}
