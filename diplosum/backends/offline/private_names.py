"""Names of firms, media and private bodies that hold a state's name, for ``places``: the
state in "American Pacific Mining Inc", "the Peru Chamber of Commerce" or "the Bankers
Association of Peru" is part of a name, not an actor.
"""

from __future__ import annotations

import re

__all__ = ["company_after", "private_body_of"]


# "American Pacific Mining Inc": part of a company's name, not a state.
_COMPANY = re.compile(
    # "Hongkong and Shanghai Banking Corp", "Spain's <Carburos Metalicos SA>" (a wire's
    # brackets round a company's name).
    r"(?:\s+<?[A-Z][\w&.'-]*(?:\s+(?:and|&)(?=\s+<?[A-Z]))?){0,4}"
    r"\s+(?:Inc|Corp|Corporation|Co|Ltd|Group|Bank|Airlines?|"
    r"Motors|Holdings|plc|Plc|PLC|SA|AG|LLC|Company|"
    # "the London Stock Exchange", "The Washington Post", "Tokyo Electric Power": an
    # exchange, a newspaper, a carrier or a utility named after its place.
    r"Stock\s+Exchange|Post|Times|Herald|Tribune|Gazette|Telegraph|Journal|Airways|"
    r"Electric|Broadcasting|University|"
    # "according to USA Network", "China Daily reported", "Israel Radio said": media.
    r"Network|Today|Daily|Radio|Television|TV|News|"
    # "the Japan Committee for Economic Development", "the Peru Chamber of Commerce": a
    # private body named after its place (not an institute or a council, which are often
    # the state's own: "Peru's National Institute of Statistics").
    r"Foundation|Association|Society|Chamber|Federation\s+of|Committee\s+for|"
    r"Confederation)\b"
)

# A private body named as of its place: "the Bankers Association of Peru", "the Football
# Federation of Chile" (a body named after its place: ``_COMPANY``).
_PRIVATE_BODY_OF = re.compile(
    r"\b(?:Associations?|Society|Foundation|Federation|Chamber\s+of\s+Commerce(?:\s+and\s+"
    r"Industry)?)\s+of\s+(?:the\s+)?\Z"
)


def private_body_of(text: str, start: int) -> bool:
    """Whether the state's name at ``start`` ends a private body's name after "of" ("the
    Bankers Association of Peru")."""
    return text.endswith((" of ", " of the "), 0, start) and bool(
        _PRIVATE_BODY_OF.search(text, max(0, start - 40), start)
    )


def company_after(text: str, end: int) -> bool:
    """Whether a company's name follows ``end``, with the name before it as its first
    word ("American Pacific Mining Inc", "Hongkong and Shanghai Banking Corp")."""
    # A company name goes on with a capitalised word or "plc": most mentions do not.
    if not text[end : end + 1].isspace():
        return False
    rest = text[end : end + 80].lstrip().lstrip("<")
    if not (rest[:1].isupper() or rest.startswith("plc")):
        return False
    return _COMPANY.match(text, end, end + 80) is not None
