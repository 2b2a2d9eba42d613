"""Where a readable phrase cut short ends: at its last comma or before its last
preposition or conjunction when it runs past its words, and then trimmed so that it closes
on no word that needs another ("of", "the", "Beijing's"), no idiom that lost its "of" ("in
the wake"), no clause it opens and cuts short ("where Chile"), no time after its noun
phrase and no "..., she said"."""

from __future__ import annotations

import itertools

from .phrase_names import through_name
from .phrase_times import without_closing_time

__all__ = ["CLOSERS", "cut_to"]

CLOSERS = frozenset(
    {
        *("a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as"),
        *("and", "or", "but", "that", "which", "who", "its", "their", "his", "her", "our"),
        *("this", "these", "those", "be", "is", "are", "was", "were", "very", "into", "than"),
        *("such", "some", "any", "all", "both", "more", "most", "not", "no", "would", "will"),
        *("could", "should", "can", "may", "might", "must", "has", "have", "had", "it", "they"),
        *("he", "she", "we", "i", "if", "about", "over", "under", "between", "against"),
        *("been", "being"),
        *("within", "toward", "towards", "upon", "onto", "through", "during", "despite"),
        *("amid", "among", "via"),
        # Words that need what follows: "... by the North including", "... space to try".
        *("including", "like", "try", "seek", "help", "allow", "let", "many", "much"),
        *("how", "what", "why", "whether", "where", "when", "compared"),
        *("even",),  # "... involvement | even though": the conjunction's first word
        # A clause's conjunction cut from its clause: "the tariffs on March 27 | after".
        *("after", "before", "since", "until", "because", "although", "unless", "whereas"),
    }
)


# Where a phrase cut short may end instead: before a preposition or a conjunction, the
# phrase before it is whole ("pressure on the border | by its recent ...").
_BOUNDARIES = frozenset(
    {
        "by",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "to",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "while",
        "as",
        "after",
        # "rights | over the disputed islands in the south"
        *("over", "about", "against", "into", "under", "between", "through", "during"),
        *("near", "across", "including", "amid", "since", "before", "despite"),
        # "come up with a new plan | if it hopes to ...": a condition or a reason is a
        # clause of its own.
        *("if", "unless", "although", "though", "whereas", "whether"),
    }
)


def _back_off(tokens: list[str]) -> list[str]:
    """A clause cut at the word limit ends mid-phrase ("... by its apparent"): end it at
    its last comma, else before its last preposition or conjunction, if three words or
    more remain."""
    for index in range(len(tokens) - 1, 2, -1):
        if tokens[index - 1].endswith(",") and not _in_a_list(tokens, index):
            return tokens[:index]
    for index in range(3, len(tokens) - 1):
        if (
            tokens[index].lower() == "as"
            and tokens[index + 1].lower() in _DETERMINERS
            and not tokens[index - 1].lower().endswith(("ed", "en", "act", "serve"))
        ):
            # "lift the blockade | as the families of ...": a clause (not "described
            # as the deadliest", "seen as the protector": what it was called)
            return tokens[:index]
    for index in range(len(tokens) - 1, 2, -1):
        if (
            tokens[index].lower() == "as"
            and tokens[index - 1].lower() == "soon"
            and tokens[index - 2].lower().strip("\"'\u201c") == "as"
        ):
            return tokens[: index - 2]  # "to withdraw | as soon as ...": a clause of time
        if tokens[index].lower() in _BOUNDARIES:
            # "change course | so that ...": "so" is the purpose's first word
            so = index > 3 and tokens[index].lower() == "that" and tokens[index - 1] == "so"
            if tokens[index].lower() == "by":
                return tokens[: _agentless(tokens, index)]
            return tokens[: index - so]
    return tokens


def _agentless(tokens: list[str], by: int) -> int:
    """Where a phrase cut before "by" at ``by`` ends: before a participle whose agent is
    cut off, and its particle ("a review of the payments | triggered | by the heist",
    "the postponing of rallies | called for | by a cleric"), not a passive's verb ("had
    been hurt")."""
    verb = by - 1 if tokens[by - 1].lower() not in ("for", "on", "up") else by - 2
    if verb < 3 or not tokens[verb].endswith("ed"):
        return by
    return by if tokens[verb - 1].lower() in _PASSIVE_AUXILIARIES else verb


_PASSIVE_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "got"})


def _in_a_list(tokens: list[str], index: int) -> bool:
    """Whether the comma before ``tokens[index]`` parts the names of a list ("against
    Peruvian, Bolivian, and Chilean boats", "Chile, Peru, Bolivia and Ecuador"): a
    capitalised word before it, and within three words after it "and" or "or" and
    another capitalised word (not "to Arica, and keep them", "Ana Soto, Vera said")."""
    if _single_words_listed(tokens, index):
        return True
    if not tokens[index - 1][:1].isupper():
        return False
    ahead = tokens[index : index + 4]
    return any(
        word.lower() in ("and", "or") and following[:1].isupper()
        for word, following in itertools.pairwise(ahead)
    )


def _single_words_listed(tokens: list[str], index: int) -> bool:
    """Whether the comma before ``tokens[index]`` is one of a serial comma's list of single
    words ("open, fair, and equal access"): "w1, w2, and w3"."""
    at = tokens[index].lower()
    if tokens[index].endswith(","):
        return index + 1 < len(tokens) and tokens[index + 1].lower() in ("and", "or")
    return at in ("and", "or") and index >= 2 and tokens[index - 2].endswith(",")


# What opens a noun phrase, after "as": a clause of its own ("as the talks resumed").
_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "our", "this"})


# Words that open a clause of their own: one cut after a word or two of it is no phrase.
_SUBORDINATORS = frozenset(
    {"where", "when", "which", "who", "whom", "whose", "while", "because", "although"}
    | {"though", "unless", "whereas"}
)


def _without_open_clause(tokens: list[str]) -> list[str]:
    """``tokens`` less a clause they open and cut short: "the dispute over the islands |
    where Chile"."""
    for index in range(len(tokens) - 1, max(len(tokens) - 3, 0), -1):
        if tokens[index].lower() in _SUBORDINATORS:
            return tokens[:index]
    return tokens


def _without_closers(tokens: list[str]) -> list[str]:
    """``tokens`` less the words at their end that need another (``CLOSERS``), a
    possessive, which needs its noun ("concerns over Beijing's"), and marks alone ("our
    aim in the negotiations is ..")."""
    while tokens and (
        (tokens[-1].lower().rstrip(",") in CLOSERS and not _month_may(tokens))
        or tokens[-1].endswith(("'s", "\u2019s"))
        or not any(c.isalnum() for c in tokens[-1])
        # "criticised the fund, however": an adverb set off, no part of the phrase
        or (len(tokens) > 2 and tokens[-2].endswith(",") and tokens[-1].lower() in _SET_OFF)
    ):
        if _object_pronoun(tokens):
            break  # "providing the money to do that", "having opposed it": whole
        tokens = tokens[:-1]
    return tokens


def _month_may(tokens: list[str]) -> bool:
    """Whether ``tokens`` end on "May" capitalised past their first word: the month or a
    name ("on 3 May", "Theresa May"), not the modal, which a phrase never ends on."""
    return len(tokens) > 1 and tokens[-1].rstrip(",") == "May"


_SET_OFF = frozenset(
    {"however", "though", "meanwhile", "too", "also", "therefore", "nevertheless", "instead"}
)


# A pronoun as a verb's object ends a phrase whole: "do that", "opposed it", "back them".
_DO = frozenset({"do", "does", "did", "done", "doing"})


def _object_pronoun(tokens: list[str]) -> bool:
    """Whether ``tokens`` end on a pronoun that is the object of the verb before it, in a
    phrase that says more than the verb ("dismissed it" alone names nothing)."""
    if len(tokens) < 4:
        return False
    last, verb = tokens[-1].lower().rstrip(","), tokens[-2].lower()
    if last == "that":
        return verb in _DO
    if last not in ("it", "them"):
        return False
    # "opposed it", "rebels defending it", "tried to stop it", "would back them"
    return (
        verb in _DO
        or verb.endswith("ed")
        or (verb.endswith("ing") and len(verb) > 5 and verb not in _ING_NOT_VERBS)
        or tokens[-3].lower() in _BEFORE_A_VERB
    )


# Words in "-ing" that are no verbs: "during it", "nothing".
_ING_NOT_VERBS = frozenset({"during", "nothing", "something", "anything", "everything"})
# Before a verb's base form: "to stop it", "will defend them".
_BEFORE_A_VERB = frozenset(
    {"to", "will", "would", "must", "should", "could", "can", "may", "might", "not"}
)


# Prepositional phrases that need their "of": "at the behest | of", "in the wake | of". One
# that a cut leaves last says nothing, and goes.
_NEEDS_OF = tuple(
    tuple(idiom.split())
    for idiom in (
        *("at the behest", "on behalf", "in front", "in spite", "in the wake", "in the face"),
        *("as a result", "in light", "in view", "on the eve", "in the aftermath"),
        *("at the request", "at the invitation", "in the name", "in the run-up"),
        *("in the middle", "at the end", "by means", "in the absence", "on the basis"),
        *("in the interest", "in the interests", "in the hands", "in the event", "in favour"),
        *("in favor", "in support", "in the case", "regardless"),
        # and those that need their "to": "in order | to", "so as | to"
        *("in order", "so as"),
    )
)


# The idioms by their last word: a phrase's last word rules out nearly all of them at once.
_NEEDS_OF_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _idiom in _NEEDS_OF:
    _NEEDS_OF_BY_LAST.setdefault(_idiom[-1], []).append(_idiom)


def _without_idiom(tokens: list[str]) -> list[str]:
    """``tokens`` less a phrase at their end that needs an "of" they lost."""
    if not tokens:
        return tokens
    for idiom in _NEEDS_OF_BY_LAST.get(tokens[-1].lower().rstrip(","), ()):
        size = len(idiom)
        if len(tokens) > size and tuple(t.lower().rstrip(",") for t in tokens[-size:]) == idiom:
            return tokens[:-size]
    return tokens


_SLACK = 3
# Prepositions that finish the noun phrase before them ("the end of", "a ban on").
_OF_PHRASE = frozenset({"of", "on", "for", "in", "to"})
_CONJUNCTIONS = frozenset({"and", "or", "but", "while", "as", "that", "which", "who"})


def _completes_a_phrase(clause: list[str], kept: int, words: int) -> bool:
    """Whether ``clause``, cut to ``kept`` words at the limit of ``words``, lost only a
    short phrase that its cut word opens and no new clause begins in."""
    rest = [t.lower().rstrip(",") for t in clause[kept:]]
    return (
        words < len(clause) <= words + _SLACK
        and bool(rest)
        and rest[0] in _OF_PHRASE
        and _CONJUNCTIONS.isdisjoint(rest)
        and not any(t.endswith(",") for t in clause[kept:-1])
    )


_SAYING = frozenset(
    {"said", "says", "told", "argued", "argues", "added", "adds", "insisted", "insists"}
    | {"stressed", "stresses", "noted", "notes", "explained", "explains", "warned", "warns"}
)
_SPEAKING_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def _without_saying(tokens: list[str]) -> list[str]:
    """``tokens`` less a verb of saying they end on, and the pronoun that says it ("a
    truce would be most welcome, she said", "Peru said | on May 2 it had"): who said it
    is no part of what was said."""
    if len(tokens) < 3 or tokens[-1].lower().rstrip(",") not in _SAYING:
        return tokens
    if any(t.lower() in ("what", "whatever") for t in tokens[-4:-1]):
        return tokens  # "raised what the survey says": a clause whole
    kept = tokens[:-1]
    if kept[-1].lower() in _SPEAKING_PRONOUNS:
        kept = kept[:-1]
    if kept:
        kept[-1] = kept[-1].rstrip(",")
    return kept


# Nouns that name a part or a count of what follows their "of": cut before it, they say
# nothing ("to leave parts | of the country", "a cap on the number | of visas").
_PART_NOUNS = frozenset({"part", "parts", "number", "rest", "bulk", "half", "portion"})


def _without_part_of(tokens: list[str]) -> list[str]:
    """``tokens``, cut before an "of", less a noun of part or count that ends them after
    "the", "a" or "as" ("as part", "the number"), which go too; not after a word that
    describes it ("the eastern part": what is left would end on "eastern")."""
    if len(tokens) > 2 and tokens[-1].lower() in _PART_NOUNS and tokens[-2].lower() in _BARE:
        return tokens[:-2]
    return tokens


_BARE = frozenset({"the", "a", "an", "as"})


def _second_verb_cut(clause: list[str], tokens: list[str]) -> bool:
    """Whether ``tokens``, cut from ``clause``, end on "and" and a verb whose complement
    was cut off: the next word is an adverb, "very" or "much" (not "to": "oils and fats |
    to finance")."""
    if len(tokens) <= 4 or len(tokens) >= len(clause) or tokens[-2].lower() not in ("and", "or"):
        return False
    following = clause[len(tokens)].lower()
    return following in ("very", "much", "also") or following.endswith("ly")


def cut_to(clause: list[str], words: int) -> list[str]:
    """``clause`` cut to at most ``words`` words where a phrase ends, and trimmed at its
    end (see the module docstring)."""
    tokens = clause if len(clause) <= words else through_name(clause, _back_off(clause[:words]))
    if _completes_a_phrase(clause, len(tokens), words):
        # A clause a few words over the limit, cut before an "of" phrase, is kept whole:
        # cut, it loses the end of its phrase ("the early release | of the fishermen").
        tokens = clause
    if len(tokens) < len(clause) and clause[len(tokens)].lower() == "of":
        tokens = _without_part_of(tokens)
    tokens = without_closing_time(_without_idiom(_without_open_clause(tokens)))
    tokens = _without_closers(_without_saying(tokens))
    # "a levy which Austria | is against": with its verb gone, the clause is cut short too.
    opened = _without_open_clause(tokens)
    if len(opened) < len(tokens):
        tokens = _without_closers(opened)
    if _second_verb_cut(clause, tokens):
        # "talk on fishing issues and hope | very much to end": cut from what it
        # governs, a second verb is one word of its clause; the first stands alone
        tokens = _without_closers(tokens[:-2])
    return [*tokens[:-1], tokens[-1].rstrip(",")] if tokens else tokens
