"""Merging summaries into events: time against reading the JSONL, and memory by corpus size.

Builds a results file of ``--records`` summaries (default 10,000): the eval articles
(../shared/eval/articles, else the seed fixtures) summarised offline once, then repeated
under new ids with publication dates spread over a year, so that reports of the same
parties fall in and out of the merge windows. Then, side by side in one run:

1. reading: every line parsed with ``json.loads`` (the floor: any reader pays it);
2. merging: ``merge_events(read_records(file))``;
3. the whole report: ``report(file, folder)`` (merge, events.jsonl, PLOVER, GEXF,
   GraphML, CSV, index.html).

Times are the median of ``--passes`` (default 3), printed with their ratio to reading.
Memory: each size (a quarter, half and all of the records) is reported in a fresh
process, and its peak resident memory printed: it grows with the items kept (no article
text is kept), not with the file.

    python benchmarks/merge_speed.py [--records 10000] [--passes 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from diplosum import merge_events, report, summarise_many
from diplosum.events import read_records

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval" / "articles"


def _results(records: int, path: Path) -> None:
    folder = SHARED if SHARED.is_dir() else ROOT / "fixtures" / "articles"
    if folder != SHARED:
        print(f"NOTE: {SHARED} is absent: the corpus repeats the two seed articles")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    results = summarise_many(texts, backend="offline", cache=False)
    base = [
        {"source": str(i), **r.summary.model_dump(mode="json"), "text": r.text}
        for i, r in enumerate(results)
        if r.summary is not None
    ]
    start = dt.date(2024, 1, 1)
    with path.open("w", encoding="utf-8") as out:
        for number in range(records):
            record = dict(base[number % len(base)])
            record["id"] = f"r{number}"
            published = (start + dt.timedelta(days=number % 365)).isoformat()
            record["meta"] = {**(record.get("meta") or {}), "published": published}
            out.write(json.dumps(record) + "\n")
    size = path.stat().st_size / 1e6
    print(f"results: {records:,} summaries from {len(base)} distinct articles, {size:.0f} MB")


def _time(function: Callable[[], object], passes: int) -> float:
    runs = []
    for _ in range(passes):
        began = time.perf_counter()
        function()
        runs.append(time.perf_counter() - began)
    return statistics.median(runs)


def _peak_mb(path: Path, records: int, folder: Path) -> float:
    """Peak RSS of a fresh process that reports the first ``records`` lines of ``path``."""
    part = folder / f"part-{records}.jsonl"
    with path.open(encoding="utf-8") as source, part.open("w", encoding="utf-8") as out:
        for _, line in zip(range(records), source, strict=False):
            out.write(line)
    code = (
        "from diplosum import report\n"
        f"report({str(part)!r}, {str(folder / 'mem')!r})\n"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "results.jsonl"
        _results(args.records, path)

        def read() -> None:
            with path.open(encoding="utf-8") as stream:
                for line in stream:
                    json.loads(line)

        reading = _time(read, args.passes)
        merging = _time(lambda: merge_events(read_records([path])), args.passes)
        whole = _time(lambda: report(path, folder / "report"), args.passes)
        made = report(path, folder / "report")
        print(f"   {made.line()}")
        print(f"1. reading the JSONL:     {reading:6.2f} s")
        print(f"2. merging into events:   {merging:6.2f} s  ({merging / reading:.2f}x reading)")
        print(f"3. the whole report:      {whole:6.2f} s  ({whole / reading:.2f}x reading)")
        sizes = [args.records // 4, args.records // 2, args.records]
        peaks = [(n, _peak_mb(path, n, folder)) for n in sizes]
        print(
            "   peak memory of a fresh process making the report: "
            + ", ".join(f"{n:,} summaries {mb:.0f} MB" for n, mb in peaks)
        )
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"   (this process, which also summarised the corpus: {own:.0f} MB)")


if __name__ == "__main__":
    main()
