"""Extraction: pure functions from article text to typed records (:mod:`kb.extract.records`).

    >>> from kb.extract import extract
    >>> x = extract("Lavrov met Rubio on Friday.", published=None)

Steps, each a plain function: :func:`kb.extract.text.prepare` (boilerplate, paragraphs,
sentences), :func:`kb.extract.entities.recognise` (entity mentions),
:func:`kb.extract.claims.find_claims` (quotes and reported speech with their speakers) and
:func:`kb.extract.events.find_events` (events with participants, time and place).
Every record carries character offsets into the text it was given.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from kb.extract.claims import find_claims
from kb.extract.entities import recognise
from kb.extract.events import find_events
from kb.extract.records import Claim, Entity, Event, Extraction, Mention, Span, TimeValue
from kb.extract.text import prepare

__all__ = ["extract", "Extraction", "Claim", "Entity", "Event", "Mention", "Span", "TimeValue"]


def _in_original(e: Entity, text: str) -> Entity:
    """The entity with every mention span quoting ``text`` (the recogniser reads the cleaned,
    same-length text, whose white space may differ from the original's)."""
    if all(m.span.text == text[m.span.start:m.span.end] for m in e.mentions):
        return e
    mentions = tuple(Mention(Span.of(text, m.span.start, m.span.end), m.entity) for m in e.mentions)
    return dataclasses.replace(e, mentions=mentions)


def extract(text: str, published: dt.date | None = None) -> Extraction:
    """Extract entities, claims and events from one article's text.

    Never raises on any string; offsets in the result index into ``text``.
    """
    prep = prepare(text)
    idx = recognise(prep.text, prep.sentences)
    claims = find_claims(prep, idx)
    events = find_events(prep, idx, published)
    return Extraction(
        text=text,
        body=prep.paragraphs,
        sentences=prep.sentences,
        entities=tuple(_in_original(e, text) for e in idx.entities()),
        claims=tuple(claims),
        events=tuple(events),
        headline=prep.headline,
        dateline=prep.dateline,
    )
