"""The offline coder on sentences it was not written on: the PLOVER gold standard sample.

    python benchmarks/plover_sentences.py [--eval ../shared/eval] [--half look|check|all] [-v]

``plover_gsr_sample.jsonl`` in the evaluation kit holds 200 single news-style sentences
(CAMEO codebook examples recoded into PLOVER by the Open Event Data Alliance, CC BY-SA 4.0),
each with an event type and its source and target states. They come from other writers and
decades than the articles in ``gold-dev``, so they test whether the coder's rules are rules
about the language. Each sentence is summarised alone, and the event types that have a
counterpart in our schema are scored as recall:

- CONSULT: a meeting whose participants include every state of the record;
- SANCTION: a sanction imposed or threatened by a source state;
- SUPPORT: a support stance of a source state; DISAPPROVE and REJECT: an oppose stance;
  DEMAND and THREATEN: any stance of a source state (a demand may be either; a threat of a
  sanction counts too).

Records whose source is not a state or body, or whose source and target are the same state
(domestic events), are left out. ``stray`` counts predicted items whose actor is neither a
source nor a target state, over every scored record: a rough precision check. The other
event types (AGREE, AID, fighting, protests ...) have no fixed counterpart and are not
scored. PLOVER's codes are compared as successor states (Serbia and Yugoslavia, Russia and
the Soviet Union, Czechia and Czechoslovakia are one), since a sentence alone has no date.

The records are split by position (sorted by id: even ones ``look``, odd ones ``check``).
Rules may be written looking at ``look``; ``check`` is only scored, like the held-out fold
of ``folds.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from diplosum import ArticleSummary, Summariser

ROOT = Path(__file__).resolve().parent.parent
BODIES = {"UN", "EU", "NATO", "ASEAN", "AU", "G7", "G20", "WTO", "IAEA", "IMF", "OPEC"}
BODIES |= {"OSCE", "GCC", "ARL", "IGO"}
# PLOVER's own spellings, and one state under its successor's code.
SAME = {"JAP": "JPN", "ITL": "ITA", "YUG": "SRB", "SCG": "SRB", "SUN": "RUS", "CSK": "CZE"}
EXPECT = {
    "CONSULT": "meeting",
    "SANCTION": "sanction",
    "SUPPORT": "support",
    "DISAPPROVE": "oppose",
    "REJECT": "oppose",
    "DEMAND": "any stance",
    "THREATEN": "any stance",
}


def _code(code: str | None) -> str | None:
    if code is None:
        return None
    code = SAME.get(code, code)
    return "IGO" if code in BODIES else code


def _scored(record: dict[str, Any]) -> bool:
    sources = {_code(c) for c in record["actor1_codes"]}
    targets = {_code(c) for c in record["actor2_codes"]}
    states = all(len(c or "") == 3 and c != "NGO" for c in sources)
    return record["event"] in EXPECT and bool(sources) and states and sources != targets


def _found(record: dict[str, Any], summary: ArticleSummary) -> bool:
    """Whether ``summary`` has the item that ``record``'s event type expects."""
    sources = {_code(c) for c in record["actor1_codes"]}
    expect = EXPECT[record["event"]]
    if expect == "meeting":
        wanted = sources | {_code(c) for c in record["actor2_codes"]}
        return any(
            wanted <= {_code(p.country) for p in meeting.participants}
            for meeting in summary.meetings
        )
    sanctions = {_code(s.imposer.country) for s in summary.sanctions}
    if expect == "sanction":
        return bool(sources & sanctions)
    stances = {(_code(s.actor.country), s.position) for s in summary.stances}
    if expect == "any stance":
        return bool(sources & ({c for c, _ in stances} | sanctions))
    return any((source, expect) in stances for source in sources)


def _stray(record: dict[str, Any], summary: ArticleSummary) -> int:
    named = {_code(c) for c in record["actor1_codes"] + record["actor2_codes"]}
    actors = [p.country for m in summary.meetings for p in m.participants]
    actors += [s.imposer.country for s in summary.sanctions]
    actors += [s.actor.country for s in summary.stances] + [g.actor.country for g in summary.goals]
    return sum(_code(a) not in named for a in actors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--half", choices=["look", "check", "all"], default="all")
    parser.add_argument("-v", action="store_true", help="print the missed sentences of `look`")
    args = parser.parse_args()
    path = args.eval / "plover_gsr_sample.jsonl"
    if not path.is_file():
        print(f"no PLOVER sample at {path}: this benchmark needs the shared evaluation kit")
        sys.exit(1)
    records = sorted(
        (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line),
        key=lambda r: r["id"],
    )
    halves = {"look": records[0::2], "check": records[1::2], "all": records}
    shown = ["look", "check", "all"] if args.half == "all" else [args.half]
    hits: dict[str, Counter[str]] = {h: Counter() for h in shown}
    totals: dict[str, Counter[str]] = {h: Counter() for h in shown}
    look = {id(r) for r in halves["look"]}
    with Summariser(backend="offline", cache=False) as summariser:
        for record in records:
            if not _scored(record):
                continue
            summary = summariser.summarise(record["text"])
            found = _found(record, summary)
            for half in shown:
                if half == "all" or (id(record) in look) == (half == "look"):
                    kind = EXPECT[record["event"]]
                    totals[half][kind] += 1
                    hits[half][kind] += found
                    hits[half]["stray"] += _stray(record, summary)
            if args.v and not found and id(record) in look:
                print(f"MISS {record['event']} {record['actor1_codes']}: {record['text']}")
    kinds = ["meeting", "sanction", "support", "oppose", "any stance"]
    print(f"{'half':<6} " + " ".join(f"{k:>11}" for k in kinds) + f" {'recall':>7} {'stray':>6}")
    for half in shown:
        cells = " ".join(f"{hits[half][k]:>5}/{totals[half][k]:<5}" for k in kinds)
        recall = sum(hits[half][k] for k in kinds) / max(1, sum(totals[half].values()))
        print(f"{half:<6} {cells} {recall:>7.3f} {hits[half]['stray']:>6}")


if __name__ == "__main__":
    main()
