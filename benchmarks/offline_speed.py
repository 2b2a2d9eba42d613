"""Offline extractor speed: articles per second on one core, and memory across the run.

Runs the eval corpus (../shared/eval/articles, or the seed fixtures when that is absent)
repeated to N articles (default 1,000) through the full pipeline (`Summariser.summarise`
with the offline backend: extraction, grounding, normalisation, attribution; cache off),
in this one process, pinned to one core. The corpus is run ``--passes`` times (default
3) and every pass is printed; the goal is judged on the median pass, because a shared
machine's speed drifts by a quarter from minute to minute. Peak RSS is read after each
quarter of the first pass: it stays flat when memory does not grow with the number of
articles.

    python benchmarks/offline_speed.py [--articles DIR] [-n 1000] [--passes 3]

Goal: >= 500 articles/s. Timings on a shared machine vary; compare runs side by side.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import statistics
import time
from pathlib import Path

from diplosum import Summariser
from diplosum.backends.offline.rules import extract_summary

ROOT = Path(__file__).resolve().parent.parent


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = ROOT.parent / "shared" / "eval" / "articles"
    parser.add_argument(
        "--articles",
        type=Path,
        default=shared if shared.is_dir() else ROOT / "fixtures" / "articles",
    )
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.articles.glob("*.txt"))]
    corpus = list(itertools.islice(itertools.cycle(texts), args.n))
    words = sum(len(t.split()) for t in corpus) / len(corpus)
    print(
        f"corpus: {len(texts)} distinct articles from {args.articles}, repeated to {len(corpus)} "
        f"(mean {words:.0f} words)"
    )

    extract_summary(texts[0])  # load the gazetteer and lexicon once, outside the timing
    bare, full = [], []
    quarters: list[tuple[int, float]] = []
    with Summariser(backend="offline", cache=False) as summariser:
        for number in range(args.passes):
            began = time.perf_counter()
            for text in corpus:
                extract_summary(text)
            bare.append(len(corpus) / (time.perf_counter() - began))
            began = time.perf_counter()
            for index, text in enumerate(corpus, 1):
                summariser.summarise(text)
                if number == 0 and index % max(1, len(corpus) // 4) == 0:
                    quarters.append((index, _rss_mb()))
            full.append(len(corpus) / (time.perf_counter() - began))

    def passes(rates: list[float]) -> str:
        return ", ".join(f"{rate:.0f}" for rate in rates)

    median = statistics.median(full)
    print(
        f"extractor alone:        {statistics.median(bare):8.1f} articles/s (median; passes: "
        f"{passes(bare)})"
    )
    print(
        f"full pipeline (1 core): {median:8.1f} articles/s (median; passes: {passes(full)})   "
        f"goal >= 500   {'MET' if median >= 500 else 'NOT MET'}"
    )
    print("peak RSS after " + ", ".join(f"{i} articles: {mb:.1f} MB" for i, mb in quarters))
    growth = quarters[-1][1] - quarters[0][1] if quarters else 0.0
    print(f"RSS growth from first to last quarter: {growth:.1f} MB")


if __name__ == "__main__":
    main()
