"""Offline coder speed, side by side in one run: one core against a plain coder, the CLI's
``--jobs 2`` against ``--jobs 1``, and memory over a long corpus.

1. One core: the full pipeline (``Summariser.summarise``, offline backend, cache off:
   extraction, grounding, normalisation, support check, attribution) against
   ``plain_coder.code`` on the same texts, pinned to one core, passes interleaved; the
   ratio of the medians. Goal: >= 2x. Then where the time goes: milliseconds an article
   in each stage (sentences, lexicon scan, actors, the per-sentence rules, and the
   pipeline's validation and post-processing), against what a 2x pipeline may spend.
2. Cores: ``diplosum summarise CORPUS.jsonl --backend offline --no-cache --jobs N`` as a
   subprocess (the installed entry point), N = 1 and 2 interleaved, on a corpus of
   ``--records`` (default 1,500); the ratio of the median wall times. Goal: >= 1.5x on
   a 2-core machine.
3. Memory: the same command with ``--jobs 2`` over ``--long`` records (default 10,000);
   the resident memory of the run (the command and its workers together) sampled as it
   goes, printed at each fifth of the output. Goal: flat (the last fifth within 10% of
   the first).

The texts are ../shared/eval/articles, repeated; without them (a user's clone) the two
seed fixtures, which says little about real articles: the script says so when it does.

    python benchmarks/offline_speed.py [--passes 3] [--records 1500] [--long 10000]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from diplosum import Summariser
from diplosum.backends.offline.actors import find_actors
from diplosum.backends.offline.lexicon import lexicon
from diplosum.backends.offline.rules import extract_summary
from diplosum.text.sentences import sentence_spans

sys.path.insert(0, str(Path(__file__).resolve().parent))
import plain_coder  # the reference coder beside this script

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval" / "articles"


def _texts() -> list[str]:
    folder = SHARED if SHARED.is_dir() else ROOT / "fixtures" / "articles"
    if folder != SHARED:
        print(f"NOTE: {SHARED} is absent: timing the two seed articles only ({folder})")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"texts: {len(texts)} distinct articles from {folder} (mean {words:.0f} words)")
    return texts


def one_core(texts: list[str], passes: int) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    corpus = texts * max(1, 300 // len(texts))
    plain_coder.code(texts[0])
    ours, plain = [], []
    with Summariser(backend="offline", cache=False) as summariser:
        summariser.summarise(texts[0])  # load the coder's data outside the timing
        for _ in range(passes):
            began = time.perf_counter()
            for text in corpus:
                plain_coder.code(text)
            plain.append(len(corpus) / (time.perf_counter() - began))
            began = time.perf_counter()
            for text in corpus:
                summariser.summarise(text)
            ours.append(len(corpus) / (time.perf_counter() - began))
        stages = _stages(summariser, corpus, passes)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, range(os.cpu_count() or 1))
    ratio = statistics.median(ours) / statistics.median(plain)
    print(f"1. one core, {len(corpus)} articles a pass, {passes} passes (articles/s):")
    print(f"   diplosum offline, full pipeline: {', '.join(f'{r:.0f}' for r in ours)}")
    print(f"   plain regex coder:               {', '.join(f'{r:.0f}' for r in plain)}")
    print(f"   ratio of medians: {ratio:.2f}x (goal >= 2x)")
    budget = 1000 / statistics.median(plain) / 2
    print(f"   where the time goes (ms an article, medians; 2x leaves {budget:.2f} ms):")
    for name, ms in stages.items():
        print(f"     {name:<44} {ms:6.2f}")


def _stages(summariser: Summariser, corpus: list[str], passes: int) -> dict[str, float]:
    """Milliseconds an article in each stage of the pipeline, medians of ``passes``."""
    steps: dict[str, Callable[[str], object]] = {
        "sentences": sentence_spans,
        "lexicon scan": lambda text: lexicon().scan(text),
        "actors (states, bodies, people)": find_actors,
        "offline coder in all": extract_summary,
        "full pipeline": summariser.summarise,
    }
    runs: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(passes):
        for name, step in steps.items():
            began = time.perf_counter()
            for text in corpus:
                step(text)
            runs[name].append((time.perf_counter() - began) * 1000 / len(corpus))
    ms = {name: statistics.median(times) for name, times in runs.items()}
    parts = ms["sentences"] + ms["lexicon scan"] + ms["actors (states, bodies, people)"]
    return {
        **{name: ms[name] for name in list(ms)[:3]},
        "per-sentence rules (the coder less the above)": ms["offline coder in all"] - parts,
        "validation, grounding, normalisation, support": ms["full pipeline"]
        - ms["offline coder in all"],
        "full pipeline": ms["full pipeline"],
    }


def _corpus(texts: list[str], records: int, folder: Path) -> Path:
    path = folder / f"corpus-{records}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number, text in zip(range(records), itertools.cycle(texts), strict=False):
            out.write(json.dumps({"id": f"r{number}", "text": text}) + "\n")
    return path


def _command(corpus: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "diplosum", "summarise", str(corpus), "--backend",
            "offline", "--no-cache", "--jobs", str(jobs), "--out", str(out)]  # fmt: skip


def cores(texts: list[str], records: int, passes: int, folder: Path) -> None:
    corpus = _corpus(texts, records, folder)
    times: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(passes):
        for jobs in (1, 2):
            began = time.perf_counter()
            subprocess.run(_command(corpus, folder / "out.jsonl", jobs), check=True,
                           stderr=subprocess.DEVNULL)  # fmt: skip
            times[jobs].append(time.perf_counter() - began)
    ratio = statistics.median(times[1]) / statistics.median(times[2])
    print(f"2. diplosum summarise, {records} records, {os.cpu_count()} cores (seconds):")
    for jobs, runs in times.items():
        print(f"   --jobs {jobs}: {', '.join(f'{t:.2f}' for t in runs)}")
    print(f"   speed-up of --jobs 2 over --jobs 1 (medians): {ratio:.2f}x (goal >= 1.5x)")


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its children, from /proc (Linux)."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for each in pids:
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            continue
    return total / 1024


def memory(texts: list[str], records: int, folder: Path) -> None:
    if records < 5:
        print("3. memory: skipped (--long under 5 records has no fifths to compare)")
        return
    if not Path("/proc/self/status").exists():
        print("3. memory: skipped (needs /proc)")
        return
    corpus = _corpus(texts, records, folder)
    out = folder / "long.jsonl"
    out.write_text("")
    process = subprocess.Popen(_command(corpus, out, 2), stderr=subprocess.DEVNULL)
    marks: dict[int, float] = {}
    peak, done = 0.0, 0
    with out.open("rb") as progress:
        while process.poll() is None:
            peak = max(peak, _tree_rss_mb(process.pid))
            done += progress.read().count(b"\n")
            fifth = done * 5 // records
            if fifth and fifth not in marks:
                marks[fifth] = _tree_rss_mb(process.pid)
            time.sleep(0.25)
    print(f"3. memory, --jobs 2 over {records} records (command and workers, MB):")
    print(
        "   " + ", ".join(f"{f * records // 5} done: {mb:.0f}" for f, mb in sorted(marks.items()))
    )
    print(f"   peak {peak:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--records", type=int, default=1500)
    parser.add_argument("--long", type=int, default=10_000)
    args = parser.parse_args()
    texts = _texts()
    one_core(texts, args.passes)
    with tempfile.TemporaryDirectory() as folder:
        cores(texts, args.records, args.passes, Path(folder))
        memory(texts, args.long, Path(folder))


if __name__ == "__main__":
    main()
