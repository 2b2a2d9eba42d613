"""One actor mention, as the offline rules pass it around."""

from __future__ import annotations

import operator
from typing import NamedTuple

from ...models import Actor

__all__ = ["BY_START", "PEOPLE", "ActorMention"]

#: The kinds of mention that name one person, in office or out of it.
PEOPLE = frozenset({"person", "private"})


class ActorMention(NamedTuple):
    """An actor at ``start:end`` of the text searched.

    A named tuple, not a dataclass: an article has dozens and they are made in a hot loop.
    """

    start: int
    end: int
    actor: Actor
    #: How the text names it: "person", or the gazetteer's "name", "adjective", "seat", "igo";
    #: "private" for a person the text says acts for no state ("former President Ana Soto").
    kind: str
    #: ``actor.country``, kept beside it: the rules read it hundreds of times an article.
    code: str | None
    #: For a "private" person, the state whose office they held or seek ("former President
    #: Ana Soto" of Peru): no party to what they do, but a foreign one is no domestic news.
    origin: str | None = None


#: Sort key of mentions: where each starts.
BY_START = operator.itemgetter(0)
