"""Where a phrase that ``phrases.readable`` cuts from a sentence ends.

At sentence punctuation, a quotation's end, a semicolon or colon; at a comma only before
a new clause (", but", ", which", "..., the minister said", ", calling it ...", ", was
...") or before a second predicate ("and urged ..."); past a closing quotation mark that
closes words quoted inside the phrase ('a "no limits" partnership').
"""

from __future__ import annotations

import re

from .clauses import AUXILIARIES

__all__ = ["phrase_end"]

# Where a phrase ends: sentence punctuation, a quotation's end, a semicolon or colon; a
# comma only before a new clause ("..., but", "..., which", "..., said").
# Every branch opens with the character it ends at (lookbehinds after it), so the regex
# engine skips straight to those characters: three times faster than lookbehinds first.
# Verbs of saying or judging that open a second predicate: "welcomed the deal and urged
# Washington ...", "condemns the attack and calls on"; in the plain form only those that
# are seldom nouns ("will back the plan, reject the tariffs and seek talks").
_SECOND_VERBS = (
    r"(?:called|urged|said|warned|added|accused|rejected|welcomed|"
    r"praised|criticised|criticized|condemned|demanded|asked|expressed|stressed|insisted|"
    r"vowed|pledged|promised|threatened|denied|calls|urges|says|warns|adds|accuses|rejects|"
    r"welcomes|praises|criticises|criticizes|condemns|demands|asks|expresses|stresses|"
    r"insists|vows|pledges|promises|threatens|denies|voiced|voices|reiterated|reiterates|"
    r"sought|seeks|signed|signs|agreed|agrees|announced|announces|offered|offers|proposed|"
    r"proposes|denounced|denounces|hailed|hails|slammed|slams|blamed|blames|dismissed|"
    r"dismisses|reaffirmed|reaffirms|condemn|reject|urge|reiterate|criticise|criticize|"
    r"accuse|deny|insist|oppose|seek|reaffirm|denounce|"
    # verbs of aim that are no nouns ("wants talks, and wants to include ...")
    r"wants|wanted|intends|intended|wishes|"
    # "welcomed the decision and hoped it would lead to ..."
    r"hoped|hopes)[\s,:]"
)
_NEW_CLAUSE = (
    # "... peacefully and he reiterated": a new clause with its own subject; "backs Peru
    # and is sending it aid": a second predicate of the same subject.
    r"and\s+(?:he|she|it|they|we|I|is|are|was|were|has|have|had|will|would)\s",
    r"and\s+(?:also\s+)?" + _SECOND_VERBS,
    # "backed the view and also complained": "and also" opens another predicate.
    r"and\s+also\s",
    # "hopes to grow more of its own food and that it will keep buying wheat": a second
    # clause of what was said.
    r"and\s+that\s+(?:it|he|she|they|we|I|the|there)\s",
    # "withhold the arms and repeatedly pressed Peru": so does an adverb and a past verb.
    r"and\s+[a-z]+ly\s+[a-z]+ed\s",
)
# The subject that opens a clause: a pronoun or a determiner.
_SUBJECT = r"(?:it|he|she|they|we|I|the|its|his|her|their)\s"
_END = re.compile(
    # An opening quotation mark inside a phrase is part of it ('concerns over Lima's
    # "hostile moves"'); a closing one ends it.
    # A period ends it, not an initial's nor a title's ("St. Louis", "Mr. Abe"), nor a
    # month's ("talks on Jan. 25", "by Sept. 30").
    r"[;:!?\u201d]|\"(?<!\s\")|\.(?<!\b[A-Z]\.)(?<!\b(?:St|Mr|Ms|Dr|Mt|Jr|Sr)\.)(?<!\bMrs\.)"
    # nor a title's before a name ("to succeed California Sen. Barbara Boxer")
    r"(?<!\b(?:Sen|Rep|Gov|Gen|Col|Adm|Rev|Cdr)\.)(?<!\b(?:Capt|Prof|Sens|Reps)\.)"
    r"(?<!\b(?:Jan|Feb|Mar|Apr|Aug|Oct|Nov|Dec)\.)(?<!\bSept\.)"
    r"(?=['\u2019\"\u201d]*(?:\s|$))"
    r"|,(?=\s+(?:but|while|which|who|where|when|although|"
    r"though|as|saying|said|adding|according|after|before|despite|amid|because|"
    # ", calling it unacceptable", ", citing security concerns": a participle's clause
    r"calling|describing|branding|terming|citing|urging|warning|noting|insisting|stressing|"
    r"arguing|claiming|accusing|vowing|pledging|promising|prompting|sparking|having|"
    # "is against the tax, along with Britain": others who hold it too, no part of it.
    r"along\s+with|together\s+with)\b)"
    # "Germany, which appeared ready to accept the compromise, was holding back": a
    # verb right after a comma is the main clause's, past the aside the phrase is in.
    rf"|,(?=\s+(?:{AUXILIARIES}|did|does)\s)"
    # "Chile, which backed the embargo, imposed new sanctions": a past verb that is seldom
    # an adjective, right after a comma, is the main clause's (or opens an aside: "the
    # talks, held in Lima, ended").
    r"|,(?=\s+(?:met|imposed|visited|held|sent|made|took|gave|launched|began|left|flew|"
    r"returned|ordered|expelled|recalled|hosted|received|"
    # "Chile, a critic of the dam, voted against it": a stance's own verbs too
    r"voted|protested|complained|refused|joined|backed|opposed|supported|vetoed|abstained)"
    r"[\s.,])"
    # "the accord, praised by an OAS envoy as ...": a participle's aside.
    r"|,(?=\s+[a-z]+(?:ed|en)\s+(?:by|as)\b)"
    # "welcomed the decision, with its minister saying ...": an absolute clause of speech.
    r"|,(?=\s+with\s+[^,;:]{1,60}?\s+(?:saying|telling|adding|noting|calling)\b)"
    # "..., the Qatari foreign minister said": a reporting clause after the phrase.
    r"|,(?=\s+(?:[\w.'\u2019-]+\s+){1,8}(?:said|says|say|told|added|stated|reported|"
    # "..., a new book about the minister claims": a source's verb of its own
    r"claims|claimed|argues|argued|writes|wrote|insists|insisted|suggests|suggested|"
    r"believes|believed|warned|warns|noted|notes|acknowledged|explained)\b)"
    # "..., its ambassador to Kuwait, Ernest Zverev, said": an office of "its", a name.
    r"|,(?=\s+(?:its|their)\s+[^,;:]{3,60},\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*,"
    r"\s+(?:said|says|told|added|stated)\b)"
    # A new clause after "and", with its comma or without.
    + "".join(rf"|,\s(?={clause})|\s(?={clause})" for clause in _NEW_CLAUSE)
    # "condemned the attack, called for restraint and ...": a second predicate after a comma.
    + rf"|,\s(?={_SECOND_VERBS})"
    # "welcomed the deal but rejected the timetable": what follows "but" is another thing.
    + r"|\s(?=but\s)"
    # "a hard line on Peru - a stance Lima is watching", "eliminate Hamas - claimed
    # the ...": a dash set off by spaces opens an aside or another clause.
    + r"|\s(?=[-\u2013\u2014]\s)"
    # ... and the two hyphens that stand for a dash in plain-text copy ("Chile -- a").
    + r"|\s(?=--\s)"
    # "short of a pledge by Lima to cut its quotas, the talks would collapse":
    # after a comma, a determiner, a noun and a modal or auxiliary open the main clause.
    + r"|,(?=\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){1,2}?"
    r"(?:would|will|could|might|may|must|can|should)\s)"
    # ... and one set off by a space before only ("a port for all of Chile -something Lima
    # denies"), or an em or en dash between words ("all of Chile\u2014something")
    + r"|\s(?=[-\u2013\u2014][A-Za-z])|(?<=[\w.])(?=[\u2013\u2014][A-Za-z])"
    # "a devaluation because such a move would hurt": a reason or condition is another
    # clause, with its comma or without; so is a concession ("opposition to the tax
    # despite months of lobbying": what the holder does despite, not what it opposes),
    # unless it opens what was said ("said that despite the rift, ...").
    + r"|\s(?=(?:because|although|unless|whereas)\s)"
    + r"|\s(?=despite\s)(?<!\bthat\s)"
    # "wants Peruvian cooperation so the Senate can pass a mild bill", "opened the border
    # so they could return": a clause of purpose or result with a subject of its own (not
    # "so far", "so badly needed", "did so a week ago").
    + r"|\s(?=so\s+(?:that\s+)?(?:"
    + _SUBJECT
    + r"|(?:there|you|our)\s|[A-Z][\w.'\u2019-]*\s))"
    # "backed the treaty when it was drafted", "will sign the deal if the bloc agrees": a
    # clause of time or condition, with a subject of its own; not one that describes a
    # time ("at a moment when it needs"), nor a question asked ("to see if it works").
    # (The space first, then the look-ahead: a pattern that opens with look-behinds is
    # tried at every position, and slows the whole search.)
    + r"|\s(?=when\s+"
    + _SUBJECT
    + r")(?<!\btime\s)(?<!\bmoment\s)(?<!\bday\s)(?<!\bperiod\s)"
    + r"|\s(?=if\s+"
    + _SUBJECT
    + r")(?<!\bsee\s)(?<!\bsay\s)(?<!\bask\s)(?<!\basked\s)(?<!\bknow\s)(?<!\bthat\s)"
    r"(?<!\bdecide\s)(?<!\bwonder\s)(?<!\bcheck\s)(?<!\bdetermine\s)(?<!\bunclear\s)"
    # "approved the sale while rejecting its request": a contrasting clause of its own.
    + r"|\s(?=while\s+[a-z]+ing\s)"
    # "a deal last May in which Peru agreed": a relative clause of its own.
    + r"|\s(?=(?:in|under|by|through)\s+which\s|whereby\s)"
    # "vowed to raise output in a move analysts see as ...": a comment on the act, not its
    + r"|\s(?=in\s+a\s+move\s)"
    # "condemned the attack in the strongest terms": how the view is put, not its object
    + r"|\s(?=in\s+(?:the\s+)?(?:(?:strongest|harshest|firmest|sharpest|clearest|strong|"
    r"clear|unequivocal|forceful|blunt|no|uncertain|possible|most)\s+){1,3}terms\b)"
)


# More of the phrase after a closing mark: a lower-case word ('"no limits" partnership').
_GOES_ON = re.compile(r"\s+[a-z]")


def phrase_end(text: str, start: int) -> int:
    """Where the phrase from ``start`` ends (``_END``), past a closing quotation mark
    that closes words quoted inside it and is followed by more of it ('a "no limits"
    partnership', 'the "illegal" annexation'), and before a clause that "and", a name
    and an auxiliary open after a common noun (``_named_clause``)."""
    # A quotation the phrase opens with goes on past its closing mark only into what
    # completes it ('"never, ever" attack Chile', '"full support" for the plan'), not into
    # what is said of the quotation ('"crossed the line" in a post', '"kill" took part').
    goes_on = _COMPLETED if text[start : start + 1] in ('"', "\u201c") else _GOES_ON
    at = start
    while (end := _END.search(text, at)) is not None:
        if not (_closes_inner_quote(text, start, end) and goes_on.match(text, end.end())):
            return _named_clause(text, start, end.start())
        at = end.end()
    return _named_clause(text, start, len(text))


# "proposed a truce and Chile has set up ...", "welcomed the plan while Peru called for
# ...": "and" or "while", a name (or someone's office) and an auxiliary or a verb of
# saying open a clause after a common noun (not after a name: "Hamas and Fatah have", a
# subject of two).
_AND_NAME_CLAUSE = re.compile(
    r"\s+(?:and|while|whereas)\s+(?:(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,3}|"
    # "reaffirmed its opposition to the tariffs and its foreign minister said"
    r"(?:his|her|its|their)\s+(?:[a-z]+\s+){1,3}|"
    # "rejected such action and Chilean finance minister Ana Soto merely said"
    r"(?:the\s+)?[A-Z][\w-]*\s+(?:[a-z]+\s+){1,3}(?:[A-Z][\w.'\u2019-]*\s+){0,3})"
    r"(?:\w+ly\s+)?(?:(?:has|have|had|is|are|was|were|will|would)\s|" + _SECOND_VERBS + "|"
    # "voiced concern about slowing growth and Humala made a comparison": any past verb
    r"(?:made|took|gave|held|met|told|sent|spoke|went|came|saw|left|began|[a-z]{3,}ed)\s)"
)


_PRONOUNS = frozenset({"he", "she", "it", "we", "they", "you", "him", "her", "us", "them"})


def _named_clause(text: str, start: int, end: int) -> int:
    """``end``, or where a clause "and", a name and an auxiliary or a verb open before it
    ends."""
    for clause in _AND_NAME_CLAUSE.finditer(text, start, end):
        word = "".join(text[start : clause.start()].rsplit(None, 1)[-1:])
        if word[:1].islower() and word not in _PRONOUNS:
            return clause.start()
    return end


_COMPLETED = re.compile(
    r"\s+(?:of|to|about|with|for|against|on|over|towards?|from|the|a|an|its|their|his|her)\s"
    r"|(?<=\bever[\"\u201d])\s+[a-z]"
)


def _closes_inner_quote(text: str, start: int, end: re.Match[str]) -> bool:
    """Whether the mark ``end`` closes a quotation opened after ``start`` on a word (not
    on the comma or stop of quoted speech: '... goodwill," the agency said')."""
    if not text[end.start() - 1].isalnum():
        return False
    if end.group() == '"':
        return text.count('"', start, end.start()) % 2 == 1
    if end.group() == "\u201d":
        return text.count("\u201c", start, end.start()) > text.count("\u201d", start, end.start())
    return False
