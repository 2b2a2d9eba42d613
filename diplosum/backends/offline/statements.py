"""A goal's statement: what an aim is, as a phrase a person can read (``phrases``).

After the trigger ("wants | to settle the dispute"), or from a verb that names the aim
("sent observers | to ensure ..."); for an aim named by a noun ("her plan to lift the
tariffs | was a mistake"), up to the sentence's verb; for "do so", what it stands for. No
statement for an office sought ("a fifth term"), an aim disclaimed ("intends no threat")
or an amount ("raised its pledge to 88 billion yen").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import Hit
from .phrases import readable
from .sentence import RuleSentence

__all__ = ["BARE_PLANS", "DETERMINER", "NOUN_AIMS", "VERB_OPENS", "aim_statement"]

# A determiner right before a trigger: a noun ("its pledge to", "the target of").
DETERMINER = re.compile(r"\b(?:its|his|her|their|the|a|an)\s+\Z", re.IGNORECASE)
# An aim disclaimed: "intends no threat" (not "determined not to", which is an aim).
_DISCLAIMED = re.compile(r"no\b", re.IGNORECASE)
# A noun of aim right before a verb trigger: "attempt to | seek", "effort to | secure".
_AFTER_AIM_NOUN = re.compile(
    r"\b(?:attempts?|efforts?|bids?|moves?|plans?|decision|drive|push|campaign|readiness|"
    r"willingness|determination)\s+to\s+\Z"
)
# Aims named by a noun ("her plan to lift the tariffs was a mistake"): the aim
# ends where the sentence's own verb begins.
NOUN_AIMS = frozenset(
    {"a move to", "bid to", "effort to", "efforts to", "plan to", "commitment to"}
    | {"determination to", "intention to", "priority to", "aim of", "goal of", "policy of"}
    | {"plans", "aims of", "goals of", "objectives of"}
)
BARE_PLANS = frozenset({"plans"})
# Aims named by their verb ("sent observers to ensure the vote was fair"): the statement
# opens with the verb, not after it.
# Triggers whose statement opens inside them, on the verb: "to ensure | ensure ...",
# "will send | send a delegation to ...", "would give | give" (not "a delegation to ...").
VERB_OPENS = {"to ensure": len("to "), "ensure that": 0} | {
    f"{modal} {verb}": len(modal) + 1
    for modal in ("will", "would")
    for verb in ("send", "give", "provide")
}
_NOUN_BEFORE = re.compile(r"(?:'s|\u2019s|\b(?:its|his|her|their|the|a|an))\s+\Z", re.IGNORECASE)
_POSSESSIVE_FIRST = re.compile(r"(?:his|her|its|their|our|my)\s", re.IGNORECASE)
# The verb of a sentence whose subject names an aim: an auxiliary, or what became of the
# aim ("Colombia's attempt to rescue the talks | failed").
_MAIN_VERB = re.compile(
    r"\s(?:was|is|were|are|has|have|had|will|would|could|may|might|remains|remained|"
    r"failed|collapsed|"
    r"faltered|stalled|foundered|floundered|succeeded|backfired|fell\s+through|broke\s+down|"
    # "efforts to impeach her | gained momentum"
    r"(?:gain(?:s|ed)?|gather(?:s|ed)?|los(?:es|t)|picked\s+up)"
    r"(?=\s+(?:momentum|ground|traction|steam|pace)\b)|"
    r"came\s+to\s+nothing|"
    # "plans to ship its first cargo of copper | emerged late last week"
    r"[a-z]+ed(?=\s+(?:late\s+|early\s+)?(?:last|this|on|yesterday|today)\b)|"
    # "plan to double hydro output | stressed the need", "plans to lease ships | look set
    # to": a past verb with its object, or a verb of seeming
    r"[a-z]{3,}ed(?=\s+(?:the|a|an|that|its|their|his|her)\s)|"
    r"(?:looks?|looked|seems?|seemed|appears?|appeared)(?=\s+(?:set\b|to\s)))\b"
)


# A clause of its own inside the aim, whose verb is not the main clause's: "to rescue the
# lenders after a drought in 1998 | caused a slump".
_CLAUSE_INSIDE = re.compile(r"\b(?:after|before|when|since|because|while|until|if|unless)\s")


# One word, then the main clause's verb: the aim of a noun ("commitment to | reform | was
# waning"), which alone would be no phrase.
_ONE_WORD_AIM = re.compile(rf"([\w'-]+)(?={_MAIN_VERB.pattern})")
# An auxiliary or copula opening the sentence's verb: "were", "has".
_AUXILIARY_VERB = re.compile(r"\s(?:was|is|were|are|has|have|had|will|would)\s")


def _before_main_verb(statement: str, verb_pattern: re.Pattern[str] = _MAIN_VERB) -> str:
    """``statement`` up to the main clause's verb (``verb_pattern``), if two words or more
    come before it and no conjunction opens a clause of its own there."""
    verb = verb_pattern.search(statement)
    if verb is None or len(statement[: verb.start()].split()) < 2:
        return statement
    if _CLAUSE_INSIDE.search(statement, 0, verb.start()):
        return statement
    # Cut there, it is trimmed again: "ending the war in Bolivia | where Peru has".
    return readable(statement[: verb.start()], 0, 14) or statement


_OFFICE_SOUGHT = re.compile(
    # "a third consecutive six-year term"
    r"\b(?:(?:second|third|fourth|fifth|sixth|new|another|full)\s+"
    r"(?:(?:consecutive|straight|successive|[\w-]+-year)\s+){0,2}term|re-?election|"
    r"(?:party'?s?|presidential)\s+nomination|"
    # "committed to staying in the 2024 race": a candidate's, no aim of the state
    r"(?:stay|staying|remain|remaining)\s+in\s+the\s+(?:\d{4}\s+)?(?:presidential\s+)?race)\b",
    re.IGNORECASE,
)


# A trigger's "to" before a determiner or a number is a preposition, not an infinitive's
# ("its bid to the 2 billion mark", "pledged to the fund"); "committed to the peace
# process" and "a priority to the talks" name their aim as a noun.
_PREPOSITION_TO = re.compile(
    r"(?<!commit)(?<!committed)(?<!committing)(?<!commits)"
    r"(?<!commitment)(?<!priority) to\Z"
)
_NOUN_AFTER_TO = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|this|that|these|those|\d)\b", re.IGNORECASE
)


# A pseudo-cleft's verb and copula ("what we want to do is", "things we must do is"):
# the aim is what follows.
_DO_IS = re.compile(r"(?:do|achieve)\s+(?:is|was|will\s+be)\s+(?:to\s+)?")
_PRO_FORMS = frozenset({"do so", "do that", "do it", "doing so", "so", "that"})

# A promise made to someone, its act in a clause of its own ("promised the exiles he
# would raise the issue", "vowed during the campaign that it will lift the ban"): the aim
# is that clause's predicate, not who was promised it.
_PROMISES = frozenset({"promised", "pledged", "pledges", "pledging", "vowed", "vows"})
# Where or when a promise was made, right after its verb: "promised on the campaign
# trail", "pledged during the campaign" (what was promised came before, or after "to"), or
# for whom: "the welcome it had promised for the president".
# Words of a clause of its own before "to" ("Chile would take more steps to"): the
# promise is that clause, not what follows "to".
_CLAUSE_WORDS = frozenset({"that", "would", "will", "could", "should", "can", "may", "must"})
_WHERE_PROMISED = re.compile(r"\s+(?:on|in|at|during|before|after|while|last|since|for)\b")
_PROMISED_ACT = re.compile(
    r"[^,;:]{0,80}?(?:\bthat\s+|\s)(?:he|she|it|they|we|I)\s+"
    r"(?:would|will|could|should|shall)\s+(?=\w)"
)


# "The aim of the project is to encourage ...", "the goal of the talks was to end ...":
# the aim is what follows "is to", not whose it is.
_AIM_OF = frozenset(
    {"aim of", "aims of", "goal of", "goals of", "objectives of", "the aim", "the goal"}
)
_AIM_OF_IS_TO = re.compile(
    r"\s+of\s+(?:[^,;:.]|(?<=\b[A-Za-z])\.){1,60}?\s+(?:is|was|are|were)\s+to\s+"
)


def _promised_act(text: str, trigger: Hit) -> str | None:
    """The act of a promise whose clause follows who was promised it, or ``None``."""
    if trigger.phrase not in _PROMISES:
        return None
    act = _PROMISED_ACT.match(text, trigger.end)
    return readable(text, act.end(), 14) if act is not None else None


def _with_antecedent(s: RuleSentence, trigger: Hit) -> str | None:
    """What a pro-form aim stands for: the predicate from the actor named last before it
    ("Peru | had always paid on time and would continue to do so")."""
    named = [a for a in s.actors if a.end <= trigger.start and a.code]
    return readable(s.text, named[-1].end, 16) if named else None


def _noun_of_aim(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a noun with its infinitive ("his aim to cut the deficits |
    have prompted", "Chile's pledge to"), whose aim the sentence's verb ends; not one with
    a clause of its own ("hopes that Peru was nearing a deal")."""
    if not (trigger.phrase.endswith(" to") or s.text.startswith(" to ", trigger.end)):
        return False
    owned = _NOUN_BEFORE.search(s.text, max(0, trigger.start - 8), trigger.start)
    return owned is not None or _POSSESSIVE_FIRST.match(trigger.phrase) is not None


# A noun of aim, then a copula and no aim: "the plans were bold" (not "the plan is to",
# "our goal is a lasting peace", "the aim was ending the war").
_AIM_NOUNS = frozenset({"plan", "plans", "aim", "aims", "goal", "goals", "objective"})
_JUDGED_AIM = re.compile(
    r"\s+(?:is|are|was|were|seem|seems|seemed|look|looks|looked|remain|remains|remained)\s+"
    r"[\"\u201c']?"
    r"(?!(?:to|that|a|an|the|its|their|our|his|her|for|not|now|still|also|clear)\b|[a-z]+ing\b)"
    r"[a-z]"
)


_SEEK = frozenset({"seek", "seeks", "sought", "seeking"})


# An aim's verb with no object after it, past the trigger if it opens the statement and
# before a time or place: "hold in May", "trying to reach", "wanted to settle".
_NO_OBJECT = re.compile(
    r"(?P<verb>[\"'\u201c]?(?:(?:[a-z]+\s+){1,2}to\s+)?[a-z]+[\"'\u201d]?)"
    r"(?P<rest>\s+(?:in|on|at|by|during|before|after|next|this|last|later|soon)\b"
    r"(?:\s+[\w.'-]+){0,3})?"
)
# A relative clause that ends at the trigger: a noun with its determiner, then the
# clause's own subject ("the talks that she hopes to", "a matter the prime minister
# wanted to"); the noun is what the verb after the trigger takes. (Not "condemned the
# raid and vowed to": no subject of its own.)
_SUBJECT = (
    r"(?:he|she|they|it|we|I|you|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}|"
    r"(?:the|its|his|her|their)\s+(?:(?!and\b)[\w.'-]+\s+){0,2}?(?!and\b)[a-z-]+)"
)
_NOT_IN_A_NOUN = (
    r"(?!(?:to|from|of|for|in|on|at|with|by|and|or|as|into|about|over|than|before|after|"
    r"until|while|when|because|since|if|must|will|would|can|could|should|may|might)\b)"
)
# (nor those told what follows: "told the reporters Chile wants to ...")
_TOLD = r"(?!(?:reporters|journalists|parliament|lawmakers|media|press|audience|crowd)\b)"
_RELATIVE_BEFORE = re.compile(
    r"\b(?P<noun>(?:the|a|an|its|his|her|their|this|these|those|other|next|any)\s+"
    # (a noun of a noun too: "the amount of financing | the U.S. was willing to supply")
    rf"(?:{_NOT_IN_A_NOUN}[a-z-]+\s+|of\s+){{0,3}}?{_NOT_IN_A_NOUN}{_TOLD}[a-z]{{3,}})\s+"
    rf"(?:(?:that|which)\s+)?{_SUBJECT}\s+"
    r"(?:(?:is|are|was|were|has|have|had|will|would|still|also)\s+)?\Z"
)


# Nouns that stand for another named elsewhere in the sentence ("Trade was an issue ...").
_GENERIC = frozenset({"issue", "issues", "matter", "matters", "thing", "things", "one", "ones"})
_GENERIC |= {"area", "areas", "question", "questions", "topic", "topics", "subject", "point"}


def _with_object(text: str, start: int, bare: re.Match[str]) -> str | None:
    """The aim ``bare`` (a verb with no object) with the noun of the relative clause that
    ends at ``start`` as its object ("hold | the talks | in May"), if one does."""
    relative = _RELATIVE_BEFORE.search(text, max(0, start - 70), start)
    if relative is None or relative.group("noun").rsplit(None, 1)[-1] in _GENERIC:
        return None  # ("an issue the minister wanted to expand": what the issue is, elsewhere)
    return f"{bare.group('verb')} {relative.group('noun')}{bare.group('rest') or ''}"


def aim_statement(
    s: RuleSentence,
    trigger: Hit,
    text: str,
    *,
    may_open_on_trigger: Callable[[RuleSentence, Hit], bool],
) -> str | None:
    """The aim ``trigger`` states in ``text`` (``s``'s text, or its opening phrase of
    aim), or ``None``. Too short after the trigger, the trigger opens it ("wants to
    negotiate"), if ``may_open_on_trigger(s, trigger)``."""
    begins = (
        trigger.start + VERB_OPENS[trigger.phrase] if trigger.phrase in VERB_OPENS else trigger.end
    )
    of_at = trigger.end - len(" of") if trigger.phrase.endswith(" of") else trigger.end
    whose = _AIM_OF_IS_TO.match(text, of_at) if trigger.phrase.lower() in _AIM_OF else None
    if whose is not None:
        begins = whose.end()  # "the aim of the project | is to | encourage ...": what follows
    if _JUDGED_AIM.match(text, trigger.end) and trigger.phrase.split()[-1] in _AIM_NOUNS:
        return None  # "Peru's plans were appropriately bold": a judgment of them, no aim
    promised = _promised_act(text, trigger)
    statement = (
        promised
        or readable(text.rstrip(", "), begins, 14)
        or (readable(text, trigger.start, 14) if may_open_on_trigger(s, trigger) else None)
    )
    if statement is None or _OFFICE_SOUGHT.search(statement):
        return None  # "seeking a fifth term": a politician's office, no aim of the state
    if (
        promised is None
        and trigger.phrase in _PROMISES
        and _WHERE_PROMISED.match(text, trigger.end)
    ):
        if " to " not in f" {statement} ":
            return None  # "the reforms she pledged during the election": where, not what
        # "vowed at the OAS in 2015 to end child labour": what, past where and when
        # (not past a clause of its own: "vowed on Monday that Chile would take ...")
        where, _, what = statement.partition(" to ")
        if what and _CLAUSE_WORDS.isdisjoint(where.lower().split()):
            statement = what
    if statement.startswith("out ") and trigger.phrase.split()[-1] in _SEEK:
        statement = statement[len("out ") :]  # "will seek out new technologies": the particle
    if _DISCLAIMED.match(statement):
        return None  # "intends no threat to shipping": an aim disclaimed
    if trigger.phrase not in NOUN_AIMS and (bare := _NO_OBJECT.fullmatch(statement)):
        # "the talks he hopes to hold in May": the relative clause's noun is the object
        statement = _with_object(s.text, trigger.start, bare) or statement
    if statement[:1].isdigit() and DETERMINER.search(s.text, 0, trigger.start):
        return None  # "raised its pledge to 88 billion yen": an amount, no aim
    if _PREPOSITION_TO.search(trigger.phrase) and _NOUN_AFTER_TO.match(text, trigger.end):
        return None  # "may up its bid to the 1.5 billion mark": "to" a preposition
    if (
        trigger.phrase in NOUN_AIMS
        or _AFTER_AIM_NOUN.search(s.text, max(0, trigger.start - 24), trigger.start)
        or _noun_of_aim(s, trigger)
    ):
        # "Brazil's attempt to seek better terms | is responsible": the aim is the
        # subject's noun phrase, which the sentence's verb ends.
        statement = _before_main_verb(statement)
        if trigger.phrase in NOUN_AIMS and (one := _ONE_WORD_AIM.match(statement)):
            # "Peru's commitment to reform | was waning": the noun and its word with it
            statement = f"{trigger.text} {one.group(1)}"
    elif text.startswith((" of ", " for "), trigger.end):
        # "pledges of a calmer tone | were soon tested", "hopes for a joint effort | are
        # slim": a noun's object, which an auxiliary of the sentence's verb ends
        statement = _before_main_verb(statement, _AUXILIARY_VERB)
    if (cleft := _DO_IS.match(statement)) is not None and len(statement) > cleft.end():
        # "the first thing we must do is cut subsidies": what is to be done follows "is"
        statement = statement[cleft.end() :]
    if statement.lower() in _PRO_FORMS:
        # "had always paid on time and would continue to do so": what "so" stands for.
        statement = _with_antecedent(s, trigger) or statement
    return statement
