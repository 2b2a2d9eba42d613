"""People the people gazetteer knows, for ``actors``: a name alone ("Lavrov", "Xi
Jinping") with the state or body it stood for in the article's years, and a titled
person whose title names no state ("President Xi Jinping", "Mr Blair", "King Abdullah")
given theirs, by name, by what the office means alone, or by surname.
"""

from __future__ import annotations

from typing import NamedTuple

from ...models import Actor
from ...text.people import NameMention, People, Years
from ...text.people import people as people_gazetteer
from .first_names import of_another_bearer
from .mention import BY_START, ActorMention
from .title_states import title_state
from .titles import COURTESY

__all__ = ["known_people"]


def _full_name(known: People, name: str, code: str, when: Years | None) -> dict[str, str]:
    """The full name of the one person of state ``code`` the gazetteer knows by ``name``
    alone, as an actor update (so that "Mr Blair" is the Tony Blair named before)."""
    holders = [h for h in known.holders(name, when) if h.code == code]
    names = {h.name for h in holders}
    return {"name": names.pop()} if len(names) == 1 else {}


def known_people(
    text: str,
    titled: list[ActorMention],
    when: Years | None,
    named: set[str],
    names: tuple[NameMention, ...],
    namesakes: frozenset[str],
    home: ActorMention | None,
) -> list[ActorMention]:
    """People the people gazetteer knows ("Lavrov", "Xi Jinping"), outside titled
    mentions, with the state or body they stood for ``when``; and titled people
    with no state in their title given theirs ("President Xi Jinping"). A name that
    stood for several ("Tusk": Poland, the EU) takes the one the text also names, if one.
    ``home``: the state of the article's dateline, if any."""
    lookup = _Lookup(people_gazetteer(), when, named)
    found = [
        _placed(lookup, person, home, namesakes) if person.code is None else person
        for person in titled
    ]
    taken = bytearray(len(text) + 1)
    for person in titled:
        taken[person.start : person.end] = b"\x01" * (person.end - person.start)
    actors: dict[str, Actor] = {}
    for mention in names:
        code = lookup.code(mention.form)
        if code is None or any(taken[mention.start : mention.end]):
            continue
        if mention.form not in actors:
            name = lookup.known.full_name(mention.form, when) or mention.form
            actors[mention.form] = Actor(name=name, kind="person", country=code)
        found.append(ActorMention(mention.start, mention.end, actors[mention.form], "person", code))
    return sorted(found, key=BY_START)


class _Lookup(NamedTuple):
    """The people gazetteer, the years of the text and the codes it names."""

    known: People
    when: Years | None
    named: set[str]

    def code(self, form: str) -> str | None:
        """The code ``form`` stood for ``when``; of several, the one the text names."""
        found = self.known.code(form, self.when)
        if found is None:
            holders = self.known.holders(form, self.when)
            codes = {holder.code for holder in holders} & self.named
            found = codes.pop() if len(codes) == 1 else None
        return found


def _placed(
    lookup: _Lookup, person: ActorMention, home: ActorMention | None, namesakes: frozenset[str]
) -> ActorMention:
    """A titled ``person`` with no state in the title, given the state they stood for:
    by name, by name with title, by what the office means alone (unless the text names
    others, or is datelined elsewhere: ``home``), by surname, by title and surname."""
    known, when, named = lookup
    name = person.actor.name
    # "King Abdullah": a form that keeps its title.
    titled_form = f"{person.actor.title} {name}" if person.actor.title else name
    # Whom the name stood for, then what the office means alone ("Defense
    # Secretary Michael Fallon" was Britain's in 2016), then the surname.
    code = lookup.code(name) or lookup.code(titled_form)
    default = title_state(person.actor.title) if person.actor.title else None
    if default is not None and (
        (named and default not in named) or (home is not None and home.code != default)
    ):
        # "Argentina expects ..., Treasury Secretary Ana Soto said": an office that
        # alone means the U.S. means it where the text names that state, and not in
        # a story datelined in another state's capital ("BUENOS AIRES - ...").
        default = None
    courtesy = (person.actor.title or "").rstrip(".") in COURTESY
    if courtesy and name.split()[-1] in namesakes:
        return person  # "Mrs Lavrov" after "Anna Lavrov": the namesake
    surname = name.split()[-1]
    bearers = tuple(h.name for h in known.holders(surname, when))
    if not code and not default and of_another_bearer(name, bearers):
        bearers = ()  # "Trade Minister Rachmat Saleh" is no Ali Abdullah Saleh
    code = code or default or (lookup.code(surname) if bearers else None)
    update: dict[str, str] = {}
    if code is None and " " not in name:
        # "Mr Straw": a surname that is also a word, made a name by its title. A
        # courtesy title says nothing of office: then only where the text names
        # their state too ("Mr Howard" in a story on British politics is no
        # Australian prime minister; "King Abdullah" is a king wherever named).
        holder = known.titled(name, when)
        if holder is not None and (holder.code in named or not courtesy):
            code, update = holder.code, {"name": holder.name}
    if code is not None and not update and " " not in name:
        update = _full_name(known, name, code, when)  # "Mr Blair": Tony Blair
    if code is None:
        return person
    actor = person.actor.model_copy(update={"country": code, **update})
    return person._replace(actor=actor, code=code)
