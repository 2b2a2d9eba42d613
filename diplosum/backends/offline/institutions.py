"""Who an unnamed institution speaks for: "the foreign ministry said", "the government said".

Wire copy names a state's institutions without the state once the story has made it
plain whose they are: under the headline "Turkey says Russia violated its airspace",
"the foreign ministry said" is Turkey's. Left to the rules for subjects, the speaker
would be the nearest state before the verb, often the one spoken about ("a Russian jet
violated Turkish airspace, the foreign ministry said"). So the speaker is the state the
article's headline opens with (its first line, when that is a headline; else its first
sentence), when it opens with one as its subject ("Turkey says ...", "Iranian officials
say ..."), and nobody otherwise.
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .headline import headline_state
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["institution_speaker", "unnamed_institution"]

# "The foreign ministry said", "..., the defence ministry said in a statement": a state's
# institution with no state named in it.
_INSTITUTION = re.compile(
    r"(?:^|[,;:\"\u201d]\s*)[\"'\u201c]?\s*(?:[Tt]he|[Ii]ts)\s+"
    r"(?:(?:foreign|defen[cs]e|interior|economy|finance|trade|justice|energy|oil)\s+)?"
    r"(?:ministry|government|presidency|cabinet|foreign\s+office|president's\s+office|"
    r"prime\s+minister's\s+office)\s+(?:\w+ly\s+|also\s+|has\s+|had\s+)?\Z"
)


def unnamed_institution(s: RuleSentence, clause: Hit) -> re.Match[str] | None:
    """The unnamed institution standing right before the reporting ``clause``, if any."""
    return _INSTITUTION.search(s.text, max(0, clause.start - 60), clause.start)


def institution_speaker(s: RuleSentence, institution: re.Match[str]) -> ActorMention | None:
    """The state the unnamed ``institution`` (``unnamed_institution``'s) speaks for: the
    article's headline state; ``None`` when the headline opens with none."""
    actor = headline_state(s.article)
    if actor is None:
        return None
    start = institution.start() + len(institution.group()) - len(institution.group().lstrip())
    return ActorMention(start, institution.end(), actor, "name", actor.country)
