"""A phrase cut at its word limit inside a name is carried to the name's end: "a session
of the Group | of Andean States", "talks with the Secretary | of State", "the Bank | and
Trust Company": a name cut after its first words names something else, or nothing ("the
Federal Bureau"). Only a few words on, and only through words joined by "of", "and",
"for" or "on" to a capitalised word that is no weekday or month ("the deal in Lima | on
Tuesday" stays cut), nor through "and" into a new clause ("with Peru | and Ana Soto has
said").
"""

from __future__ import annotations

from ...text.dates import MONTH_NAMES, WEEKDAY_NAMES

__all__ = ["through_name"]

#: The most words a name may add to a phrase cut inside it.
_MOST = 4
_JOINERS = frozenset({"of", "and", "for", "on"})
_TIMES = frozenset(name.capitalize() for name in (*MONTH_NAMES, *WEEKDAY_NAMES))


def _capitalised(token: str) -> bool:
    word = token.rstrip(",")
    return word[:1].isupper() and word not in _TIMES


def through_name(clause: list[str], tokens: list[str]) -> list[str]:
    """``tokens``, a prefix of ``clause`` cut short, carried through the rest of a name
    they end inside; else ``tokens``."""
    kept = len(tokens)
    if not kept or kept >= len(clause) - 1 or tokens[-1].endswith(","):
        return tokens
    if not _capitalised(tokens[-1]):
        return tokens
    end = kept
    while (
        end + 1 < len(clause)
        and clause[end].lower() in _JOINERS
        and _capitalised(clause[end + 1])
        and not clause[end - 1].endswith(",")
    ):
        joined = end
        end += 2
        while end < len(clause) and _capitalised(clause[end]) and not clause[end - 1].endswith(","):
            end += 1
        if clause[joined].lower() == "and" and end < len(clause) and clause[end] in _VERBS:
            end = joined  # "the deal with Peru | and Ana Soto has said": a new clause
            break
    return clause[:end] if 0 < end - kept <= _MOST else tokens


# A verb right after a name joined by "and" makes the name a new clause's subject.
_VERBS = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could"}
    | {"may", "might", "must", "should", "did", "does", "said", "says", "told", "added"}
)
