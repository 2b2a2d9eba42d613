"""Clause-level word tests shared by the offline rules: where a clause starts, whether a
text ends with a word, the clause around a trigger, the words around a sanction, whether
the words between two actors list them together, and what a state's adjective describes.

The patterns that look for words are built by ``word_alternatives``: they open with a
literal, so the regex engine skips to candidates instead of trying each position
(``tests/test_matchers.py`` checks each against its plain form).
"""

from __future__ import annotations

import re

from ...text.gazetteer import gazetteer
from ...text.matching import is_word_char, word_alternatives
from .titles import OFFICE_AFTER, POSSESSIVE

__all__ = [
    "AUXILIARIES",
    "CHARACTERISED",
    "CLAUSE_START",
    "IMPOSES_AHEAD",
    "MODALS",
    "POSTED_TO",
    "SANCTION_TARGET",
    "TO_BEFORE",
    "UNLIKELY",
    "describes_other_than_agent",
    "ends_with_word",
    "joins_list",
    "local_clause",
    "of_no_agent",
    "office_after",
    "office_end",
]

# "envoy to Syria", "ambassador to the United Nations": the state a person is posted to, named right
# after these words, is neither a party nor the subject.
POSTED_TO = re.compile(
    r"\b(?:envoy|ambassador|representative|mission)s?\s+(?:to|for)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)

# "what it called U.S. efforts to", "what China described as Japan's plans to": a
# characterisation by the one who speaks, up to the word it ends at; what it names is
# not the stated aim or position of those named inside it.
CHARACTERISED = re.compile(
    r"\bwhat\s+(?:it|they|he|she|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:called|calls|deemed|deems|termed|terms|branded|brands|"
    r"(?:described|describes|sees|saw|views|viewed|regards|regarded|characteri[sz]ed)\s+as|"
    r"considers|considered)\s+[^,;:]*\Z"
)

# A plan given up: "has dropped plans to oppose the request", "UK drops plan to challenge":
# neither the aim nor the position is held any more.
_DROP = (
    r"\b(?:drop|drops|dropped|dropping|abandon|abandons|abandoned|abandoning|shelve|shelves|"
    r"shelved|shelving|scrap|scraps|scrapped|scrapping|ditch|ditches|ditched|ditching)\s+"
    r"(?:(?:its|their|his|her|the|a|an)\s+)?(?:[a-z-]+\s+)?"
)
_DROPPED_PLAN = re.compile(_DROP + r"\Z")
_DROPPED_AIM = re.compile(_DROP + r"(?:plans?|bid|attempts?|efforts?|proposals?)\s+to\s+\Z")
_DENIAL = re.compile(r"\b(?:not|no|never)\b|n['\u2019]t\b")


def dropped(text: str, offset: int, *, plan_word: bool) -> bool:
    """Whether a plan given up ends at ``offset``: before the plan word itself
    (``plan_word``: "dropped | plans to") or before what the plan was to do ("dropped
    plans to | oppose"); not when the giving up is denied ("gave no sign it would
    abandon its plan to")."""
    pattern = _DROPPED_PLAN if plan_word else _DROPPED_AIM
    found = pattern.search(text, max(0, offset - 50), offset)
    return found is not None and not _DENIAL.search(text, max(0, found.start() - 60), found.start())


# Said to be unlikely: "little prospect of America agreeing", "no sign that Peru would
# back", "no signs of any intention to impose": a guess that a position or aim will not be
# taken, neither stated. A conjunction ends the phrase ("little hope of success as Russia
# backs" is Russia's).
UNLIKELY = re.compile(
    r"\b(?:little|no|slim|scant|faint)\s+(?:prospects?|chances?|hopes?|signs?|likelihood|"
    r"indications?|evidence)[\"'\u201d\u2019]?\s+(?:of|that)\s+"
    r"(?:(?!(?:as|while|because|when|after|but|and)\b)[\w.'\u2019-]+\s+){0,4}\Z",
    re.IGNORECASE,
)

# "to" right before a word: an infinitive ("to protest", "will meet Li to discuss").
TO_BEFORE = re.compile(r"\bto\s+\Z")

# The auxiliary verbs, which open a predicate whose subject stands before them ("...,
# has angered the bloc", "..., was holding back"). A pattern fragment, one group.
AUXILIARIES = r"(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must)"

# What one must do: a demand on the subject ("Peru needs to do more"), or on the speaker
# ("we must seek"). A pattern fragment, for the patterns of ``speech`` and ``goals``.
MODALS = r"(?:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)"

CLAUSE_START = re.compile(
    r";|:|" + word_alternatives(["but", "although", "while", "whereas"]) + r"\b"
)
SANCTION_TARGET = re.compile(
    word_alternatives(["against", "on", "targeting", "over", "to", "for"]) + r"\b"
)
IMPOSES_AHEAD = re.compile(
    r"\s+(?:has |have |had |will |would |could )?(?:\w+ly )?"
    r"(?:imposed|imposes|impose|slapped|threatened|threatens)\b"
)


def ends_with_word(text: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[:end]`` ends with one of ``words`` (any case), then whitespace, as
    a case-insensitive search for that word and ``\\s+$`` would say, but without a
    pattern tried at every position of the text."""
    head = text[:end]
    stripped = head.rstrip()
    if len(stripped) == len(head):
        return False
    tail = stripped[-12:].lower()
    for word in words:
        before = len(stripped) - len(word) - 1
        if tail.endswith(word) and (before < 0 or not is_word_char(stripped[before])):
            return True
    return False


def local_clause(
    text: str, start: int, end: int, before: int = 80, after: int = 60
) -> tuple[int, int]:
    """The clause around ``text[start:end]``: a status cue must be close to its trigger."""
    left = max(0, start - before)
    cut = list(CLAUSE_START.finditer(text, left, start))
    right = min(len(text), end + after)
    stop = CLAUSE_START.search(text, end, right)
    return (cut[-1].end() if cut else left), (stop.start() if stop else right)


# "and the Soviet Union", "and his Japanese counterpart"
_DETERMINERS = frozenset({"the", "his", "her", "their"})
_LIST_JOINS = frozenset({(",",), ("and",), (",", "and"), ("&",), ("as", "well", "as"), ("nor",)})
_LIST_TOKEN = re.compile(r"[^\s,]+|,")


# Those who act for the actor before them: "EU leaders and Turkey", "U.S. officials and".
_ITS_PEOPLE = frozenset(
    {"leaders", "officials", "ministers", "negotiators", "diplomats", "delegates", "envoys"}
)


def joins_list(between: str) -> bool:
    """Whether ``between``, the text between two actors, joins them in one list: ",",
    "and", ", and", also before "the", "his" or a title ("and the Soviet Union", "and Mr
    Reagan", ", and President Putin", "and his Japanese counterpart"), and after the first
    actor's office or people ("Peru's foreign minister and", "EU leaders and")."""
    tokens = _LIST_TOKEN.findall(between.lower())
    offices = gazetteer().office_words
    while tokens and (tokens[-1] in _DETERMINERS or tokens[-1].rstrip(".") in offices):
        tokens.pop()
    # "Peru's foreign minister and ...": the first actor's office is part of it.
    first = 0
    while first < len(tokens) and (
        tokens[first] in POSSESSIVE or tokens[first] in offices or tokens[first] in _ITS_PEOPLE
    ):
        first += 1
    return tuple(tokens[first:]) in _LIST_JOINS


# The words after an adjective ("Palestinian woman", "U.S. defense officials"),
# and the nouns among them that make it describe something other than an agent of its
# state or of a group based there (the annotation guide codes "Syrian rebels" as SYR).
_NEXT_WORDS = re.compile(r"\s+((?:[A-Za-z][a-z-]*\s+){0,2}[A-Za-z][a-z-]*)")
_NOT_AGENTS = frozenset(
    {
        *("woman", "women", "man", "men", "citizen", "citizens", "national", "nationals"),
        *("people", "civilians", "children", "students", "tourists", "workers", "families"),
        *("businessman", "businessmen", "business", "businesses", "bank", "banks", "company"),
        *("companies", "firm", "firms", "investors", "shares", "stocks", "market", "markets"),
        *("economy", "exports", "imports", "products", "goods", "team", "players", "fans"),
        # What a state says or wants: "questioning the American allegations" is no act of
        # the United States.
        *("allegations", "accusations", "charges", "claims", "motives", "intentions"),
        *("club", "writer", "author", "scholar", "experts", "analysts", "economist"),
        *("economists", "voters", "public", "consumers", "employees", "migrants", "refugees"),
        *("victims", "passengers", "villagers", "residents", "crowd", "mother", "father"),
        # Diasporas: "the Pakistani community in Manchester" is no voice of Pakistan.
        *("community", "communities", "diaspora", "expatriates", "expats", "immigrants"),
        # Places: "the Turkish city of Gaziantep" is where, not who.
        *("city", "town", "village", "province", "region", "border", "coast", "territory"),
        *("waters", "island", "port", "soil", "airspace", "capital"),
        # Monitors: "the Chilean Observatory for Human Rights" is no voice of Chile.
        *("observatory", "monitor", "monitors"),
        # Civil society: "Syrian activists expressed concern" is not Syria's position.
        *("activist", "activists", "campaigners", "protesters", "demonstrators", "dissidents"),
        *("journalist", "journalists", "lawyers", "academics", "scholars", "scientists"),
        *("civil", "charities", "charity", "ngos", "volunteers", "doctors", "exiles"),
        # Trades and industries: "Peruvian miners hope to reopen the mine".
        *("miners", "farmers", "fishermen", "unions", "union", "producers", "exporters"),
        *("importers", "manufacturers", "industry", "carmakers", "airlines", "traders"),
        *("bankers", "banker", "dealers", "dealer", "brokers", "broker", "refiners", "refiner"),
        *("growers", "packers", "cattlemen", "steelmakers", "chipmakers", "automakers"),
        *("shipowners", "trader", "exporter", "importer", "manufacturer", "analyst"),
        *("customers", "buyers", "sellers", "suppliers", "clients", "shippers", "lenders"),
        *("insurers", "retailers", "makers", "processors", "dealerships"),
        # One firm: "Japan's largest chip maker", "Peru's biggest lender".
        *("maker", "chipmaker", "carmaker", "steelmaker", "automaker", "producer"),
        *("supplier", "lender", "insurer", "retailer", "conglomerate", "airline"),
        *("carrier", "miner", "brewer", "refinery", "operator", "utility", "bourse"),
        *("controller", "controllers"),
        *("contractor", "contractors", "researcher", "researchers"),
        # Owners and bidders: "the US tycoon", "the Irish duo" of a takeover.
        *("tycoon", "tycoons", "billionaire", "billionaires", "bidder", "bidders", "investor"),
        *("shareholder", "shareholders", "entrepreneur", "entrepreneurs", "owner", "owners"),
        *("businesswoman", "duo"),
        # Numbers about a state: "a U.N. estimate that a million migrants could try to".
        *("estimate", "estimates", "figures", "statistics", "forecast", "forecasts"),
        *("survey", "poll", "polls"),
        # People who act for no state: "a visiting American student".
        *("student", "tourist", "fighter", "fighters", "hostage", "hostages", "prisoner"),
        *("prisoners", "detainee", "detainees"),
        # Figures of an economy: "U.S. oil production would continue to fall".
        *("production", "output", "prices", "deficit", "surplus", "bonds", "currency"),
        *("football", "athletes", "athlete", "olympic", "central"),
        *("runner", "runners", "swimmer", "swimmers", "cyclist", "cyclists", "boxer"),
        *("golfer", "tennis", "striker", "coach", "squad", "champion"),
    }
)

# Events named after a state, right after its name: "the anger over the Iraq war" is no
# act of Iraq (but "Iran's war spokesman" speaks for Iran, and its war is its own).
_EVENTS = frozenset({"war", "wars", "invasion", "crisis"})

# Nouns right after an adjective that make it the state acting: "the Chinese government".
_AGENT_HEADS = frozenset(
    {"government", "authorities", "officials", "leaders", "leadership", "ministry"}
    | {"administration", "regime", "cabinet", "parliament", "delegation", "diplomats"}
)


# A team sent by a government, not a sports team: "a Japanese trade team".
_TEAMS = frozenset({"team", "teams"})
_AGENT_TEAMS = frozenset(
    {"trade", "negotiating", "senate", "congressional", "government", "official", "diplomatic"}
    | {"technical", "advance", "ministerial", "military", "security", "inspection", "monitoring"}
)


# Another adjective coordinated with the first: "Chilean and Peruvian trade groups"
# share their head noun.
_AND_ADJECTIVE = re.compile(r"\s+(?:and|or)\s+(?:[A-Z][\w.-]*\s+){1,2}(?=[a-z])")
# Groups that act for no state, unless armed or political: "trade groups", not "rebel groups".
_GROUPS = frozenset({"group", "groups", "lobby", "lobbies", "association", "associations"})
_AGENT_GROUPS = frozenset(
    {"rebel", "militant", "armed", "opposition", "insurgent", "jihadist", "islamist"}
    | {"extremist", "terrorist", "guerrilla", "militia", "political", "separatist"}
)


_NOUN_AFTER = re.compile(r" ([a-z][a-z-]*)\b")


def names_other_than_agent(text: str, end: int) -> bool:
    """Whether a state's or body's name ending at ``end`` is used as an adjective of
    something other than its agent ("EU firms", "China banks"): the word right after it."""
    noun = _NOUN_AFTER.match(text, end)
    return noun is not None and (
        noun.group(1) in _NOT_AGENTS or noun.group(1) in _GROUPS or noun.group(1) in _EVENTS
    )


# A noun that acts for no state, then a preposition, right before a name: "Researchers at
# the German Aerospace Center", "citizens of Switzerland". Not a bank or a team: "the
# central banks of Mexico and Peru", "a team of Nigerian officials" act for them; nor a
# word of a name ("Export-Import Bank of Japan").
_NOUN_AND_PREPOSITION = re.compile(
    r"\b([A-Za-z][a-z-]*)\s+(?:at|of|from|with|for|in)\s+(?:the\s+|a\s+|an\s+)?\Z"
)
_ACTING_FOR = frozenset({"bank", "banks", "team", "teams"})


def of_no_agent(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows a noun that acts for no state and a
    preposition ("Researchers at the | German Aerospace Center"): no subject of a verb."""
    noun = _NOUN_AND_PREPOSITION.search(text, max(0, start - 40), start)
    if noun is None:
        return False
    word = noun.group(1)
    if word[0].isupper() and text[: noun.start(1)].strip() not in ("", "The", "the"):
        return False  # a word of a name, not the sentence's opening noun
    return word.lower() in _NOT_AGENTS and word.lower() not in _ACTING_FOR


def describes_other_than_agent(text: str, end: int) -> bool:
    """Whether the words after a state's adjective ending at ``end`` make it describe
    something other than an agent of the state ("a Palestinian woman", "Italian banks",
    "Chilean and Peruvian trade groups")."""
    if OFFICE_AFTER.match(text, end):
        return False  # "Argentina's economy minister": an office, whatever its portfolio
    coordinated = _AND_ADJECTIVE.match(text, end)
    if coordinated is not None:
        end = coordinated.end() - 1
    head = _NEXT_WORDS.match(text, end)
    if head is None:
        return False  # "an EU demand" with nothing after, or a name follows
    words = head.group(1).lower().split()
    if words[0] in _AGENT_HEADS:
        return False  # "the Chinese government suspended imports": what follows is its act
    for index, word in enumerate(words):
        if word in _GROUPS and (index == 0 or words[index - 1] not in _AGENT_GROUPS):
            return True
        if word in _TEAMS and index and words[index - 1] in _AGENT_TEAMS:
            return False  # "a Japanese trade team", "a U.S. Senate team": a delegation
    return any(word in _NOT_AGENTS for word in words)


def office_after(text: str, end: int) -> bool:
    """Whether an office held by one person follows a state's adjective ending at ``end``
    ("the Russian foreign minister")."""
    return OFFICE_AFTER.match(text, end) is not None


def office_end(text: str, end: int) -> int | None:
    """Where the office after a state's adjective or possessive ending at ``end`` ends
    ("Japan's prime minister"), or ``None`` when no office follows."""
    start = end + 2 if text.startswith(("'s", "\u2019s"), end) else end
    office = OFFICE_AFTER.match(text, start)
    return office.end() if office is not None else None
