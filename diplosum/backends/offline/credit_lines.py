"""Credit lines: who reported, wrote and edited a wire story, not what it reports.

A wire story ends with its credits ("(Reporting by Ana Soto in Lima and the Santiago
Monitoring Desk; Editing by Luis Vega)"), some outlets with a line of whom it draws on
("Ana Soto in Lima contributed to this report."). Their words are names, places and desks,
and some look like triggers (a "Monitoring Desk" is not a state monitoring anything), so
the rules do not read them.
"""

from __future__ import annotations

import re

__all__ = ["is_credit_line"]

_CREDIT_OPENING = re.compile(
    r"[\s(\[\u2014-]*(?:(?:Additional|Further)\s+)?"
    r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Cc]ompiling|[Gg]raphics?)"
    r"(?:\s+and\s+(?:[Rr]eporting|[Ww]riting|[Ee]diting))?\s+by\s"
)
_CONTRIBUTED = re.compile(r"\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)")


def is_credit_line(sentence: str) -> bool:
    """Whether ``sentence`` is a story's credits: it opens on "Reporting by", "(Writing
    by", "Editing by" and the like, or says who "contributed to this report"."""
    return bool(_CREDIT_OPENING.match(sentence) or _CONTRIBUTED.search(sentence))
