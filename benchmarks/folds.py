"""The offline coder's quality on folds of the development gold: tuned on, and held out.

    python benchmarks/folds.py [--eval ../shared/eval] [--json] [--draws 2000]

``gold-dev`` (58 articles) is split once, by a rule written before any tuning, into:

- ``tune-old``: the 18 articles the first coder was written on (001-016 and the seeds);
- ``tune-new``: every other one of the 40 Reuters stories added later (sorted by id: the
  1st, 3rd, 5th, ...);
- ``held-out``: the remaining 20 new stories. Rules are written looking at the two tuning
  folds only; this fold is never read for errors, only scored, to see whether a rule
  generalises.

Prints each fold's macro F1 and per-section F1 with the shared scorer's rules, the gap
between the tuned folds and the held-out one, and each section's part of it. Then how far
chance alone moves those figures: each fold's gold items per section (on a fold with two
gold sanctions, one more found moves macro F1 by a sixth), and a bootstrap over articles
(each fold's articles drawn again with replacement, ``--draws`` times, seeded) giving the
5th to 95th percentile of each fold's macro F1 and of the gap.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from diplosum import Summariser
from diplosum.evaluation import SECTIONS, load_gold, score_predictions
from diplosum.export import to_record

ROOT = Path(__file__).resolve().parent.parent


def folds(ids: list[str]) -> dict[str, list[str]]:
    """The fold of each gold id (see the module docstring)."""
    old = [i for i in ids if i.startswith("seed") or (i.isdigit() and int(i) <= 16)]
    new = sorted(i for i in ids if i not in old)
    return {"tune-old": old, "tune-new": new[0::2], "held-out": new[1::2]}


def predict(gold: dict[str, Any], articles: Path) -> dict[str, dict[str, Any]]:
    with Summariser(backend="offline", cache=False) as summariser:
        return {
            ident: to_record(summariser.summarise(text), ident)
            for ident in gold
            for text in [(articles / f"{ident}.txt").read_text(encoding="utf-8")]
        }


Counts = dict[str, tuple[int, int, int]]


def article_counts(predictions: dict[str, Any], gold: dict[str, Any]) -> dict[str, Counts]:
    """Each article's true positives, false positives and misses per section."""
    counts: dict[str, Counts] = {}
    for ident, truth in gold.items():
        sections = score_predictions({ident: predictions[ident]}, {ident: truth}, None).sections
        counts[ident] = {s: (int(m["tp"]), int(m["fp"]), int(m["fn"])) for s, m in sections.items()}
    return counts


def macro(counts: list[Counts]) -> float:
    """Macro F1 of the pooled ``counts``, as the scorer computes it (a section with nothing
    found and nothing to find scores 0)."""
    f1s = []
    for section in SECTIONS:
        tp, fp, fn = (sum(c[section][k] for c in counts) for k in range(3))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def bootstrap(
    counts: dict[str, Counts], split: dict[str, list[str]], draws: int, seed: int
) -> dict[str, list[float]]:
    """``draws`` macro F1s of each fold (and of the gap), its articles drawn again with
    replacement each time."""
    rng = random.Random(seed)
    runs: dict[str, list[float]] = {name: [] for name in (*split, "gap")}
    for _ in range(draws):
        drawn = {name: macro([counts[rng.choice(ids)] for _ in ids]) for name, ids in split.items()}
        for name, value in drawn.items():
            runs[name].append(value)
        runs["gap"].append(drawn["tuned"] - drawn["held-out"])
    return runs


def _percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return ordered[int(0.05 * len(ordered))], ordered[int(0.95 * len(ordered)) - 1]


def _chance(counts: dict[str, Counts], split: dict[str, list[str]], draws: int) -> None:
    print("\ngold items per section (tp + fn):")
    for name, ids in split.items():
        items = " ".join(
            f"{sum(counts[i][s][0] + counts[i][s][2] for i in ids):>9}" for s in SECTIONS
        )
        print(f"{name:<10} {len(ids):>3}        {items}")
    runs = bootstrap(counts, split, draws, seed=2026)
    print(f"\nbootstrap over articles, {draws} draws, 5th to 95th percentile of macro F1:")
    for name, values in runs.items():
        low, high = _percentiles(values)
        print(f"{name:<10} {low:.3f} to {high:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--draws", type=int, default=2000)
    args = parser.parse_args()
    gold_dir, articles = args.eval / "gold-dev", args.eval / "articles"
    if not gold_dir.is_dir():
        print(f"no gold at {gold_dir}: this benchmark needs the shared evaluation kit")
        sys.exit(1)
    gold = load_gold(gold_dir)
    predictions = predict(gold, articles)
    split = folds(sorted(gold))
    split = {"all": sorted(gold), **split, "tuned": split["tune-old"] + split["tune-new"]}
    rows = {}
    for name, ids in split.items():
        report = score_predictions(
            {i: predictions[i] for i in ids}, {i: gold[i] for i in ids}, articles
        )
        rows[name] = {"articles": len(ids), "macro_f1": report.macro_f1} | {
            s: report.sections[s]["f1"] for s in SECTIONS
        }
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'fold':<10} {'n':>3} {'macro':>6} " + " ".join(f"{s:>9}" for s in SECTIONS))
    for name, row in rows.items():
        cells = " ".join(f"{row[s]:>9.3f}" for s in SECTIONS)
        print(f"{name:<10} {row['articles']:>3} {row['macro_f1']:>6.3f} {cells}")
    gap = rows["tuned"]["macro_f1"] - rows["held-out"]["macro_f1"]
    print(f"gap, tuned folds minus held-out: {gap:+.3f}")
    shares = ", ".join(
        f"{s} {(rows['tuned'][s] - rows['held-out'][s]) / len(SECTIONS):+.3f}" for s in SECTIONS
    )
    print(f"its parts, each section's gap over {len(SECTIONS)}: {shares}")
    _chance(article_counts(predictions, gold), split, args.draws)


if __name__ == "__main__":
    main()
