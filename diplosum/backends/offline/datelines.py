"""Datelines: the city, date and source a wire story's first sentence opens with
("VIENNA - ", "WASHINGTON (Reuters) - "), which are no part of what it says."""

from __future__ import annotations

import re

from ...text.gazetteer import gazetteer

__all__ = ["without_dateline"]

# A city in capitals, with its state or country ("ELKHART, Ind.", "ORLANDO, Fla./FORT
# PIERCE, Fla.", "SALEM, N.C."), a date, a source and a dash, each if given.
_CITY = (
    r"(?:ST\.\s)?[A-Z]{3,}(?![A-Z])(?:[ /-][A-Z]{2,}(?![A-Z]))*"
    r"(?:,\s*(?:[A-Z][a-z]+\.?|(?:[A-Z]\.){2,}))?"
)
_DATELINE = re.compile(
    rf"(?:{_CITY}(?:/{_CITY})*"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2})?\s*(?:\([^)\n]{1,30}\)\s*)?(?:[-\u2013\u2014]+\s*)?"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s\([A-Za-z .]{2,20}\)\s*[-\u2013\u2014]+\s*)"
    r"(?=[A-Z\"'\u201c])"
)
_MARKED = re.compile(r"[-\u2013\u2014(,]")


def without_dateline(sentence: str) -> str:
    """``sentence`` without the dateline it opens with ("VIENNA - ", "WASHINGTON
    (Reuters) - "); a body's acronym that opens it is its subject ("NATO Secretary-General
    Ana Soto said"), unless a dash, a comma or a bracket marks it as a dateline."""
    if sentence == sentence.upper():
        return sentence  # a title in capitals is not a dateline ("TALKS WITH U.S. END")
    dateline = _DATELINE.match(sentence)
    if dateline is None:
        return sentence
    opening = sentence[: dateline.end()]
    if opening.split()[0] in gazetteer().terms and not _MARKED.search(opening):
        return sentence
    return sentence[dateline.end() :]
