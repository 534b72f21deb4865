"""Typed records that extraction produces: small frozen dataclasses, every one addressed
by character offsets into the article text (``text[start:end] == span.text``).

These records are the only thing the RDF layer (:mod:`kb.rdf`) sees of extraction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityKind = Literal["Person", "Organization", "Country", "City", "Place", "Group"]
ClaimKind = Literal["direct", "partial", "indirect"]
EventStatus = Literal["held", "planned", "hypothetical"]
Granularity = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A stretch of the article text: ``text == article[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, article: str, start: int, end: int) -> "Span":
        return cls(start, end, article[start:end])


@dataclass(frozen=True, slots=True)
class Mention:
    """Words in the text that refer to an entity (``"he"``, ``"the minister"``, ``"Lavrov"``)."""

    span: Span
    entity: str  # Entity.key


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place or unnamed group of sources, as one article knows it.

    ``key`` is normalised (kind and name) so that the same entity gets the same key, and so
    the same IRI, in every article.
    """

    key: str
    kind: EntityKind
    name: str
    mentions: tuple[Mention, ...]
    titles: tuple[str, ...] = ()
    affiliation: str | None = None  # key of an Organization or Country entity
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """Something a source said or is reported to have said.

    ``content`` is the quoted words (direct, partial) or the reported content (indirect);
    ``parts`` holds every piece when a quote is split by its attribution.
    """

    kind: ClaimKind
    content: Span
    speaker: str | None  # Entity.key; None only when no source could be found
    speaker_mention: Span | None
    cue: Span | None
    sentence: Span
    parts: tuple[Span, ...] = ()
    addressee: Span | None = None

    @property
    def text(self) -> str:
        if len(self.parts) > 1:
            return " ".join(p.text for p in self.parts)
        return self.content.text


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A date as precise as the text allows, with the words that gave it."""

    words: Span
    value: str | None  # ISO 8601: "2025-07-11", "2025-07", "2025"; None for vague phrases
    granularity: Granularity | None


@dataclass(frozen=True, slots=True)
class Event:
    """A meeting, call, visit, summit, press conference or statement."""

    type: str  # Meeting, Talks, Call, Visit, Summit, PressConference, Statement
    status: EventStatus
    participants: tuple[str, ...]  # Entity.key, at least one
    trigger: Span
    evidence: tuple[Span, ...]
    time: TimeValue | None = None
    place: str | None = None  # Entity.key of a place
    name: str | None = None  # named events: "ASEAN Foreign Ministers' Meeting"
    part_of: int | None = None  # index of the parent event in Extraction.events


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    text: str
    body: tuple[Span, ...]  # paragraphs that are article text (boilerplate left out)
    sentences: tuple[Span, ...]
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    headline: Span | None = None
    dateline: Span | None = None
    meta: dict = field(default_factory=dict, compare=False)

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)
