"""The map step of Parley on Spark: JSON Lines documents in, parley-shard/1 lines out.

    spark-submit [spark options] scripts/spark-map.py INPUT OUTPUT PARTITIONS PARLEY

INPUT is a JSON Lines corpus (one {"id", "text", "published", "title", "url"} per line)
on any file system Spark reads; OUTPUT a folder that must not exist, where each partition
becomes one shard file (part-00000, ...); PARLEY the parley binary as the executors see
it (beside it, its Parley_ParleyExtraction.resources folder). Each partition's lines are
piped through `parley extract --input-format jsonl --output-format jsonl`; a run that
fails (exit 1) or skips lines (exit 2) fails the task. Join the shards with
`parley merge OUTPUT/part-* -o events.json`.
"""
import sys

from pyspark import SparkContext


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__)
    source, target, partitions, parley = argv[1], argv[2], int(argv[3]), argv[4]
    sc = SparkContext(appName="parley-map")
    sc.setLogLevel("WARN")
    command = [parley, "extract", "--input-format", "jsonl", "--output-format", "jsonl", "--quiet", "--jobs", "1", "-"]
    shards = sc.textFile(source, minPartitions=partitions).pipe(" ".join(command), checkCode=True)
    shards.saveAsTextFile(target)
    sc.stop()


if __name__ == "__main__":
    main(sys.argv)
