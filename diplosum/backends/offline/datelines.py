"""Datelines: the city, date and source a wire story's first sentence opens with
("VIENNA - ", "WASHINGTON (Reuters) - "), which are no part of what it says."""

from __future__ import annotations

import re

__all__ = ["without_dateline"]

# A city in capitals, with its state or country ("ELKHART, Ind.", "ORLANDO, Fla./FORT
# PIERCE, Fla.", "SALEM, N.C.", "ALBANY, NEW YORK", "PORT ST. LUCIE, Fla."), a date (its
# month in capitals too: "MARCH 3"; its year too: "May 2, 2026"), a source and a dash,
# each if given.
_CITY = (
    r"(?:ST\.\s)?[A-Z]{3,}(?![A-Z])(?:[ /-](?:ST\.|[A-Z]{2,}(?:'[A-Z]+)?(?![A-Z])))*"
    # a state of two or three words before a dash or a date: "MANCHESTER, New Hampshire
    # - ", "TAUPO, New Zealand, March 22 - "
    r"(?:,\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}"
    r"(?=\s*[-\u2013\u2014]|,\s*(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s\d)|[A-Z][a-z]+\.?|"
    r"(?:[A-Z]\.){2,}|[A-Z]{2,}(?:\s[A-Z]{2,})*(?![A-Za-z.])))?"
)
_DATELINE = re.compile(
    rf"(?:{_CITY}(?:/\s?{_CITY})*"
    # its date, the year too: "MARCH 3", "May 2, 2026"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)\n]{1,30}\)\s*)?"
    r"(?:[-\u2013\u2014]+\s*)*"  # "NEW YORK - - ": a dash typed twice
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s\([A-Za-z .]{2,20}\)\s*[-\u2013\u2014]+\s*)"
    r"(?=[A-Z\"'\u201c<])"
)
_MARKED = re.compile(r"[-\u2013\u2014(,]")


def without_dateline(sentence: str) -> str:
    """``sentence`` without the dateline it opens with ("VIENNA - ", "WASHINGTON
    (Reuters) - ", "NEW YORK, MARCH 3 - "). A word in capitals that opens it without a
    dash, a comma or a bracket after it is its subject, an acronym ("NATO allies agreed",
    "FBI Director Ana Soto said", "UKIP's chairman said"), not a dateline."""
    if sentence == sentence.upper():
        return sentence  # a title in capitals is not a dateline ("TALKS WITH U.S. END")
    dateline = _DATELINE.match(sentence)
    if dateline is None or not _MARKED.search(sentence, 0, dateline.end()):
        return sentence
    if _NAMES_LISTED.fullmatch(dateline.group()):
        return sentence  # "IMF, World Bank to meet": a title's list of names
    return sentence[dateline.end() :]


# Marked by a comma alone before a word in Title Case without a full stop ("IMF, World
# Bank to meet"): the names a title lists, not a city and its state ("TAMPA, Fla. ",
# "SALEM, NEW MEXICO - ", "HANOVER, Germany - " have a stop, capitals or a dash).
_NAMES_LISTED = re.compile(r"[A-Z]{2,}(?:\s[A-Z]{2,})*,\s*[A-Z][a-z]+\s+")
