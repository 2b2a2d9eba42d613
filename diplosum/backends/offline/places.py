"""Where a state's name is a place, not an actor, for the offline extractor.

After "in", "at", "from" and the like ("talks in Kampala"), unless those of a state come
from it ("counterparts from Peru", "imports from Iran") or govern there ("the government
in Tokyo"); in a dateline ("OSLO, "); and inside a company's name ("American Pacific
Mining Inc"). After a state's possessive, a name may be a thing the state holds, not one of
its organs ("Taiwan's Foxconn", not "Japan's Foreign Ministry").
"""

from __future__ import annotations

import functools
import re

from ...text.gazetteer import Mention, gazetteer
from .name_runs import NOT_NAMES
from .private_names import company_after, private_body_of

__all__ = [
    "ABOUT",
    "CAME",
    "NAMES_OR_SEATS",
    "NO_NOUN_AFTER",
    "is_place",
    "names_a_thing",
]


# Right before a place: "in ", "at the ", "from "; and a dateline's "OSLO, ".
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|In|At|from|near|inside|outside|across|throughout|outside\s+of|"
    # "he left Washington for a tour of Europe": where he was
    r"left|leaving|departed|departing)\s+(?:the\s+)?\Z"
)
# The nouns one of which stands right before the "in" of ``_GOVERNMENT_IN`` ("his
# counterpart in Oslo": the one who holds the same office there).
_GOVERNED = (
    *("government", "ministry", "officials", "authorities", "leaders", "leadership"),
    *("regime", "administration", "counterpart"),
)
# "the government in Tokyo", "officials in Washington": the state there, not a place
# (diplomats in a capital are posted there from anywhere).
_GOVERNMENT_IN = re.compile(
    r"(?:([\w.'\u2019-]+)\s+)?"
    # "NATO defence officials in Lima": whose they are comes before what they do.
    r"(?:(?:senior|top|defen[cs]e|trade|security|military|economic|finance|intelligence)\s+)"
    rf"{{0,2}}\b(?:{'|'.join(_GOVERNED)})\s+in\s+\Z",
    re.IGNORECASE,
)


def _government_in(text: str, start: int) -> bool:
    """Whether the seat at ``start`` follows "the government in", not "Chilean officials
    in" (those of a state named, where they are)."""
    window = max(0, start - 60)
    # Most seats follow no "in": a look at the last word first spares the search.
    before_in = text[window:start].rstrip()
    if before_in[-2:].lower() != "in" or not before_in[:-2].rstrip().lower().endswith(_GOVERNED):
        return False
    found = _GOVERNMENT_IN.search(text, window, start)
    if found is None:
        return False
    word = found.group(1)
    return word is None or not word[0].isupper() or word.lower() in ("the", "foreign")


# "counterparts from Peru", "delegates from 40 countries including Chile": people who
# come for their state, not a place they travelled from.
_PEOPLE_FROM = (
    r"counterparts?|delegates?|delegations?|officials?|ministers?|leaders?|envoys?|"
    r"representatives?|diplomats?|negotiators?|ambassadors?|mediators?"
)
# "condemnation from France": a reaction whose source is the state; it may name what it is
# about first ("objections to the tax from Portugal", ``ABOUT``).
_REACTIONS_FROM = (
    r"condemnation|criticism|protests?|objections?|suspicion|outcry|rebukes?|anger|opposition|"
    r"rebuffs?|snubs?|rejection|resistance|reprimand|denunciation|refusal|veto|"
    r"concerns?|warnings?|complaints?|support|backing|praise|calls|pressure|demands?|"
    r"endorsement|encouragement|(?:under|drew|draws|drawn|drawing)\s+fire"
)
#: What a reaction is about before "from": a preposition, then a noun phrase of a few
#: words with no preposition of its own ("to the tax", "of Tokyo's policy"; not "to demand
#: a deal", "about immigrants" whose "from" is theirs).
ABOUT = (
    r"\s+(?:to|of|over|about|against|on)\s+"
    r"(?P<about>(?:the|a|an|its|their|his|her|this|these|those|any|such|(?-i:[A-Z])[\w.'\u2019-]*)"
    r"(?:\s+(?!(?:to|of|for|on|over|about|against|in|at|with|by)\s)[\w'\u2019-]+){0,3}?)"
)

#: A reaction's verb before "from" and its source: "protests have also come from Peru".
CAME = r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:came|come|comes|coming)(?:\s+also)?"
_PARTY_FROM = re.compile(
    # ("protests against the tax have also come from Peru": the reaction's source)
    rf"\b(?:{_PEOPLE_FROM}|(?:{_REACTIONS_FROM})(?:{ABOUT})?(?:{CAME})?|"
    # "faces sanctions from the United States", "an invitation from China": what a state
    # sends or does, not where someone came from.
    r"sanctions|measures|tariffs|duties|embargo|retaliation|reprisals?|threats?|ultimatum|"
    r"invitations?|messages?|letters?|assurances?|guarantees?|requests?|offers?|proposals?|"
    r"response|reaction|mediation|recognition|approval|apology|congratulations|"
    # "banned imports from Iran", "imports of crude oil from Iran": the goods' state, which
    # a measure may target.
    r"(?:imports|exports|shipments|goods|products)(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?|"
    # "withheld aid from Syria": what a measure keeps from a state.
    r"aid|assistance|funds|funding|revenues|payments|loans|credits|flights|visas)"
    # "The G7 foreign ministers, from Britain, Canada, ...": the list their states
    r",?\s+from\s+(?:the\s+)?\Z"
    # "tariffs on electric cars made in China": the goods' state, which a measure targets.
    r"|\b(?:made|manufactured|produced|assembled|grown)\s+in\s+(?:the\s+)?\Z"
    # "tariffs on copper wire imported from Peru": likewise the goods' state.
    r"|\b(?:imported|shipped|exported|smuggled)\s+from\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z ./'-]{2,},\s*")


def _from_or_in(body: str) -> bool:
    """Whether ``body`` ends on "from" or "in", past a "the": what ``_PARTY_FROM`` needs
    (one string test spares its search for most places)."""
    words = body.rsplit(None, 2)
    last = words[-1].lower() if words else ""
    if last == "the" and len(words) > 1:
        last = words[-2].lower()
    return last in ("from", "in")


NAMES_OR_SEATS = frozenset({"name", "seat"})
# The word before a place ends with one of these (the pattern above needs it): a word that
# does not rules the pattern out with one string test.
_PLACE_WORD_ENDS = (
    *("the", "in", "at", "from", "near", "inside", "outside", "across", "throughout"),
    "of",  # "outside of Gaza"
    # A sentence's opening "In Rome, ..." is where, as the lower-case "in" is.
    *("In", "At"),
    *("left", "leaving", "departed", "departing"),
)


# What may follow a place's name and no adjective's: punctuation, the end, a function word
# ("in the U.S. for talks", "in New Zealand on Monday"; not "in New Zealand waters").
NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:)]|\Z|(?:for|to|on|and|in|at|with|since|until|from|last|this|next|over|"
    r"after|before|during|where|when|earlier|later|today|yesterday|"
    # "Cubans living in the US are limited to ...": a verb after the place
    r"is|are|was|were|has|have|had|who|which)\b)"
)


# Seats whose word other bodies' names use too ("the World Petroleum Congress", "Brazil's
# National Congress", "the Brazilian Congress"): theirs only after their own state's name
# or none ("U.S. Congress", "Congress voted").
_SHARED_SEATS = frozenset({"Congress"})
_WORD_BEFORE = re.compile(r"([\w.-]+|'s|\u2019s)[ \t]+\Z")
_OWN_OR_NO_NAME = frozenset(
    {"U.S.", "US", "States", "American", "The", "the", "A", "a", "And", "and", "But", "In"}
    | {"of", "to", "by", "that", "as", "with", "from", "for", "new", "whole", "next"}
)


_HYPHENATED = re.compile(r"[a-z]-[a-z]")


def _named_by_another(text: str, start: int) -> bool:
    """Whether the seat at ``start`` ends another's name: a capitalised word, a
    possessive or a hyphenated modifier right before it that is not its own state's."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if word in _OWN_OR_NO_NAME or (word.endswith(".") and word.count(".") == 1):
        return False  # its own state's name or none, or the end of a sentence
    # "a two-house Congress", "the Kuomintang-dominated Congress": a kind of congress
    return word[0].isupper() or word in ("'s", "\u2019s") or _HYPHENATED.search(word) is not None


# "Georgia" in a text about American places (another state, Atlanta) and none of the
# Caucasus: the U.S. state, no actor ("a visit to Georgia early in her campaign").
_AMERICAN_PLACES = re.compile(
    r"\b(?:Atlanta|Savannah|Alabama|Arizona|Florida|Pennsylvania|Michigan|Wisconsin|"
    r"(?:North|South)\s+Carolina|Nevada|Texas|Ohio|Tennessee|Virginia|Iowa|Kentucky|"
    r"Mississippi|DeKalb|Fulton\s+County)\b"
)
_CAUCASUS = re.compile(
    r"\b(?:Tbilisi|Georgian|Georgians|Saakashvili|Shevardnadze|Abkhaz\w*|Ossetia\w*|"
    r"Caucasus|Soviet\s+republic)\b"
)


@functools.lru_cache(maxsize=8)
def _the_us_state(text: str) -> bool:
    """Whether "Georgia" in ``text`` is the U.S. state (``_AMERICAN_PLACES``); read once
    for all the mentions of one text."""
    return _AMERICAN_PLACES.search(text) is not None and _CAUCASUS.search(text) is None


# States whose names are also first names, and a surname after one: "Chad Sweet", "Jordan
# Henderson" (not "Jordan King Abdullah", "Chad President Idriss Deby": a title follows).
_GIVEN_NAMES = frozenset({"Chad", "Jordan", "Georgia"})
_SURNAME_AFTER = re.compile(
    r" (?!(?:King|Queen|Prince|President|Prime|Foreign|Defen[cs]e|Minister|Government|"
    r"Army|River|Valley|Basin|Lake)\b)[A-Z][a-z]+\b(?!['\u2019]s\s+(?:capital|government))"
)


# A head of state or seat whose name is also a surname: "Donna Pope, director of the U.S.
# Mint", "Ana Santiago, 32, said" (not "Washington": "the USS George Washington").
_SURNAMES = frozenset({"Pope", "Santiago"})
_NOT_GIVEN = frozenset(
    {"The", "A", "An", "In", "At", "On", "By", "Of", "For", "And", "But", "Late", "Former"}
    | {"Holy", "Catholic", "Roman", "Coptic", "Orthodox", "Said", "Says", "New", "Visiting"}
    | {"Emeritus", "When", "While", "As", "If", "Then", "Now", "Today", "Meanwhile", "Also"}
)
_BEFORE_SURNAME = re.compile(r"\b([A-Z][a-z]+) (" + "|".join(sorted(_SURNAMES)) + r")\b(?! [A-Z])")


def _a_surname(text: str, mention: Mention) -> bool:
    """Whether the text names someone whose surname is ``mention``'s name (a capitalised
    given name right before it, not a title, a state's adjective or a word of faith),
    and this mention is that person's: not after "the" ("the Pope") nor before a name of
    its own ("Pope Francis")."""
    terms = gazetteer().terms
    named = any(
        given.group(2) == mention.text
        and given.group(1) not in _NOT_GIVEN
        and given.group(1) not in terms
        for given in _BEFORE_SURNAME.finditer(text)
    )
    if not named:
        return False
    before = text[max(0, mention.start - 4) : mention.start].lower()
    return not before.endswith("the ") and not re.match(r" [A-Z]", text[mention.end :])


# A firm's site named by its place: "(London branch)", "its Tokyo office", "a Mexico plant".
_SITE_AFTER = re.compile(r"\s+(?:branch|branches|office|offices|bureau|plant|factory)\b")


# Joined to a name, what makes it where someone is from or something is: "London-based".
# "a Netherlands-based group", "an Australian-style points system": where something is or
# what it is like, not who acts. (Not "-made": "tariffs on Mexican-made cars" target Mexico.)
_WHERE_SUFFIX = re.compile(
    r"-(?:based|born|headquartered|registered|flagged|style|type|like|inspired)\b"
)


def is_place(text: str, mention: Mention) -> bool:
    """Whether ``mention`` names where something is or happens ("in Kampala", "in the
    U.S. for talks", a dateline's "OSLO, ", "American Pacific Mining Inc"), not an
    actor; nor a seat that ends another body's name ("Brazil's National Congress"), nor
    the U.S. state of Georgia."""
    start, end = mention.start, mention.end
    if text.startswith("-", end) and _WHERE_SUFFIX.match(text, end):
        return True  # "a Netherlands-based group", "a China-born woman": where, not who
    if mention.kind in NAMES_OR_SEATS or (
        mention.kind == "adjective" and NO_NOUN_AFTER.match(text, end) is not None
    ):
        # Checked per mention on a short window: far cheaper than scanning the whole text.
        before = text[start - 20 if start > 20 else 0 : start]
        body = before.rstrip()
        # Cheap tests first: a preposition needs a space and a word that ends like one before
        # the mention; a dateline, a comma (or only spaces in the window).
        if (
            len(body) < len(before)
            and body.endswith(_PLACE_WORD_ENDS)
            and _PREPOSITION_BEFORE.search(text, start - len(before), start)
            and not (_from_or_in(body) and _PARTY_FROM.search(text, max(0, start - 70), start))
            and not _government_in(text, start)
        ):
            return True
        if body.endswith(",") or not body:
            line_start = text.rfind("\n", 0, start) + 1
            if _DATELINE_BEFORE.fullmatch(text, line_start, start):
                return True
    if private_body_of(text, start):
        return True  # "the Foreign Bankers Association of Peru": a private body's name
    if mention.text in _SHARED_SEATS and _named_by_another(text, start):
        return True
    if mention.text in _GIVEN_NAMES and _SURNAME_AFTER.match(text, end):
        return True  # "Chad Sweet, campaign chairman": a person's first name
    if mention.text in _SURNAMES and _a_surname(text, mention):
        return True  # "Donna Pope, director of the U.S. Mint", and "Pope said" after her
    if mention.text == "Georgia" and _the_us_state(text):
        return True
    if text.endswith("Air ", 0, start):
        return True  # "Air New Zealand said it", "Air India": an airline named after it
    if text.endswith("(", 0, start) and text.startswith(")", end):
        # "Acme Aero (Canada) Inc", "Toyota (Chile) SA": a firm's national arm
        return company_after(text, end + 1)
    if mention.kind in NAMES_OR_SEATS and _SITE_AFTER.match(text, end):
        return True  # "Union Bank of Switzerland (London branch) said": a firm's site
    return company_after(text, end)


# The capitalised words of a name, with "of" and "and" inside it ("Bank of Tokyo").
_NAME_RUN = re.compile(r"[A-Z][\w.&'\u2019-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w.&'\u2019-]*){0,3}")
# Words that make a name after a state's possessive one of its organs, not a firm: "Iran's
# Revolutionary Guards", "Russia's Duma", "Japan's Diet", "Britain's Cabinet Office", and
# its intelligence services by name ("Israel's Mossad", "Russia's FSB").
_ORGANS = frozenset(
    {"guards", "corps", "cabinet", "duma", "congress", "senate", "diet"}
    | {"mossad", "fsb", "kgb", "gru", "svr", "irgc", "isi", "sbu", "cia", "fbi", "mi6", "mi5"}
)
# An organ of state named by initials, then what it is: "Ukraine's SBU security service".
_ORGAN_AFTER = re.compile(
    r"\s+(?:state\s+|national\s+|internal\s+|foreign\s+)?(?:security\s+|intelligence\s+)?"
    r"(?:service|agency|ministry|army|police|military|forces|guards?|government|"
    r"parliament|council|court|committee|office|regulator|watchdog)\b"
)


def names_a_thing(text: str, start: int) -> bool:
    """Whether the capitalised name at ``start`` (which no actor's mention opens), right
    after a state's possessive, is a thing the state owns or holds ("Taiwan's Foxconn",
    "Japan's Nikkei", "Mexico's Sinaloa cartel"), not an office or an organ of state
    ("Japan's Foreign Ministry", "Ukraine's SBU security service") nor an adjective
    ("Washington's European allies")."""
    run = _NAME_RUN.match(text, start)
    if run is None:
        return False
    gz = gazetteer()
    first = run.group().split()[0]
    if first in gz.terms or first in NOT_NAMES:
        return False
    words = {word.rstrip(".").lower() for word in run.group().split()}
    if not (words.isdisjoint(gz.office_words) and words.isdisjoint(gz.institutions | _ORGANS)):
        return False
    return _ORGAN_AFTER.match(text, run.end()) is None
