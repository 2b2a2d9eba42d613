"""Signing a pact and recognising a state, for ``positions``: "signed the border accord"
and "ratified the treaty" are support for the pact, "recognised Kosovo's independence"
for the state; "signed a letter", "signed into law", a deal signed with a business, and
recognising anything but a state ("recognised the need for talks") state no position.
"""

from __future__ import annotations

import re

from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["no_pact_signed", "no_state_recognised"]


# A pact signed with businesses, no state or body: "an agreement with British and German
# interests", "with the Hamburg-based shipping line ...".
_WITH_A_COMPANY = re.compile(
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|contracts?)\s+with\s+"
    r"(?:[\w.'\u2019-]+\s+){0,6}?(?:interests|firms?|company|companies|group|consortium|"
    r"banks?|corporation|line|carrier|airline|investors)\b"
)
# "signed a treaty of friendship", "signed the border accord", "signed a $40bn (21bn
# pounds) gas deal", "ratified the border accord": support for the pact.
_SIGNING = frozenset({"signed", "ratified"})
# The nouns of a pact, signed or ratified (after the verb, or before its passive).
_PACT_NOUNS = (
    r"(?:agreements?|treat(?:y|ies)|accords?|deals?|pacts?|protocols?|memorand(?:um|a)|"
    r"declarations?|communiques?|conventions?|charters?)"
)
_SIGNED_PACT = re.compile(
    r"\s+(?:(?:on|in)\s+\w+\s+)?(?:a|an|the|their|its|two|three|several)\s+"
    r"(?:\(?[$\u00a3\u20ac]?[\d.,]+\s*(?:bn|m|mln|bln|billion|million)?\)?\s+|[\w-]+\s+|"
    r"\((?:[\w$\u00a3\u20ac.,-]+\s*){1,3}\)\s+){0,4}?"
    rf"{_PACT_NOUNS}\b"
)


# Recognising a state, its independence or its government is support for it
# ("recognised Kosovo's independence", "recognizes the new government in Lima",
# "recognised Palestine as a state"); recognising anything else ("the need for talks",
# "that it must act") is none.
_RECOGNISING = frozenset(
    {"recognise", "recognize", "recognised", "recognized", "recognises", "recognizes"}
)
# (A word at least before what is recognised: "the internationally recognized
# government" is an adjective's.)
_RECOGNISED = re.compile(
    r"\s+(?:[\w.'\u2019-]+\s+){1,4}?(?:independence|sovereignty|statehood|government|"
    r"annexation|as\s+(?:an?\s+)?(?:independent\s+)?(?:state|country|nation)|"
    r"as\s+the\s+(?:legitimate|rightful|sole)\b)"
)


# "The accord was signed by Peru and Chile": a pact, signed by the agents after "by".
_PACT_BEFORE = re.compile(
    rf"\b{_PACT_NOUNS}\b"
    # (not one still to be signed: "must still be ratified by", "has yet to be signed by")
    r"(?:(?!\bnot\b|\bnever\b|\bmust\b|\byet\b)[^,;]){0,30}?"
    r"\s+(?:was|were|has\s+been|"
    r"had\s+been|have\s+been|is|are|be|been)\s+(?:\w+ly\s+)?\Z",
    re.IGNORECASE,
)


def _pact_signed_by(s: RuleSentence, trigger: Hit) -> bool:
    return s.text.startswith(" by ", trigger.end) and bool(
        _PACT_BEFORE.search(s.text, max(0, trigger.start - 80), trigger.start)
    )


def no_pact_signed(s: RuleSentence, trigger: Hit) -> bool:
    """Whether "signed" or "ratified" at ``trigger`` signs no pact of its signer's: a
    letter, a law, or a business deal ("an agreement with British and German
    interests")."""
    if trigger.phrase not in _SIGNING:
        return False
    if not (_SIGNED_PACT.match(s.text, trigger.end) or _pact_signed_by(s, trigger)):
        return True  # "signed a letter", "signed into law": no pact of its signer's
    return _WITH_A_COMPANY.match(s.text, trigger.end) is not None


def no_state_recognised(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a form of "recognise" at ``trigger`` recognises no state, its independence
    or its government ("recognised the need for", "recognised that")."""
    return trigger.phrase in _RECOGNISING and not _RECOGNISED.match(s.text, trigger.end)
