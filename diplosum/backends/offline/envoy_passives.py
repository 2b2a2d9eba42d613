"""Envoys sent home, said in the passive with no doer named: "Two Chilean diplomats were
expelled from Peru" (Peru expels, Chile is the target), "were ordered to leave Peru" (the
same), "Chile's ambassador to Peru was recalled" (Chile recalls its envoy from Peru).
Whose envoys they are is the state right before the envoy noun ("Chilean", "Chile's");
where they served, the state after "to" or "in" after it, or after "from" or "leave"
after the verb.
"""

from __future__ import annotations

import re

from .actors import place_at
from .lexicon import Hit
from .mention import ActorMention
from .sentence import RuleSentence
from .shapes import Shaped

__all__ = ["PASSIVE_RECALLS", "envoys_sent_home"]

#: Recalls in the passive (sanction triggers that read nothing else: "the offer was
#: withdrawn" is no measure).
PASSIVE_RECALLS = frozenset(
    f"{aux} {verb}"
    for aux in ("was", "were", "has been", "have been", "had been", "is being", "are being")
    for verb in ("recalled", "withdrawn")
)
_EXPELLING = frozenset({"expelled", "to leave", "to leave the country"})

# The envoys and their post after them ("Chile's ambassador to Peru"), then, for an
# expulsion, the auxiliary of the passive ("ordered" before "to leave"); a recall's
# auxiliary is its trigger's own.
_ENVOYS_POSTED = (
    r"\b(?P<noun>ambassadors?|envoys?|diplomats?|attach[e\u00e9]s?|consuls?|"
    r"charg[e\u00e9]s?\s+d['\u2019]affaires)"
    r"(?:\s+(?:to|in)\s+(?P<post>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}))?\s+"
)
_EXPELLED_ENVOYS = re.compile(
    _ENVOYS_POSTED + r"(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+"
    r"(?:\w+ly\s+)?(?:ordered\s+)?\Z"
)
_RECALLED_ENVOYS = re.compile(_ENVOYS_POSTED + r"\Z")
# Between the envoys' state and their noun: "Chile's", "two Chilean", "the Chilean deputy".
_OWNER_GAP = re.compile(r"(?:['\u2019]s?)?\s+(?:[a-z-]+\s+){0,2}")
_FROM = re.compile(r"\s+(?:from|out\s+of)\s+")


def envoys_sent_home(s: RuleSentence, trigger: Hit) -> Shaped | None:
    """(imposer, target, no status of its own) of envoys expelled, ordered out or
    recalled in the passive (see the module docstring), else ``None``."""
    if trigger.phrase not in _EXPELLING and trigger.phrase not in PASSIVE_RECALLS:
        return None
    recall = trigger.phrase in PASSIVE_RECALLS
    envoys = (_RECALLED_ENVOYS if recall else _EXPELLED_ENVOYS).search(
        s.text, max(0, trigger.start - 120), trigger.start
    )
    if envoys is None:
        return None
    owner = _owner(s, envoys.start("noun"))
    if owner is None:
        return None
    post = _state_at(s, envoys.start("post")) if envoys.group("post") else None
    served = post or _left(s, trigger)
    if served is None or served.code == owner.code:
        return None
    return (owner, served, None) if recall else (served, owner, None)


def _owner(s: RuleSentence, noun: int) -> ActorMention | None:
    mention = s.before(noun)
    if mention is None or _OWNER_GAP.fullmatch(s.text, mention.end, noun) is None:
        return None
    return mention


def _state_at(s: RuleSentence, start: int) -> ActorMention | None:
    """The state named at ``start``: an actor, or a place ("in Lima", "from Peru", which
    the actors leave out)."""
    actor = next((a for a in s.actors if a.start == start and a.code), None)
    return actor or place_at(s.text, start)


def _left(s: RuleSentence, trigger: Hit) -> ActorMention | None:
    """The state left: after "from" ("expelled from Peru"), or right after "to leave"."""
    at = trigger.end
    if trigger.phrase not in ("to leave", "to leave the country"):
        gap = _FROM.match(s.text, at)
        if gap is None:
            return None
        at = gap.end()
    rest = s.text[at:]
    return _state_at(s, at + len(rest) - len(rest.lstrip()))
