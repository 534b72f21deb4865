"""Article text: boilerplate removal, paragraphs and sentences, all as offsets into the text.

Cleaning is length-preserving: page furniture is blanked (replaced by spaces) and odd
white space is normalised one character for one, so an offset in the cleaned text is the
same offset in the original.  :class:`Prepared` keeps both strings.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from dataclasses import dataclass

from kb.extract.records import Span
from kb.resources import lexicon

_PARA_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_WS_MAP = str.maketrans({"\u00a0": " ", "\t": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ", "\r": " ",
                         "\u2028": "\n", "\u2029": "\n", "\f": "\n", "\v": "\n"})
# a wire dateline: "WASHINGTON, March 3 (Reuters) -", "MOSCOW (AP) —", "KUALA LUMPUR, July 11 -"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'\-]{2,40}?)(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.? \d{1,2}))?"
    r"(?:\s*\((?P<agency>[A-Za-z .]+)\))?\s*[-\u2013\u2014]+\s+"
)


@dataclass(frozen=True, slots=True)
class Prepared:
    original: str
    text: str  # same length as original; boilerplate blanked
    paragraphs: tuple[Span, ...]  # kept paragraphs (spans of `original`)
    sentences: tuple[Span, ...]
    headline: Span | None
    dateline: Span | None
    dateline_place: Span | None


@cache  # called once per distinct character (the callers count characters first)
def _script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "?"
    return name.split(" ", 1)[0]


def _dominant_script(text: str) -> str:
    head = text[:20000]
    if head.isascii():
        return "LATIN"  # (also the answer when there are no letters at all)
    counts: dict[str, int] = {}
    for ch, n in Counter(head).items():  # each distinct character once
        if ch.isalpha():
            s = _script(ch)
            counts[s] = counts.get(s, 0) + n
    return max(counts, key=counts.__getitem__) if counts else "LATIN"


def _is_boilerplate(para: str, script: str) -> bool:
    chars = Counter(para)
    letters = sum(n for ch, n in chars.items() if ch.isalpha())
    if not letters:
        return not any(ch.isdigit() for ch in chars)  # lone punctuation, "*", "|"
    foreign = sum(n for ch, n in chars.items() if ch.isalpha() and _script(ch) != script)
    if foreign / letters > 0.5:
        return True
    line = " ".join(para.split())
    if len(line) <= 80:
        return any(p.fullmatch(line.rstrip(" .:|>»")) for p in lexicon().boilerplate)
    return False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph boundaries: blank lines; a text without blank lines has one paragraph a line."""
    if _PARA_BREAK.search(text):
        bounds, pos = [], 0
        for m in _PARA_BREAK.finditer(text):
            bounds.append((pos, m.start()))
            pos = m.end()
        bounds.append((pos, len(text)))
    else:
        bounds, pos = [], 0
        for line in text.split("\n"):
            bounds.append((pos, pos + len(line)))
            pos += len(line) + 1
    out = []
    for a, b in bounds:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


_SENT_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+|$)|\u2026(?=\s+[A-Z\u201c\"])")
_NEXT_START = re.compile(r"\s+(?:''|[\"'\u201c\u2018(\[])?[A-Z0-9\u00c0-\u024f]")


_PRONOUN_START = re.compile(r"\s+(?:He|She|They|We|It|I)\s")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence boundaries inside ``text[start:end]`` (one paragraph)."""
    abbrevs = lexicon().abbreviations
    out, s = [], start
    for m in _SENT_END.finditer(text, start, end):
        e = m.end()
        # the word ending here: an abbreviation or an initial ("J.") does not end the sentence
        word_start = text.rfind(" ", start, m.start()) + 1
        word = text[max(word_start, start):m.start() + 1]
        if m.group().startswith(".") and (word in abbrevs or re.fullmatch(r"[A-Z]\.", word)
                                           or re.fullmatch(r"(?:[A-Za-z]\.){2,}", word)):
            nxt = _NEXT_START.match(text, e, end)
            # "U.S." at a sentence end followed by a capital is ambiguous: only split on a clear start
            if not (word in {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "etc."} and nxt
                    and text[nxt.end() - 1] in "\"\u201c" ) and not _PRONOUN_START.match(text, e, end):
                continue  # (but "in the U.S. He says", "at 7 p.m. They": a subject pronoun starts a sentence)
        if e < end and not _NEXT_START.match(text, e, end):
            continue
        out.append((s, e))
        s = e
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return [(a, b) for a, b in out if b > a]


def prepare(original: str) -> Prepared:
    """Blank page furniture, find paragraphs, headline, dateline and sentences."""
    text = original.translate(_WS_MAP)
    script = _dominant_script(text)
    kept: list[tuple[int, int]] = []
    chars = list(text)
    for a, b in paragraphs(text):
        if _is_boilerplate(text[a:b], script):
            chars[a:b] = [" " if c != "\n" else "\n" for c in text[a:b]]
        else:
            kept.append((a, b))
    text = "".join(chars)
    headline = None
    if kept:
        a, b = kept[0]
        first = text[a:b]
        if "\n" not in first and len(first) < 200 and not re.search(r"[.!?][\"\u201d\u2019')]?$", first):
            headline = Span.of(original, a, b)
    dateline = dateline_place = None
    sents: list[Span] = []
    for a, b in kept:
        if headline and a == headline.start:
            sents.append(headline)
            continue
        if dateline is None and not sents[1:]:
            m = DATELINE.match(text, a, b)
            if m:
                dateline = Span.of(original, m.start(), m.end())
                dateline_place = Span.of(original, m.start("place"), m.end("place"))
                a = m.end()
        for s, e in sentences(text, a, b):
            sents.append(Span.of(original, s, e))
    return Prepared(original, text, tuple(Span.of(original, a, b) for a, b in kept), tuple(sents),
                    headline, dateline, dateline_place)
