"""The offline coder's headline and summary: what the article leads with, as a person writes it.

- Headline: the article's own title when its first line is one (short, no closing
  period; or a question or exclamation standing alone as a paragraph), in sentence case
  if it was written in capitals; else its lead sentence without the dateline ("BERLIN
  (Reuters) -"), past the subject's aside ("X, a veteran diplomat, was named" -> "X was
  named"), cut at a clause's end to at most 15 words, or a few more to reach one (not
  inside a name, which it ends before or completes, nor inside a preposition of several
  words: "in connection with", nor right after "said").
- Summary: the lead sentence (after the title) and the next sentence that reports an
  event the coder found, else the next one of substance; at most two sentences.

Both are one line: a hard-wrapped article's line breaks become spaces.
"""

from __future__ import annotations

import re

from ...models import HEADLINE_CHARS, SUMMARY_CHARS
from ...text.dates import MONTHS, WEEKDAYS
from ...text.gazetteer import gazetteer
from ...text.sentences import paragraph_start
from .datelines import without_dateline
from .lead_openings import main_clause, names, without_aside
from .phrase_cuts import CLOSERS
from .quotations import open_quote

__all__ = ["headline_and_summary"]

MAX_HEADLINE_WORDS = 15
# Where a long lead may be cut: before a clause that adds to the main one.
# (Not "as" after a participle or in a fixed phrase: "actors costumed as", "such as".)
_CLAUSE_CUT = re.compile(
    r",\s|(?<!ed)(?<!\bsuch)(?<!\bknown)(?<!\bwell)(?<!\bso)\sas\s|\s(?:after|while|amid|"
    r"arguing|saying|adding|because|although|before|since|and said|(?:and\s)?officials said|"
    # A relative clause with its preposition ("a lawsuit | in which ..."), so that no
    # headline ends on one.
    r"(?:(?:in|on|at|with|by|for|from|to|under|through|over|during|about|against)\s)?"
    r"(?:which|who))\s"
)


# A shortened lead ends before the last of these rather than on a dangling phrase.
_PREPOSITIONS = frozenset(
    {"in", "on", "at", "for", "with", "after", "amid", "over", "to", "as", "about"}
    | {"from", "into", "against", "during", "by", "near", "across", "through"}
    | {"toward", "towards", "around", "within", "between", "along", "beyond"}
    | {"outside", "inside", "despite", "without"}
)
# "that" opening a relative clause ("a decree | that three provinces vote again") is one,
# not after a verb of saying or thinking ("said that ...": what follows is the news).
_SAYS_THAT = re.compile(
    r"(?:said|says|told|tells|announced|added|warned|argued|stated|reported|believes|"
    r"believed|thinks|thought|hopes|hoped|ruled|insisted|confirmed|denied|agreed|fears|"
    r"ordered|demanded|requested|recommended|proposed|suggested)$",
    re.IGNORECASE,
)
_A_TIME = re.compile(rf"(?:{WEEKDAYS}|{MONTHS}|\d{{4}})\b")
# "to" after a verb that takes an infinitive ("declined to halt") is no place to cut.
_TAKES_INFINITIVE = re.compile(
    r"(?:\w+ed|plans|wants|seeks|vows|agrees|refuses|decides|tries|hopes|aims|pledges|"
    r"threatens|needs|has|have|is|are|was|were|going|ready|able|due|set|likely|trying|"
    r"seeking|planning|hoping|aiming|working|attempting|preparing|refusing|threatening|"
    r"vowing|pledging|promising|struggling|looking|moving|failing|continuing)$",
    re.IGNORECASE,
)


# A title may end on an abbreviation's period: "... TRADE ROW WITH U.S."
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
# A byline on a line of its own ("By Ana Soto", "By Ana Soto and Luis Vega"): who wrote
# the story, not what it says.
_NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
_BYLINE = re.compile(rf"By\s+{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*")
# An editor's note over a story, all in brackets ("(Adds a minister's comment)",
# "(This story corrects a name in the third paragraph)"): neither title nor lead.
_EDITORS_NOTE = re.compile(r"\([^()\n]{3,300}\)")
# A desk's tag before a title: "(Corrected)-", "(Refile) ".
_TITLE_TAG = re.compile(r"\A\([A-Za-z ]{3,20}\)\s*[-\u2013\u2014:]?\s*(?=[A-Z])")


def _is_title(line: str, alone: bool) -> bool:
    """Whether ``line``, the article's first, is its title: at most 20 words, ending on no
    sentence end but an abbreviation's, or, a paragraph of its own (``alone``), on a
    question or exclamation mark ("Could the row sink the talks?"), as headlines may."""
    words = line.split()
    if not 0 < len(words) <= 20:
        return False
    if alone and line.rstrip().endswith(("?", "!")):
        return True
    ends_sentence = line.rstrip().endswith((".", "?", "!", ":"))
    return not ends_sentence or bool(_ABBREVIATION_END.search(line))


def _sentence_case(title: str, body: str) -> str:
    """A title written in capitals, in the case the article's body writes each word ("NEW
    ZEALAND IMPOSES SANCTIONS" -> "New Zealand imposes sanctions"); a word the body does
    not have, in lower case."""
    if title != title.upper():
        return title
    words = []
    for index, word in enumerate(title.split()):
        stem = re.sub(r"['\u2019]S$", "", word)  # "ARABIA'S" as the body writes "Arabia"
        seen = re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", body, re.IGNORECASE)
        # "U.S.", "NATO": an abbreviation or a body's initials keep their capitals.
        kept = _ABBREVIATION_END.search(stem) or stem.rstrip(".") in gazetteer().terms
        form = (seen.group() if seen else stem if kept else stem.lower()) + word[
            len(stem) :
        ].lower()
        words.append(form[0].upper() + form[1:] if index == 0 else form)
    return " ".join(words)


# Words before "with", "to" or "of" that make one preposition of them: "in connection
# with", "as part of", "according to" (a cut between them leaves half of it).
_FIRST_OF_PREPOSITION = frozenset(
    {"according", "due", "close", "next", "ahead", "because", "instead", "prior", "thanks"}
    | {"regardless", "out", "along", "together", "owing", "contrary", "subject"}
)
_PREPOSITION_OPENERS = frozenset({"in", "as", "on", "by", "with"})
_PREPOSITION_NOUNS = frozenset(
    {"connection", "part", "behalf", "response", "addition", "front", "spite", "way"}
    | {"terms", "view", "light", "favour", "favor", "place", "charge", "line", "touch"}
    | {"relation", "regard", "reference", "search", "protest", "retaliation", "solidarity"}
    | {"support", "exchange", "return", "honour", "honor", "memory", "defiance", "breach"}
)


def _ends_preposition(words: list[str]) -> bool:
    """Whether ``words`` end on the first part of a longer preposition ("in connection",
    "as part", "according")."""
    if not words:
        return False
    last = words[-1].lower()
    return last in _FIRST_OF_PREPOSITION or (
        len(words) >= 2
        and words[-2].lower() in _PREPOSITION_OPENERS
        and words[-1] in _PREPOSITION_NOUNS
    )


def _whole_name(words: list[str], limit: int) -> list[str]:
    """The first ``limit`` of ``words``, and a name they end inside to its end, by up to
    three words ("... candidate Donald | Trump"); without the name when it runs on."""
    kept = words[:limit]
    if len(words) <= limit or not (kept[-1][:1].isupper() and words[limit][:1].isupper()):
        return kept
    run = limit
    while run < len(words) and words[run][:1].isupper() and run - limit < 3:
        run += 1
    if run < len(words) and words[run][:1].isupper():
        # a longer run of capitals: end before the name
        start = limit
        while start > 0 and kept[start - 1][:1].isupper():
            start -= 1
        return kept[:start] if start >= 5 else kept
    return [*kept, *words[limit:run]]


def _short(sentence: str) -> str:
    """``sentence`` in at most ``MAX_HEADLINE_WORDS`` words, cut at a clause's end (past the
    subject's aside, if it opens with one), and never inside a quotation: a cut that
    leaves one open ends before it instead, when enough is left to read."""
    short = _cut_short(sentence)
    marks = list(_QUOTE_MARK.finditer(short))
    if short != sentence.rstrip(" .") and len(marks) % 2:
        before = short[: marks[-1].start()].split()
        while before and before[-1].lower().strip(",;:") in CLOSERS | _PREPOSITIONS:
            before.pop()
        if len(before) >= 5:
            return " ".join(before).rstrip(",;:")
    return short


_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


def _cut_short(sentence: str) -> str:
    words = sentence.split()
    if len(words) <= MAX_HEADLINE_WORDS:
        return sentence.rstrip(" .")
    sentence = main_clause(without_aside(sentence))
    words = sentence.split()
    if len(words) <= MAX_HEADLINE_WORDS:
        return _without_open_end(words)
    cut = None
    for match in _CLAUSE_CUT.finditer(sentence):
        if len(sentence[: match.start()].split()) > MAX_HEADLINE_WORDS:
            break
        if len(sentence[: match.start()].split()) >= 5:
            cut = match.start()
    if cut is not None:
        return _without_open_end(sentence[:cut].split())
    kept = _whole_name(words, MAX_HEADLINE_WORDS)
    last = max((i for i in range(1, len(kept)) if _can_cut(words, i)), default=0)
    ahead = next((i for i in range(len(kept), len(kept) + 5) if _can_cut(words, i)), None)
    if last >= 7:  # "... will visit Peru next month [as part of a tour]"
        kept = _closed_off(kept[:last])
        further = _closed_off(words[:ahead]) if ahead is not None else []
        if _ONLY_WHO_SPOKE.search(" ".join(kept)) and len(further) > len(kept):
            # "Ana Soto said on Tuesday | it was ...": who spoke is no headline; what
            # was said, a few words past the limit, is.
            kept = further
    elif ahead is not None:
        # No place to cut within the limit: a few words more to one, rather than end
        # inside a phrase ("would build a second | copper smelter in Ilo")
        kept = _closed_off(words[:ahead])
    else:
        kept = _closed_off(kept)
    return " ".join(_with_unit(kept, words)).rstrip(",.;:")


# Words a clause cut may leave at the end that open what was cut off (lower case only:
# "May" the month stays).
_OPEN_ENDED = frozenset(
    {"a", "an", "the", "and", "or", "but", "that", "which", "where", "when", "while", "even"}
    | {"as", "those", "these", "its", "their", "his", "her", "whose"}
)


def _without_open_end(words: list[str]) -> str:
    """``words`` less those at the end that open what was cut off ("... the house and |
    wants", "... Texas where | ..."), as text."""
    kept = list(words)
    while len(kept) > 1 and kept[-1].strip(",") in _OPEN_ENDED:
        kept.pop()
    return " ".join(kept).rstrip(" ,.")


# A shortened lead that ends on its verb of saying: it says who spoke and not what.
_ONLY_WHO_SPOKE = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|warned|added)"
    r"(?:\s+(?:late\s+|early\s+)?(?:on|last|this)\s+\w+)?\Z"
)


def _closed_off(kept: list[str]) -> list[str]:
    """``kept`` less the words it may not end on ("... left Lima late | on Monday": a
    time's first word goes with it)."""
    kept = list(kept)
    while kept and (kept[-1].lower().strip(",") in CLOSERS or kept[-1] in ("late", "early")):
        kept.pop()
    return kept


def _can_cut(words: list[str], i: int) -> bool:
    """Whether a shortened lead may end before ``words[i]``: a preposition or "that" that
    opens a phrase of its own (not "declined | to halt", "five | to 10", "said | that",
    "Vera said | on Tuesday his firm would", "Army Chief Luis Vera | on Monday said",
    "in connection | with")."""
    if i >= len(words) or i < 1:
        return False
    word, before = words[i].lower(), words[i - 1]
    if word not in _PREPOSITIONS and word != "that":
        return False
    if word == "to" and (_TAKES_INFINITIVE.search(before) or _NUMBER.fullmatch(before)):
        return False
    # (a passive's participle may end it: "was reported | in Texas")
    if _SAYS_THAT.search(before) and (word == "that" or words[i - 2 : i - 1] != ["was"]):
        return False
    if word == "that" and _said_just_before(words[max(0, i - 4) : i]):
        return False  # "said on Tuesday | that", "told donors | that"
    if i + 1 < len(words) and _A_TIME.match(words[i + 1]) and names(words[:i]):
        return False
    return not _ends_preposition(words[:i])


def _said_just_before(words: list[str]) -> bool:
    """Whether a verb of saying is among ``words``, with no comma after it."""
    for index, word in enumerate(words):
        if _SAYS_THAT.search(word) and not any("," in w for w in words[index:]):
            return True
    return False


# A count, not a year: "12", "3.5", "five".
_NUMBER = re.compile(
    r"(?!(?:19|20)\d\d\b)[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozens|hundreds|thousands|millions",
    re.IGNORECASE,
)


def _with_unit(kept: list[str], words: list[str]) -> list[str]:
    """``kept``, and the word after it when it ends on a count of it ("sentenced to 12 |
    years", "under 3 | feet")."""
    if not kept or len(kept) >= len(words) or not _NUMBER.fullmatch(kept[-1]):
        return kept
    unit = words[len(kept)]
    noun = unit.isalpha() and unit.islower() and unit not in _PREPOSITIONS and unit not in CLOSERS
    return [*kept, unit] if noun else kept


def headline_and_summary(
    article: str, spans: tuple[tuple[int, int], ...], eventful: set[int]
) -> tuple[str, str]:
    """The headline and summary of ``article`` (sentence ``spans``; ``eventful``: the
    indexes of sentences that report an item)."""
    sentences = [article[a:b] for a, b in spans[:12]]
    if not sentences:
        return "Untitled article", "Untitled article"
    first_line, _, after = article.lstrip().partition("\n")
    first_line = first_line.strip()
    alone = after.lstrip(" \t\r").startswith("\n")  # a blank line after it
    noted = _note_sentences(article, spans)
    titled = (
        not noted
        and without_dateline(first_line) == first_line  # a story's first line, cut short
        and _is_title(first_line, alone)
        and len(spans) > 1
        and sentences[0].strip() == first_line
    )
    offset = 1 if titled else noted
    body = sentences[offset:]
    if len(body) > 1 and _BYLINE.fullmatch(body[0].strip()):
        body, offset = body[1:], offset + 1
    lead = without_dateline(body[0]).strip() if body else ""
    if titled:
        headline = _sentence_case(_TITLE_TAG.sub("", first_line), article[len(first_line) :])
    else:
        headline = _short(lead) or "Untitled article"
    # Not a sentence that only introduces a quotation ("In an interview, Mr Abbas said:"),
    # nor part of a quotation of several sentences ('... matters. What has happened is
    # devastating," Harris said': one quotation mark, with its other in another sentence).
    whole = [
        (i, s)
        for i, s in enumerate(body[1:], offset + 1)
        if not s.rstrip().endswith(":") and not _in_longer_quotation(article, *spans[i])
    ]
    rest = [sentence for index, sentence in whole if index in eventful and sentence != lead] or [
        s for _, s in whole if len(s.split()) > 6
    ]
    summary = _joined([part for part in [lead, *rest[:1]] if part]) or headline
    # Written text, not evidence: a hard-wrapped article's line breaks become spaces.
    return _one_line(headline)[:HEADLINE_CHARS], _one_line(summary)[:SUMMARY_CHARS]


def _joined(sentences: list[str]) -> str:
    """The summary's sentences as one text, each closed with a full stop where it has no
    closing mark: a wire paragraph may end without one ("..., officials said"), which would
    run into the next sentence. Not before a lowercase word, which goes on the same one."""
    parts = [sentence.strip() for sentence in sentences]
    after = [*(part[:1] for part in parts[1:]), ""]
    return " ".join(
        f"{part}." if part[-1:].isalnum() and not following.islower() else part
        for part, following in zip(parts, after, strict=True)
    )


def _note_sentences(article: str, spans: tuple[tuple[int, int], ...]) -> int:
    """How many of the first sentences an editor's note over the story fills: its first
    line, all in brackets, however many sentences it holds (none if nothing follows)."""
    text = article.lstrip()
    first = text.partition("\n")[0]
    if not _EDITORS_NOTE.fullmatch(first.strip()):
        return 0
    end = len(article) - len(text) + len(first)
    inside = sum(1 for start, _ in spans if start < end)
    return inside if inside < len(spans) else 0


def _in_longer_quotation(article: str, start: int, end: int) -> bool:
    """Whether the sentence ``start:end`` goes on a quotation opened before it, or opens
    one that goes on after it."""
    paragraph = paragraph_start(article, start)
    return open_quote(article[paragraph:start]) is not None or (
        open_quote(article[paragraph:end]) is not None
    )


def _one_line(text: str) -> str:
    """``text`` with each run of whitespace one space."""
    return " ".join(text.split())
