"""Fuzzing the extractor (hypothesis): ``kb.extract.extract`` never raises on any text, every
offset it records lies inside the text, and every span's text is the text at its offsets (claims,
their parts, speakers, cues, entity mentions, events, sentences). Bounded so the suite stays fast."""
from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import ARTICLE, ARTICLE_2
from kb.extract import extract
from kb.extract.records import Span

FRAGMENTS = [
    "Elena Marsh", "Tomas Reyes", "Minister", "Foreign Minister Sergey Lavrov", "Rubio", "the minister", "he", "she",
    "They", "officials", "a senior official", "Reuters", "the United Nations", "Russia", "Russian", "Kuala Lumpur",
    "Lisbon", " said", " told reporters", " according to", " added", " met ", " talks ", " visited ", " on Friday",
    " on 4 March 2025", " last week", " next month", " in 2024", '"', '"', "“", "”", "‘", "’", "«", "»", "'", ",", ".",
    ":", ";", " - ", " — ", "(", ")", "\n", "\n\n", "\t", " ", "  ", "WASHINGTON (AP) — ", "Show more", "é", "北京",
    "\u200b", "\ufeff", "\r\n", "\x00", "🙂", "We will not accept it", "the talks were candid and substantive",
]

article_like = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join)
mutated = st.tuples(st.sampled_from([ARTICLE, ARTICLE_2]), st.integers(0, 400), st.integers(0, 60),
                    st.text(max_size=30)).map(lambda t: t[0][:t[1]] + t[3] + t[0][t[1] + t[2]:])
texts = st.one_of(st.text(max_size=400), article_like, mutated)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))


def _spans(x) -> list[tuple[str, Span]]:  # noqa: ANN001 - an Extraction
    out: list[tuple[str, Span]] = [("body", s) for s in x.body] + [("sentence", s) for s in x.sentences]
    for name in ("headline", "dateline"):
        if getattr(x, name) is not None:
            out.append((name, getattr(x, name)))
    for e in x.entities:
        out += [(f"mention of {e.key}", m.span) for m in e.mentions]
    for c in x.claims:
        out += [("claim content", c.content), ("claim sentence", c.sentence)]
        out += [("claim part", p) for p in c.parts]
        out += [(f"claim {n}", s) for n, s in (("speaker", c.speaker_mention), ("cue", c.cue),
                                                ("addressee", c.addressee)) if s is not None]
    for ev in x.events:
        out += [("event trigger", ev.trigger)] + [("event evidence", s) for s in ev.evidence]
        if ev.time is not None:
            out.append(("event time words", ev.time.words))
    return out


EXAMPLES = int(os.environ.get("KB_FUZZ_EXAMPLES", "200"))  # more for a longer hunt
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


@FUZZ
@given(text=texts, published=dates)
def test_extract_never_raises_and_offsets_lie_inside_the_text(text: str, published: dt.date | None) -> None:
    x = extract(text, published=published)
    assert x.text == text
    keys = {e.key for e in x.entities}
    for what, span in _spans(x):
        assert 0 <= span.start <= span.end <= len(text), (what, span)
        assert len(span.text) == span.end - span.start, (what, span)
    for c in x.claims:
        assert c.speaker is None or c.speaker in keys, c
    for ev in x.events:
        assert ev.participants and set(ev.participants) <= keys, ev
        if ev.part_of is not None:
            assert 0 <= ev.part_of < len(x.events)


@FUZZ
@given(text=texts)
@example(text="B\tB")  # found by this test: a mention read 'B B' (kb/extract recognises on cleaned text)
@example(text='"We\u00a0will\tgo," Elena\tMarsh\u00a0said\ton Friday.')
def test_span_texts_are_the_text_at_their_offsets(text: str) -> None:
    """Every claim's parts, every entity mention and every other span: its text is the article's text at
    its offsets."""
    for what, span in _spans(extract(text)):
        assert text[span.start:span.end] == span.text, (what, span)
