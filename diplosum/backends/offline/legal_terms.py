"""Words of the law, which pass no one's judgment where they stand: a crime in a list of
charges ("charged with treason and 'terrorism'"), "on suspicion of", "criminal" before
charges or a case, "illegal" before a kind of activity ("illegal immigration"). For
stance triggers and reported speech's evaluative words alike (``no_position``,
``speech_polarity``)."""

from __future__ import annotations

import re

from .lexicon import Hit

__all__ = ["a_charge", "a_legal_term"]

# "detained on suspicion of", "under suspicion": the police's, a charge.
_ON_SUSPICION = re.compile(r"\b(?:on|under)\s+\Z", re.IGNORECASE)


# The charges a court or a prosecutor lists, up to a word of them: "charged with treason
# and terrorism", "convicted under articles on espionage, including 'sabotage'"; not past
# an agent or a judgment of the case ("convicted of spying by a court in a case the U.S.
# called a sham"). So too what one is accused of by no one named ("Ana Soto, previously
# accused of terrorist offences,", "who was accused of spying").
_CHARGES = re.compile(
    r"(?:\b(?:charged|convicted|indicted|found\s+guilty|on\s+charges?|the\s+charges?)\s"
    r"(?:with|of|under|for|that|including|on)\b"
    r"|(?:,|\b(?:was|were|is|are|been|being))\s+(?:\w+ly\s+)?(?:accused|suspected)\s+of\b)"
    r"(?:(?!\b(?:by|said|says|called|calls|denounced|which|who)\b)[^.;:!?]){0,120}\Z"
)


# A part of each of ``_CHARGES``' openings, in small letters.
_CHARGE_CUES = ("charge", "convicted", "indicted", "guilty", "accused", "suspected")


def a_charge(text: str, word: Hit) -> bool:
    """Whether ``word`` is "suspicion" in a charge ("detained on suspicion of", "under
    suspicion"), or a crime in a list of the charges ("charged with ... 'terrorism'"),
    no one's position; for stance triggers and evaluative words alike."""
    if word.phrase == "suspicion" and _ON_SUSPICION.search(
        text, max(0, word.start - 8), word.start
    ):
        return True
    window = max(0, word.start - 160)
    if not any(text.find(cue, window, word.start) >= 0 for cue in _CHARGE_CUES):
        return False  # (most words: no charge named before them, the search is spared)
    return _CHARGES.search(text, window, word.start) is not None


# Nouns that "criminal" names a kind of in law, no judgment passed: "criminal charges".
_LEGAL_NOUN = re.compile(
    r"\s+(?:charges?|cases?|investigations?|proceedings|probes?|complaints?|records?|"
    r"trials?|prosecutions?|liability|justice|law|courts?|inquiry|inquiries)\b",
    re.IGNORECASE,
)


# Activities "illegal" names a kind of, by law rather than by anyone's verdict: "illegal
# immigration", "illegal mining", "illegally crossing" (not "the illegal occupation", "an
# illegal blockade": an act judged).
_UNLAWFUL_KIND = re.compile(
    r"\s+(?:immigration|immigrants?|migrants?|migration|aliens|workers|entry|entries|"
    r"crossings?|crossed|crossing|drugs?|narcotics|mining|miners|fishing|logging|"
    r"gambling|betting|weapons|firearms|guns|arms|wildlife|trade|trafficking|smuggling)\b",
    re.IGNORECASE,
)


def a_legal_term(text: str, hit: Hit) -> bool:
    """Whether ``hit`` is "criminal" as the law's term ("faces criminal charges", "a
    criminal investigation") or "illegal" before a kind of activity ("illegal
    immigration had fallen"), no verdict on an act."""
    phrase = hit.phrase.lower()
    if phrase == "criminal":
        return _LEGAL_NOUN.match(text, hit.end) is not None
    return phrase in ("illegal", "illegally") and _UNLAWFUL_KIND.match(text, hit.end) is not None
