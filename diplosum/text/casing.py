"""Capitals that are an artefact, not a name: "the U.S. And Japan", "U.S. Officials said".

Some wire archives (Reuters' 1987 copy among them) were recased by a program that took
"U.S." for the end of a sentence and capitalised the word after it, whatever it was. Read
as written, "U.S. And European officials" breaks a list of parties and "U.S. Officials"
looks like a name. ``recased`` gives such a word back its small letter when it is one of
the words that are never capitalised inside a sentence (function words, auxiliaries, and
the common nouns and verbs that follow a state's abbreviation), keeping every offset.
"""

from __future__ import annotations

import re

__all__ = ["recased"]

# Words that are small inside a sentence, whatever follows them. Not "Trade", "Treasury"
# or "Senate": "U.S. Trade Representative" and "U.S. Senate" are names.
_SMALL = frozenset(
    {"and", "or", "but", "nor", "to", "in", "on", "of", "for", "with", "at", "by", "from"}
    | {"over", "into", "against", "about", "after", "before", "since", "than", "that"}
    | {"which", "who", "not", "as", "is", "are", "was", "were", "be", "been", "has", "have"}
    | {"had", "will", "would", "could", "should", "may", "might", "must", "can", "does"}
    | {"did", "do", "said", "says", "wants", "wanted", "officials", "official", "banks"}
    | {"firms", "firm", "companies", "company", "government", "action", "sanctions"}
    | {"tariffs", "tariff", "pressure", "position", "demands", "concern", "goods", "exports"}
    | {"imports", "products", "market", "markets", "policy", "policies", "group", "team"}
    | {"delegation", "negotiators", "side", "move", "decision", "plan", "proposal", "view"}
)
_AFTER_ABBREVIATION = re.compile(r"\bU\.S\. ([A-Z][a-z]+)\b")


def recased(text: str) -> str:
    """``text`` with each artefact capital after "U.S. " made small (same length)."""
    if "U.S. " not in text:
        return text
    chars: list[str] | None = None
    for match in _AFTER_ABBREVIATION.finditer(text):
        if match.group(1).lower() in _SMALL:
            chars = chars if chars is not None else list(text)
            chars[match.start(1)] = chars[match.start(1)].lower()
    return text if chars is None else "".join(chars)
