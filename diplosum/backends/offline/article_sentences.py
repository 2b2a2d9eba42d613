"""An article's sentences as the offline rules read them (``rules``).

Sentence spans, none longer than ``MAX_SENTENCE``; which of them hold a trigger (only
those are read, and a neighbour when a quotation's speaker is looked for next door);
and each as a ``RuleSentence``, built the first time it is asked for, with its actors
and the people and states named before it (for "he", "the two leaders").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ...text.sentences import sentence_spans
from .actors import ActorMention
from .agent_nouns import describes_other_than_agent
from .credit_lines import is_credit_line
from .judgments import SEEING
from .lexicon import Hits
from .measures import marks as measure_marks
from .mention import PEOPLE
from .quotations import quoted_at
from .sentence import Nearby, RuleSentence

__all__ = ["MAX_SENTENCE", "ArticleSentences"]


class ArticleSentences:
    """The sentences of ``article``, its trigger ``hits`` and actor ``mentions``."""

    def __init__(self, article: str, hits: Hits, mentions: list[ActorMention]) -> None:
        self.article = article
        self.hits = hits
        self.mentions = mentions
        self.spans = _bounded(article, sentence_spans(article))
        self.read: dict[int, RuleSentence] = {}  # those built, by index
        self._mention_starts = [m.start for m in mentions]

    def triggered(self) -> list[int]:
        """The indices of the sentences with a trigger, in order: a trigger phrase, a
        reporting verb, a stopped measure ("suspended aid to", "suspended Mali"), or an
        evaluative word in a quotation whose speaker comes sentences later ('"We will
        never accept this. It is a violation of law," Lavrov said') or after a verb of
        seeing something as it ("considered the plan a mistake"); never a credit line
        ("(Reporting by ...; Editing by ...)")."""
        spans, hits = self.spans, self.hits
        starts = [start for start, _ in spans]
        triggered = [False] * len(spans)
        for hit in (*hits.find("any"), *hits.find("reporting"), *measure_marks(hits)):
            index = bisect.bisect_right(starts, hit.start) - 1
            if index >= 0 and hit.end <= spans[index][1]:
                triggered[index] = True
        for hit in (*hits.find("evaluation.oppose"), *hits.find("evaluation.support")):
            index = bisect.bisect_right(starts, hit.start) - 1
            if index < 0 or triggered[index]:
                continue
            # A quotation's speaker later, or "sees the plan as a positive step".
            start = spans[index][0]
            if quoted_at(self.article, start) or SEEING.search(self.article, start, hit.start):
                triggered[index] = True
        # A story's credits name desks and places, not what it reports.
        return [
            index
            for index, hit in enumerate(triggered)
            if hit and not is_credit_line(self.article[slice(*spans[index])])
        ]

    def at(self, index: int) -> RuleSentence:
        """Sentence ``index``, built the first time it is asked for."""
        if index not in self.read:
            self.read[index] = self._build(index)
        return self.read[index]

    def nearby(self, index: int) -> Nearby:
        """The neighbours of sentence ``index`` a quotation's speaker may be in: the next,
        the one before, then further on (a quotation may run over several sentences to
        its speaker)."""

        def around() -> Iterator[RuleSentence]:
            for i in (index + 1, index - 1, index + 2, index + 3):
                if 0 <= i < len(self.spans):
                    yield self.at(i)

        return around

    def _build(self, index: int) -> RuleSentence:
        start, end = self.spans[index]
        mentions, article = self.mentions, self.article
        first_mention = bisect.bisect_left(self._mention_starts, start)
        last_mention = bisect.bisect_left(self._mention_starts, end)
        actors = [
            m._replace(start=m.start - start, end=m.end - start)
            for m in mentions[first_mention:last_mention]
            if m.end <= end
        ]
        return RuleSentence(
            start,
            article[start:end],
            actors,
            self.hits,
            article,
            # The people named last, with a state or not: "he" is never someone named
            # before an unknown envoy who spoke since, nor "she" a man named after her.
            previous_people=_last_people(mentions, first_mention, article, start),
            previous_persons=_last_persons(mentions, first_mention),
            previous_parties=_last_two(
                mentions[max(0, first_mention - 12) : first_mention], article
            ),
        )


#: The longest stretch read as one sentence. A real sentence is far shorter; text with no
#: sentence ends (a list, a table, a run-on scrape) is read in pieces of this size, so the
#: rules, which compare every actor of a sentence with the others, stay linear in the text.
MAX_SENTENCE = 1000


def _bounded(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``spans``, each longer than ``MAX_SENTENCE`` cut at the last clause break (else
    space) before that length."""
    if all(end - start <= MAX_SENTENCE for start, end in spans):
        return spans  # nearly always
    bounded: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            limit = start + MAX_SENTENCE
            cut = max(text.rfind("; ", start, limit), text.rfind(", ", start, limit))
            if cut <= start + MAX_SENTENCE // 2:
                cut = text.rfind(" ", start, limit)
            cut = cut + 1 if cut > start else limit
            bounded.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            bounded.append((start, end))
    return tuple(bounded)


def _last_two(mentions: list[ActorMention], article: str) -> tuple[ActorMention, ...]:
    """The last two states or bodies named in ``mentions`` (for "the two leaders", "they"),
    not adjectives of others than their agents ("the Irish duo", "the US tycoon")."""
    found: list[ActorMention] = []
    for mention in reversed(mentions):
        if mention.kind == "adjective" and describes_other_than_agent(article, mention.end):
            continue
        if mention.code and all(mention.code != m.code for m in found):
            found.insert(0, mention)
            if len(found) == 2:
                break
    return tuple(found)


def _last_persons(mentions: list[ActorMention], end: int) -> tuple[ActorMention, ...]:
    """The last three people named in ``mentions[:end]``, in order, each at their last
    mention."""
    found: list[ActorMention] = []
    names: set[str] = set()
    for index in range(end - 1, -1, -1):
        mention = mentions[index]
        if mention.kind in PEOPLE and mention.actor.name not in names:
            names.add(mention.actor.name)
            found.append(mention)
            if len(found) == 3:
                break
    return tuple(reversed(found))


def _last_people(
    mentions: list[ActorMention], end: int, article: str, start: int
) -> tuple[ActorMention, ...]:
    """The last four people named in ``mentions[:end]``, in order (a sentence's subject
    may come before three people it met or named: "Orban ... ally of Trump ... meeting
    Putin ... and Xi. He also visited ..."); for a sentence starting at ``start`` outside
    quotation marks, not those named inside one ('"The fact is that
    Pinera is there," he argued. He also ...': he is the speaker, not the one he spoke
    of)."""
    found: list[ActorMention] = []
    quoted = quoted_at(article, start)  # the sentence's own start
    for mention in reversed(mentions[:end]):
        if mention.kind in PEOPLE and (quoted or not quoted_at(article, mention.start)):
            found.insert(0, mention)
            if len(found) == 4:
                break
    return tuple(found)
