"""Stance topics and goal statements read as phrases: the share of fragments per corpus,
and a random draw of each to read; and headlines that read as a story's first words.

    python benchmarks/fragments.py [CORPUS ...] [--seed 2026120501] [--draw 10]

Each CORPUS is a JSONL file of ``{"id": ..., "text": ...}`` records or a folder of
``.txt`` articles; by default ../shared/eval/articles, else the two seed fixtures. The
offline coder summarises every article (cache off). A fragment, by issue 16's test, is a
text field of fewer than two words, or one whose first word is "by" or "of", or whose
last word is "of", "to" or "the" ("Washington of"). The goal is at most 5%. A test
cannot see every cut ("put in place a"): the draw is there to be read.

A headline is counted as cut where it ends on an article, a preposition or a conjunction,
leaves a quotation open, or opens on what is not the story: a dateline ("LIMA - ", or
what is left of one cut short: "Zealand, March 22 - "), a byline ("By Ana Soto") or an
editor's note in brackets. Ten are drawn to be read too.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from diplosum import Summariser

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval" / "articles"
_OPENS = frozenset({"by", "of"})
_ENDS = frozenset({"of", "to", "the"})


def is_fragment(text: str) -> bool:
    """Whether ``text`` is cut mid-phrase by the issue's test."""
    words = [word.strip(".,;:!?\"'\u201c\u201d\u2018\u2019") for word in text.lower().split()]
    words = [word for word in words if word]
    return len(words) < 2 or words[0] in _OPENS or words[-1] in _ENDS


_DANGLING = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or"}
)
# A dateline ("LIMA - "), or what is left of one cut after its state's first word
# ("Zealand, March 22 - ", "Hampshire - "); a byline; a note in brackets.
_NOT_THE_STORY = re.compile(
    r"[A-Z]{3,}[A-Z ./',]*\s[-\u2013\u2014]\s|[A-Z][a-z]+(?:,\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
    r"\s[-\u2013\u2014]\s|By\s[A-Z]|\("
)


def headline_cut(headline: str) -> bool:
    """Whether ``headline`` is cut mid-phrase or opens on what is not the story."""
    words = headline.split()
    quotes = headline.count('"') + headline.count("\u201c") + headline.count("\u201d")
    return (
        not words
        or words[-1].lower() in _DANGLING
        or quotes % 2 == 1
        or _NOT_THE_STORY.match(headline) is not None
    )


def _articles(corpus: Path) -> Iterator[tuple[str, str]]:
    if corpus.is_dir():
        for path in sorted(corpus.glob("*.txt")):
            yield path.stem, path.read_text(encoding="utf-8")
        return
    with corpus.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if line.strip():
                record = json.loads(line)
                yield str(record.get("id", number)), str(record["text"])


def _fields(corpus: Path, summariser: Summariser) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {"topics": [], "goals": [], "headlines": []}
    for _, text in _articles(corpus):
        summary = summariser.summarise(text)
        fields["topics"] += [stance.topic for stance in summary.stances]
        fields["goals"] += [goal.statement for goal in summary.goals]
        fields["headlines"].append(summary.headline)
    return fields


def _cut(name: str, text: str) -> bool:
    return headline_cut(text) if name == "headlines" else is_fragment(text)


def _share(texts: list[str], name: str = "topics") -> str:
    cut = sum(_cut(name, text) for text in texts)
    return f"{cut} of {len(texts)} ({100 * cut / max(1, len(texts)):.1f}%)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--seed", type=int, default=2026120501)
    parser.add_argument("--draw", type=int, default=10)
    args = parser.parse_args()
    corpora = args.corpora or [SHARED if SHARED.is_dir() else ROOT / "fixtures" / "articles"]
    every: dict[str, list[str]] = {"topics": [], "goals": [], "headlines": []}
    with Summariser(backend="offline", cache=False) as summariser:
        for corpus in corpora:
            fields = _fields(corpus, summariser)
            print(f"{corpus}: {_line(fields)}")
            for name, texts in fields.items():
                every[name] += texts
    print(f"all: {_line(every)}")
    draw = random.Random(args.seed)
    for name, texts in every.items():
        print(f"{args.draw} {name} drawn with random.Random({args.seed}):")
        for text in draw.sample(texts, min(args.draw, len(texts))):
            print(f"  {'FRAGMENT ' if _cut(name, text) else ''}{text}")


def _line(fields: dict[str, list[str]]) -> str:
    return (
        f"fragments: topics {_share(fields['topics'])}, goals {_share(fields['goals'])}; "
        f"headlines cut {_share(fields['headlines'], 'headlines')}"
    )


if __name__ == "__main__":
    main()
