"""A plain regex event coder, standard library only: the speed reference for the offline
coder (``offline_speed.py``), not a rival for quality.

It is what a quick first coder looks like: split sentences with a regex, find countries
by their names, adjectives and capitals (one compiled alternation of them all, from
diplosum's own ``countries.json``), find trigger phrases by substring (``lexicon.json``),
and emit a meeting for two countries and a meeting trigger in a sentence, a sanction for
a sanction trigger, a stance for a stance trigger, a goal for a goal trigger, each with
its sentence as evidence. No grounding, no validation, no people, no reported speech.

    python benchmarks/plain_coder.py ARTICLE.txt
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "diplosum" / "data"
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


@cache
def _countries() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every name, longest first, and the code of each name."""
    table = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    codes = {
        name: code
        for code, entry in table.items()
        for name in entry.get("names", []) + entry.get("adjectives", []) + entry.get("seats", [])
    }
    names = sorted(codes, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b"), codes


@cache
def _triggers() -> dict[str, list[str]]:
    lexicon = json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))

    def phrases(section: Any) -> list[str]:
        if isinstance(section, dict):
            return [p for value in section.values() for p in phrases(value)]
        return [p.lower() for p in section if isinstance(p, str)]

    return {kind: phrases(lexicon[kind]) for kind in ("meeting", "sanction", "stance", "goal")}


def code(text: str) -> dict[str, list[dict[str, Any]]]:
    """Events of ``text``: meetings, sanctions, stances and goals, sentence by sentence."""
    found: dict[str, list[dict[str, Any]]] = {k: [] for k in ("meetings", "sanctions",
                                                              "stances", "goals")}  # fmt: skip
    for sentence in SENTENCE.split(text):
        pattern, table = _countries()
        codes = list(dict.fromkeys(table[m.group()] for m in pattern.finditer(sentence)))
        if not codes:
            continue
        lowered = sentence.lower()
        hits = {k: any(t in lowered for t in ts) for k, ts in _triggers().items()}
        if hits["meeting"] and len(codes) >= 2:
            found["meetings"].append({"participants": codes, "evidence": sentence})
        if hits["sanction"]:
            found["sanctions"].append({"imposer": codes[0], "evidence": sentence})
        if hits["stance"]:
            found["stances"].append({"actor": codes[0], "evidence": sentence})
        if hits["goal"]:
            found["goals"].append({"actor": codes[0], "evidence": sentence})
    return found


if __name__ == "__main__":
    print(json.dumps(code(Path(sys.argv[1]).read_text(encoding="utf-8")), indent=2))
