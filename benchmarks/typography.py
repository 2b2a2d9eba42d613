"""The offline coder's quality on the same articles set in other typography.

    python benchmarks/typography.py [--eval ../shared/eval]

Web copy writes no-break spaces, curly quotation marks and apostrophes, and dashes where
wire copy writes spaces, straight marks and hyphens; older wire copy sets its headlines in
capitals. Each ``gold-dev`` article is rewritten one way at a time (every space a no-break
space; every apostrophe and quotation mark curly; every hyphen inside a word an en dash;
every spaced hyphen an em dash; every line end a Windows one; the first line in capitals;
a bullet before every paragraph but the first; every apostrophe, quotation mark and
ampersand an HTML character reference, as text copied from web pages may keep them)
and scored with the shared scorer against the same gold: the macro F1 of each variant
beside the articles as written. A coder that reads text, not typography, prints the same
figure on every line.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from diplosum import Summariser
from diplosum.evaluation import SECTIONS, load_gold, score_predictions
from diplosum.export import to_record

ROOT = Path(__file__).resolve().parent.parent


def _curly(text: str) -> str:
    text = re.sub(r'(^|[\s(])"', "\\1\u201c", text)
    return text.replace('"', "\u201d").replace("'", "\u2019")


def _first_upper(lines: list[str]) -> list[str]:
    return [lines[0].upper(), *lines[1:]]


VARIANTS: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text,
    "no-break spaces": lambda text: text.replace(" ", "\u00a0"),
    "curly marks": _curly,
    "en dashes in words": lambda text: re.sub(r"(?<=\w)-(?=\w)", "\u2013", text),
    "em dashes": lambda text: text.replace(" - ", " \u2014 "),
    "Windows line ends": lambda text: text.replace("\n", "\r\n"),
    "headline in capitals": lambda text: "\n".join(_first_upper(text.split("\n", 1))),
    "bulleted paragraphs": lambda text: re.sub(r"(?m)(?<=\n)(?=\S)", "\u2022 ", text),
    "HTML entities": lambda text: (
        text.replace("&", "&amp;").replace("'", "&#039;").replace('"', "&quot;")
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    args = parser.parse_args()
    if not (args.eval / "gold-dev").is_dir():
        sys.exit(f"{args.eval / 'gold-dev'} is absent: nothing to measure")
    gold = load_gold(args.eval / "gold-dev")
    articles = args.eval / "articles"
    texts = {i: (articles / f"{i}.txt").read_text(encoding="utf-8") for i in gold}
    print(f"{'variant':<20} {'macro':>6} " + " ".join(f"{s:>9}" for s in SECTIONS))
    with Summariser(backend="offline", cache=False) as summariser:
        for name, variant in VARIANTS.items():
            predicted = {
                i: to_record(summariser.summarise(variant(t)), i) for i, t in texts.items()
            }
            result = score_predictions(predicted, gold, articles)
            cells = " ".join(f"{result.sections[s]['f1']:>9.3f}" for s in SECTIONS)
            print(f"{name:<20} {result.macro_f1:>6.3f} {cells}")


if __name__ == "__main__":
    main()
