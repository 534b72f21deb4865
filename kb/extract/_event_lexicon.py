"""The event trigger lexicon (``kb/resources/event_triggers.tsv``) and the group nouns
(``kb/resources/event_groups.txt``) and venue words
(``kb/resources/event_venues.txt``) as typed data, loaded once."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Trigger:
    form: str  # lower case, as written
    type: str  # Meeting, Call, Visit, Summit, PressConference, Statement
    role: str  # verb, noun, anaphor


@dataclass(frozen=True, slots=True)
class EventLexicon:
    triggers: dict[str, Trigger]  # form -> trigger
    pattern: re.Pattern[str]  # any form, longest first, whole words, case-insensitive
    group_heads: frozenset[str] = frozenset()  # plural nouns of unnamed groups ("unions", "parents")
    venue_words: frozenset[str] = frozenset()  # last words of venue names ("street", "palace")


def _read(name: str) -> str:
    return (resources.files("kb.resources") / name).read_text(encoding="utf-8")


@cache
def event_lexicon() -> EventLexicon:
    text = _read("event_triggers.tsv")
    triggers: dict[str, Trigger] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            continue
        form, typ, role = (c.strip() for c in cols[:3])
        triggers[form.lower()] = Trigger(form.lower(), typ, role)
    forms = sorted(triggers, key=len, reverse=True)
    alts = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms)
    pattern = re.compile(rf"(?<![\w\-])(?:{alts})(?![\w\-])", re.IGNORECASE)
    return EventLexicon(triggers, pattern, _words("event_groups.txt"), _words("event_venues.txt"))


def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for line in _read(name).splitlines()
                     if line.strip() and not line.lstrip().startswith("#") for w in line.split())
