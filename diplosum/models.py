"""The summary schema: what the model is asked to fill and what users get back.

Field names are a contract other tools read. Field descriptions are sent to the model as
part of the JSON schema, so they are written as instructions to it. Fields the library fills
(evidence offsets, ``meta``, ``rejected``) are hidden from that schema with
``SkipJsonSchema``: the model is never asked for them, and whatever it sends is overwritten.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from typing import Annotated, Any, Literal

import pycountry
from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.json_schema import SkipJsonSchema

__all__ = [
    "IGO_CODES",
    "Actor",
    "ArticleSummary",
    "Evidence",
    "Goal",
    "Meeting",
    "Meta",
    "PromptInfo",
    "PublishedSource",
    "RejectedItem",
    "Sanction",
    "Stance",
    "Usage",
    "is_known_code",
    "schema_sha256",
]

#: Codes for intergovernmental bodies, as listed in the annotation guide.
IGO_CODES = frozenset(
    {"UN", "EU", "NATO", "ASEAN", "AU", "G7", "G20", "WTO", "IAEA", "IMF", "OPEC", "OSCE", "GCC"}
    | {"ARL", "IGO"}
)

_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


@cache
def _state_codes() -> frozenset[str]:
    current = {c.alpha_3 for c in pycountry.countries}
    # Historical states keep their own code (SUN for the Soviet Union, YUG, DDR, ...).
    historic = {c.alpha_3 for c in pycountry.historic_countries if hasattr(c, "alpha_3")}
    return frozenset(current | historic)


def is_known_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-3 code (current or historical) or a listed IGO code."""
    return code in IGO_CODES or code in _state_codes()


# Size caps on text fields: far above what any real answer needs, so a runaway or hostile
# answer (a 1 MB headline) fails validation instead of flowing into outputs. Lists are not
# capped here (merging duplicates and chunks makes them grow); the transport caps the size
# of a whole answer.
NAME_CHARS = 200
PHRASE_CHARS = 500
HEADLINE_CHARS = 300
SUMMARY_CHARS = 2_000
QUOTE_CHARS = 2_000
_Short = Annotated[str, Field(max_length=NAME_CHARS)]


class _Model(BaseModel):
    # Frozen: items share actor and evidence objects (one sentence's items, one summary's
    # people), so nothing may change one in place; the library copies with model_copy.
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=True)


class Actor(_Model):
    """A person, state, organisation or group taking part in an event."""

    name: str = Field(
        min_length=1,
        max_length=NAME_CHARS,
        description="The actor's name as written in the article, e.g. 'Taro Kono', 'China'.",
    )
    kind: Literal["person", "state", "organization", "group"] = Field(
        description="person for an individual; state for a country or its government; "
        "organization for an intergovernmental or other body; group for a non-state group."
    )
    title: str | None = Field(
        default=None,
        max_length=NAME_CHARS,
        description="The person's office as written, e.g. 'Foreign Minister'; null if none.",
    )
    country: str | None = Field(
        default=None,
        max_length=NAME_CHARS,
        description="ISO 3166-1 alpha-3 code of the state the actor represents (USA, PRK, "
        "SUN for the Soviet Union), or for an intergovernmental body one of UN, EU, NATO, "
        "ASEAN, AU, G7, G20, WTO, IAEA, IMF, OPEC, OSCE, GCC, ARL (Arab League), IGO (any "
        "other). A non-state group takes the code of the country it is based in.",
    )

    @field_validator("country", mode="before")
    @classmethod
    def _upper_code(cls, value: Any) -> Any:
        # Unknown codes are not refused here: normalisation repairs them from the actor's
        # name or title, or removes the item into ``rejected`` with the reason.
        if isinstance(value, str):
            return value.strip().upper() or None
        return value


class Evidence(_Model):
    """A verbatim span of the article that states the item."""

    quote: str = Field(
        min_length=1,
        max_length=QUOTE_CHARS,
        description="Copy, character for character, the shortest span of the article that "
        "states this item. Do not paraphrase, translate, shorten with '...' or join "
        "separate sentences.",
    )
    start: SkipJsonSchema[int | None] = None
    end: SkipJsonSchema[int | None] = None


_EVIDENCE = Field(
    min_length=1, description="One or more verbatim quotes from the article stating this item."
)


class Meeting(_Model):
    """A contact between officials of at least two different states or bodies."""

    participants: list[Actor] = Field(
        min_length=2,
        description="Everyone taking part, at least two, from at least two different states "
        "or bodies. 'A met B and C separately' is two meetings.",
    )
    status: Literal["held", "planned", "proposed", "cancelled"] = Field(
        description="held: took place or is taking place; planned: scheduled or expected; "
        "proposed: offered or called for, not agreed; cancelled: called off."
    )
    date_text: str | None = Field(
        default=None,
        max_length=NAME_CHARS,
        description="When, copied as the article words it ('on Friday', 'in late April', "
        "'March 16, 2018'); null if the article does not say.",
    )
    date: SkipJsonSchema[str | None] = None
    date_precision: SkipJsonSchema[Literal["day", "week", "month", "year"] | None] = None
    location: str | None = Field(
        default=None, max_length=NAME_CHARS, description="Where, as written; null if unstated."
    )
    topics: list[_Short] = Field(default_factory=list, description="What was discussed, briefly.")
    evidence: Annotated[list[Evidence], _EVIDENCE]

    def parties(self) -> list[Actor]:
        """The actors the item names: its participants."""
        return list(self.participants)

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        """``date`` is filled by the library from ``date_text``; it is ISO 8601 or nothing."""
        if value is not None and not _ISO_DATE.match(value):
            raise ValueError(f"{value!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
        return value


class Goal(_Model):
    """An aim an actor states for itself."""

    actor: Actor = Field(description="Who states the aim.")
    statement: str = Field(
        min_length=1, max_length=PHRASE_CHARS, description="The aim, in a short phrase."
    )
    evidence: Annotated[list[Evidence], _EVIDENCE]
    attributed: SkipJsonSchema[bool | None] = None

    def parties(self) -> list[Actor]:
        """The actors the item names: who states the aim."""
        return [self.actor]


class Sanction(_Model):
    """A coercive economic or diplomatic measure by one state or body against another."""

    imposer: Actor = Field(description="Who imposes, threatens, lifts or tried to impose it.")
    target: Actor = Field(description="Who it is aimed at.")
    measures: list[_Short] = Field(
        default_factory=list,
        description="The measures, briefly: 'asset freeze', 'arms embargo', 'expulsion of "
        "diplomats', 'tariffs'.",
    )
    status: Literal["imposed", "threatened", "lifted", "blocked"] = Field(
        description="imposed: new measures taken or in force; threatened: warned of, "
        "considered, proposed; lifted: removed or eased; blocked: an attempt to impose was "
        "stopped, e.g. vetoed."
    )
    evidence: Annotated[list[Evidence], _EVIDENCE]

    def parties(self) -> list[Actor]:
        """The actors the item names: its imposer and its target."""
        return [self.imposer, self.target]


class Stance(_Model):
    """A state's or body's stated position on an issue, another actor or an event."""

    actor: Actor = Field(description="Whose position it is.")
    topic: str = Field(
        min_length=1, max_length=PHRASE_CHARS, description="What the position is about, briefly."
    )
    position: Literal["support", "oppose", "neutral"] = Field(
        description="support: welcomes, backs, praises, agrees; oppose: condemns, criticises, "
        "rejects, accuses, warns against; neutral: a position with no clear for or against."
    )
    evidence: Annotated[list[Evidence], _EVIDENCE]
    attributed: SkipJsonSchema[bool | None] = None

    def parties(self) -> list[Actor]:
        """The actors the item names: whose position it is."""
        return [self.actor]


class Usage(_Model):
    """Tokens used, summed over every request made for one summary (re-asks included).

    ``cached_prompt_tokens`` is the part of ``prompt_tokens`` the provider served from its
    prompt cache (billed at a lower rate).
    """

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cached_prompt_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
            cached_prompt_tokens=self.cached_prompt_tokens + other.cached_prompt_tokens,
        )


class PromptInfo(_Model):
    """Which prompt template produced a summary, and the hash of its content."""

    name: str
    sha256: str


PublishedSource = Literal["argument", "record", "page", "dateline"]


class Meta(_Model):
    """How a summary was made. Filled by the library, never by the model."""

    backend: str
    model: str
    prompt: PromptInfo
    schema_sha256: str
    usage: Usage = Field(default_factory=Usage)
    cost_usd: float | None = Field(
        default=None,
        description="What producing the answer cost in US dollars (all requests and re-asks; "
        "the Batch API's discount when it came from a batch; 0 for the offline extractor), "
        "also when it now came from the cache; None when the model's price is unknown.",
    )
    attempts: int = Field(default=0, description="HTTP requests made, re-asks included.")
    cached: bool = False
    published: str | None = Field(
        default=None, description="The reference date relative dates were resolved against."
    )
    #: Where ``published`` came from: the caller, a corpus record, a web page's own date,
    #: or the article's dateline.
    published_source: PublishedSource | None = None
    timings: dict[str, float] = Field(default_factory=dict)
    created_at: str = ""
    diplosum_version: str = ""


class RejectedItem(_Model):
    """An item the model returned that the library removed, and why."""

    section: Literal["meetings", "goals", "sanctions", "stances"]
    item: dict[str, Any]
    quote: str | None = None
    reason: str


class ArticleSummary(_Model):
    """A structured, evidence-grounded summary of one diplomatic news article."""

    headline: str = Field(
        min_length=1,
        max_length=HEADLINE_CHARS,
        description="A neutral headline of at most 15 words.",
    )
    summary: str = Field(
        min_length=1,
        max_length=SUMMARY_CHARS,
        description="One to three sentences stating the article's diplomatic content.",
    )
    meetings: list[Meeting] = Field(
        default_factory=list,
        description="Every distinct meeting, talks, visit, summit, call or conference session "
        "between officials of different states or bodies. Empty if none.",
    )
    goals: list[Goal] = Field(
        default_factory=list, description="Aims actors state for themselves. Empty if none."
    )
    sanctions: list[Sanction] = Field(
        default_factory=list,
        description="Sanctions, embargoes, punitive tariffs, expulsions of diplomats, asset "
        "freezes. Empty if none.",
    )
    stances: list[Stance] = Field(
        default_factory=list,
        description="Positions states or bodies state on an issue, actor or event. Empty if none.",
    )
    meta: SkipJsonSchema[Meta | None] = None
    rejected: SkipJsonSchema[list[RejectedItem]] = Field(default_factory=list)
    unattributed: SkipJsonSchema[int] = 0

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        # Pickled as its JSON: a worker process (``diplosum.workers``) sends every summary
        # back this way, and pydantic-core reads the JSON in about half the time pickle
        # takes to restore each nested model's state one by one.
        return type(self).model_validate_json, (self.model_dump_json(),)


def schema_sha256() -> str:
    """SHA-256 of the JSON schema the model is given; part of every cache key and fixture."""
    schema = json.dumps(ArticleSummary.model_json_schema(), sort_keys=True)
    return hashlib.sha256(schema.encode("utf-8")).hexdigest()
