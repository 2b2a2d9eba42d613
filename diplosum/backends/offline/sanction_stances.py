"""The stance a sanction states: imposing or threatening a measure as one's own act ("Chile
has imposed sanctions on Bolivia") is opposition to its target; a measure only reported
("Bolivia is under Chilean sanctions") states none.
"""

from __future__ import annotations

import re

from ...models import Actor, Sanction, Stance
from ...text.gazetteer import gazetteer
from .clauses import IMPOSES_AHEAD, ends_with_word
from .sentence import RuleSentence

__all__ = ["sanction_stances"]


# The imposer saying so of itself: "Chile said it would impose", "Chile and Peru warned
# they could impose": its own act, announced.
_SAID_IT = re.compile(
    r"\s+(?:said|says|announced|announces|warned|warns|declared|declares)\s+"
    r"(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)(?=\s)"
)


def _acts(s: RuleSentence, actor: Actor) -> bool:
    """Whether ``actor`` is the subject of an imposing or threatening verb in ``s``, alone
    or first of a list of actors ("Chile and Argentina imposed"), or says it is ("Chile
    said it would impose")."""
    for mention in s.actors:
        if mention.actor is actor or mention.actor == actor:
            if ends_with_word(s.text, mention.start, ("the", "by", "of")):
                continue
            end = s.listed_from(mention)[-1].end
            said = _SAID_IT.match(s.text, end)
            end = said.end() if said is not None else end
            if IMPOSES_AHEAD.match(s.text, end, end + 40):
                return True
    return False


def _named(actor: Actor) -> str:
    """What a reader knows ``actor`` by: "Australia" for the target of "Australian wine"."""
    known = gazetteer().display_names
    return known.get(actor.country, actor.name) if actor.country else actor.name


def sanction_stances(s: RuleSentence, sanctions: list[Sanction]) -> list[Stance]:
    """Imposing or threatening sanctions, said as the imposer's own act ("Chile has imposed
    sanctions on Bolivia"), states opposition to the target."""
    return [
        Stance(
            actor=sanction.imposer,
            topic=f"{_named(sanction.target)} ({sanction.status} sanctions)",
            position="oppose",
            evidence=sanction.evidence,
        )
        for sanction in sanctions
        if sanction.status in ("imposed", "threatened") and _acts(s, sanction.imposer)
    ]
