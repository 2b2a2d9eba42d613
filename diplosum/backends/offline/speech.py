"""Reported speech: what position what a speaker said takes.

News states most positions as speech, not with a stance verb: "Lavrov said his country
would never accept the plan", '"This is a grave error," the minister said.' Who said it
is ``speakers``'. The position comes from evaluative words in what was said
(``data/lexicon.json``, ``evaluation``, counted by ``speech_polarity``): more words
against than for is "oppose", more for than against is "support"; none at all, no
stance, unless what was said is a demand on another ("Lavrov said Kyiv must withdraw
its troops"), which is "neutral", as an appeal ("urged Kyiv to withdraw") is. Calling
something a judgment ("Turkey called the decision a mistake") is its caller's position
about it, speech or not.
"""

from __future__ import annotations

import re

from ...models import Stance
from ...text.dates import WEEKDAYS
from .actors import ActorMention
from .appeals import STOPPING
from .clauses import MODALS
from .judgments import NAMING_WORDS, called, judged_by
from .lexicon import Hit
from .phrases import readable
from .quotations import CLOSING_MARKS, opens_quotation, quoted_at
from .reported import TOLD_AUDIENCE
from .sentence import Nearby, RuleSentence
from .speakers import inverted, joint_speakers, speaker
from .speech_polarity import polarity
from .topic_objects import said_of
from .topics import names_only_holder, past_feeling

__all__ = ["reported_stances"]

# After a reporting verb that ends its sentence: a time or a manner, nothing said.
_TRAILING = re.compile(
    r"\s*(?:(?:on|in|at|late|early|last|this)\s+\w+|today|yesterday|in\s+a\s+statement|"
    r"in\s+an\s+interview|\w+ly)?\s*[.!?\"'\u201d\u2019]*\s*"
)


def _said_from(text: str, offset: int) -> int:
    """Where what was said starts after a reporting verb ending at ``offset``: past the
    colon or comma that may introduce a quotation ("said: 'This is ...'")."""
    rest = text[offset : offset + 3]
    stripped = rest.lstrip()
    return offset + len(rest) - len(stripped) + 1 if stripped[:1] in (":", ",") else offset


def _topic(s: RuleSentence, speaker: ActorMention) -> str | None:
    """What was said, briefly: the clause after the reporting verb, or the sentence's own
    words when the speaker comes after them ('"...," Hague said'); after "According to
    X,", the main clause; a quotation that closes right before the speaker ('He said
    that "...", Ana Soto told the paper')."""
    closed = max(s.text.rfind('"', 0, speaker.start), s.text.rfind("\u201d", 0, speaker.start))
    if closed >= 0 and (of := said_of(s, closed)):
        return of  # '"We will never accept this," Peru said of the plan': the plan
    quoted = _QUOTED_BEFORE.search(s.text, 0, speaker.start)
    # (Words said, not a term quoted: five words or more.)
    if quoted is not None and len(quoted.group(1).split()) >= 5:
        said = readable(s.text, quoted.start(1))
        if said:
            return said
    for clause in s.find("reporting"):
        if clause.phrase == "according to" and speaker.start >= clause.end:
            comma = s.text.find(", ", speaker.end)
            said = readable(s.text, comma + 2) if comma >= 0 else None
            if said:
                return said
            continue
        # 'said, "We ...': a quotation right after the verb is what was said.
        quote = _QUOTE_AFTER.match(s.text, clause.end)
        if quote is not None and (said := readable(s.text, quote.end())):
            return said
        # "..., the Philippine president said on Monday": what was said came first; so
        # it did for "..., said Ana Lopez".
        trailing = _TRAILING.fullmatch(s.text, clause.end) is not None
        if (
            not trailing
            and not inverted(s, clause)
            and speaker.start < clause.start
            and not _after_quotation(s, speaker)
            and (
                after := readable(
                    s.text, past_feeling(s, _said_from(s.text, _told_that(s.text, clause)))
                )
            )
        ):
            return after
    # "The paper quoted Ana Soto as saying the plan had failed": what follows it.
    quoting = None if opens_quotation(s) else _AS_SAYING.search(s.text)
    if quoting is not None and (said := readable(s.text, quoting.end())):
        return said
    return readable(s.text, 0)


# (Not a quotation's speaker named after it: '"...," the agency quoted Soto as saying on
# Friday'.)
_AS_SAYING = re.compile(
    r"\bas\s+saying\s+(?:that\s+)?(?!(?:on|in|at|during|after|before|to|by|late|early)\b)"
)


# A quotation inside the sentence that closes, with a comma, right before the speaker.
# (A title may stand before the name.)
_QUOTED_BEFORE = re.compile(
    r"\s[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d],\s*"
    r"(?:(?:Mr|Mrs|Ms|Dr|[A-Z][a-z]+\s+[Mm]inister|President|Secretary)\.?\s+)?\Z"
)


# A comma or colon, then an opening quotation mark.
_QUOTE_AFTER = re.compile(
    r"(?:\s+in\s+a\s+statement|\s+on\s+\w+|\s+today|\s+yesterday)?[,:]\s*[\"\u201c]"
)


def _after_quotation(s: RuleSentence, speaker: ActorMention) -> bool:
    """Whether ``speaker`` follows the quotation the sentence opens with ('"We ...," a
    senior official told reporters travelling with the minister'): what they said is that."""
    if not opens_quotation(s):
        return False
    head = s.text[: speaker.start]
    return any(f",{mark}" in head for mark in CLOSING_MARKS)


# After "told", the one told, then what they were told: "told Kerry on Wednesday that ...",
# 'told the BBC: "..."'.
_TOLD_THAT = re.compile(r"[^;:\"\u201c\u201d]{1,80}?(?:\bthat\s|:\s*)")


# The one told, then what was said opening with its pronoun subject: "told the OAS
# mediator on Monday | it would not attend".
_TOLD_WHOM = re.compile(
    r"\s+(?:[\w.'\u2019-]+\s+){1,5}?(?:(?:on|last|this|late|early)\s+\w+\s+)?"
    r"(?=(?:he|she|it|they|we|I)\s+[a-z])"
)


_SAID_THAT = re.compile(
    rf"\s+(?:(?:{WEEKDAYS}|today|yesterday)\s+)?"
    r"(?:on|in|at|after|before|during|late|early|last)\s[^;:,\"\u201c\u201d]{1,80}?\bthat\s"
)


def _told_that(text: str, clause: Hit) -> int:
    """Where what was said starts after ``clause``: past the one told and "that" for
    "told X that", past a time or place and "that" ("said on Saturday after talks in
    Riyadh that"); else right after the clause."""
    if clause.phrase.startswith(("told", "telling")):
        that = _TOLD_THAT.match(text, clause.end)
        if that is not None:
            return that.end()
        audience = TOLD_AUDIENCE.match(text, clause.end)
        if audience is not None:
            return audience.end()  # "told the reporters retaliation was no way to ..."
        told = _TOLD_WHOM.match(text, clause.end)
        if told is not None:
            return told.end()  # "told the OAS mediator on Monday | they would not ..."
    # "said on Saturday after talks with Gulf states that ...": when and where, then "that".
    that = _SAID_THAT.match(text, clause.end)
    return that.end() if that is not None else clause.end


# Who is asked to act: a state or body, or all the parties to a dispute ("all sides").
_ALL_SIDES = re.compile(
    r"(?:[Aa]ll|[Bb]oth|[Tt]he\s+two)\s+(?:sides|parties|countries|nations|states|claimants)"
    r"|[Tt]he\s+international\s+community"
    # "any country needs to guarantee ...", "creditors should show more understanding"
    r"|(?:[Aa]ny|[Ee]very|[Ee]ach)\s+(?:country|nation|state|government|member)"
    r"|(?:[Tt]he\s+|[Ii]ts\s+|[Oo]ur\s+)?(?:creditors|donors|world\s+powers)"
)
_MODAL_WORD = re.compile(rf"\b{MODALS}\b")
_STOP_DEMAND = re.compile(
    rf"\b{MODALS}\s+[\"\u201c]?(?:not\b|never\b|under\s+no\s+circumstances\b|in\s+no\s+case\b|"
    rf"(?:\w+ly\s+)?(?:{STOPPING})\b)"
)
# The same after a necessity's "for Peru to": "it is time for Israel to stop".
_STOP_NEEDED = re.compile(rf"^(?:[\w.'-]+\s+){{1,5}}?to\s+(?:not\b|(?:\w+ly\s+)?(?:{STOPPING})\b)")
# A demand's modal after who is asked: "Peru must withdraw", "the Syrian government needs
# to", "all sides should urgently".
_MODAL = re.compile(
    # (or a thing of its: "Peru's bid must be judged ...")
    r"(?:\s+(?:government|authorities|leadership|leaders|regime|side)|['\u2019]s\s+[a-z]+)?"
    r"\s+[\"\u201c]?(?:\w+ly\s+|also\s+|now\s+)?"
    + MODALS
    # (a quotation may open after it: 'should "under no circumstances" act')
    + r"\s+[\"\u201c]?(?:not\s+)?(?:\w+ly\s+)?[a-z]"
)
# Where the one asked opens a clause: the sentence's start, after "said (that)", a comma,
# a quotation mark; an article or "its" may come first ("the Syrian government").
_CLAUSE_OPENS = re.compile(
    r"(?:^|\bthat\s+|\b(?:said|says|added|stressed|insisted)\s+|[,;:]\s+|[\"\u201c]\s*)"
    r"(?:the\s+)?\Z"
)


# A demand put as a necessity: "it was very important for the surplus countries to grow",
# "it is vital that Peru respect the truce", "it is time for Peru to".
_NECESSITY = re.compile(
    r"\b[Ii]t\s+(?:is|was|would\s+be|will\s+be|remains)\s+(?:\w+ly\s+|very\s+|most\s+)?"
    r"(?:important|vital|essential|necessary|imperative|crucial|(?:high\s+)?time)\s+"
    r"(?:for|that)\s+"
)
# Those a necessity is of, when no state is named: a group of states ("the main surplus
# countries", "all parties").
_GROUP = re.compile(
    r"(?:the\s+|all\s+|both\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:countries|nations|states|sides|parties|members|governments)\b"
)


def _necessity(s: RuleSentence, who: ActorMention) -> str | None:
    """What a necessity the speaker states asks of others ("it was important for Japan
    to grow"): of a state other than the speaker's, named first, or of a group of states;
    not of the speaker's own ("it is vital for us to")."""
    necessity = _NECESSITY.search(s.text)
    if necessity is None:
        return None
    at = necessity.end()
    first = s.after(at)
    other = (
        first is not None
        and first.code not in (None, who.code)
        and s.text[at : first.start].strip().lower() in ("", "the")
    )
    return readable(s.text, at) if other or _GROUP.match(s.text, at) else None


def _demand(s: RuleSentence, who: ActorMention) -> str | None:
    """What ``who`` demands of another in ``s`` ("Peru needs to do more", "all sides must
    show restraint"), from the one asked; ``None`` if nothing is asked of another."""
    asked = [(a.start, a.end) for a in s.actors if a.code and a.code != who.code]
    asked += [(m.start(), m.end()) for m in _ALL_SIDES.finditer(s.text)]
    for start, end in sorted(asked):
        if (
            _MODAL.match(s.text, end)
            and _CLAUSE_OPENS.search(s.text, max(0, start - 30), start)
            and not who.start <= start < who.end
        ):
            return readable(s.text, start)
    return _condition(s, who) or _necessity(s, who)


# A condition put on another: "the truce can only work if Peru halts its raids", "...
# unless Peru withdraws".
_ONLY_IF = re.compile(r"\b(?:only\s+(?:\w+\s+){0,2}?if|unless)\s+")
# What the condition asks stopped, the verb in any tense: "Peru halted its raids".
_STOPPED = re.compile(
    r"^(?:[\w.'-]+\s+){1,4}?(?:stop(?:s|ped)?|halt(?:s|ed)?|end(?:s|ed)?|cease(?:s|d)?|"
    r"withdr(?:aw|aws|ew)|abandon(?:s|ed)?|drop(?:s|ped)?|scrap(?:s|ped)?|reverse(?:s|d)?|"
    r"suspend(?:s|ed)?|lift(?:s|ed)?|remove(?:s|d)?|pull(?:s|ed)?\s+out)\b"
)


def _condition(s: RuleSentence, who: ActorMention) -> str | None:
    """What a condition the speaker puts on another state asks of it ("could only
    succeed if Peru halted its raids"), from the state named right after "if"."""
    condition = _ONLY_IF.search(s.text)
    if condition is None:
        return None
    first = s.after(condition.end())
    if first is None or first.code in (None, who.code):
        return None
    if s.text[condition.end() : first.start].strip().lower() not in ("", "the"):
        return None
    return readable(s.text, first.start)


def reported_stances(s: RuleSentence, nearby: Nearby, taken: set[str]) -> list[Stance]:
    """The stance of the sentence's speaker, unless a stance verb gave theirs (``taken``:
    the codes already holding a stance from this sentence); or of one who called
    something a judgment ("called the decision a mistake")."""
    evaluates = s.has("evaluation.oppose") or s.has("evaluation.support")
    # Most sentences hold no evaluative word: the cheap tests first.
    if evaluates and any(word in s.text for word in NAMING_WORDS) and (judged := called(s, taken)):
        return judged
    if evaluates and " by " in s.text and (judged := judged_by(s, taken)):
        return judged
    if not s.has("reporting") and not opens_quotation(s) and not quoted_at(s.article, s.start):
        return []
    if not evaluates and not any(p.search(s.text) for p in (_MODAL_WORD, _NECESSITY, _ONLY_IF)):
        return []  # no evaluative word, no demand: most sentences, found without a speaker
    who = speaker(s, nearby)
    if who is None or who.code is None or who.code in taken:
        return []
    position: str | None = polarity(s, who) if evaluates else None
    topic = _topic(s, who) if position is not None else None
    if position is None:
        topic = _demand(s, who)
        # "Britain should stop interfering", "Peru must not build the dam": what is asked
        # to stop, or not to happen, is opposed; another demand takes no side.
        stop = topic is not None and (
            _STOP_DEMAND.search(topic) is not None
            or _STOP_NEEDED.search(topic) is not None
            or _STOPPED.search(topic) is not None
        )
        position = "oppose" if stop else "neutral"
    if topic is None:
        return []
    # "Canada and Japan said the fee was illegal": each of those listed says it, when the
    # list is the reporting verb's subject (not "talks between A, B and C, C said").
    listed = joint_speakers(s, who)
    return [
        Stance(actor=each.actor, topic=topic, position=position, evidence=s.evidence())
        for each in listed
        if each.code is not None
        and (each is who or each.code not in taken)
        and not names_only_holder(s, topic, each.code)
    ]
