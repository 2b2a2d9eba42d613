"""The offline coder's quality on folds of the development gold: tuned on, and held out.

    python benchmarks/folds.py [--eval ../shared/eval] [--json]

``gold-dev`` (58 articles) is split once, by a rule written before any tuning, into:

- ``tune-old``: the 18 articles the first coder was written on (001-016 and the seeds);
- ``tune-new``: every other one of the 40 Reuters stories added later (sorted by id: the
  1st, 3rd, 5th, ...);
- ``held-out``: the remaining 20 new stories. Rules are written looking at the two tuning
  folds only; this fold is never read for errors, only scored, to see whether a rule
  generalises.

Prints each fold's macro F1 and per-section F1 with the shared scorer's rules, and the
gap between the tuned folds and the held-out one.
"""

from __future__ import annotations

import argparse
import json
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--json", action="store_true")
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


if __name__ == "__main__":
    main()
