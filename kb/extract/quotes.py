"""Quotation marks: pair opening and closing double quotes paragraph by paragraph.

Curly (“ ”), straight (") and guillemet marks are read by their context first (a mark after a
space and before a word opens, one after a word closes) and by their shape second, so that a
wrongly curled mark does not derail the rest of the article.  Single quotes and apostrophes
(``Ministers’``, ``it’s``, ``’90s``) are never top-level quote marks: a single-quoted stretch
inside a double-quoted one simply stays part of it.

A quote left open at the end of a paragraph continues into the next paragraph when that one
opens with a quote mark (the newspaper convention for quotes running over paragraphs); if it
does not, the quote is closed at the end of its paragraph (recovery: the article goes on).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile("[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]")
_OPENERS = "\u201c\u201e\u201f\u00ab"
_CLOSERS = "\u201d\u00bb\u2033"
_BEFORE_OPEN = set(" \n([{\u2014\u2013-/:;,")


@dataclass(slots=True)
class Quote:
    """One quoted stretch inside one paragraph: ``start:end`` is the text between the marks."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when the quote runs to the paragraph end
    start: int  # content start (after the opening mark and any white space)
    end: int  # content end (before the closing mark, white space trimmed)
    para: int  # paragraph index
    cont_prev: bool = False  # continues a quote left open in the previous paragraph
    cont_next: bool = False  # left open: continues in the next paragraph

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or '?' for the mark at text[i], from its neighbours and its shape."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    opens = prev in _BEFORE_OPEN or prev.isspace()
    closes = not prev.isspace() and prev not in "([{"
    if nxt.isspace() or nxt in ".,;:!?)]}":
        opens = False
    if nxt.isalnum() and prev.isalnum():
        opens = closes = False  # a mark inside a word: ambiguous
    ch = text[i]
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if ch in _OPENERS:
        return "open"
    if ch in _CLOSERS:
        return "close"
    return "?"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Every double-quoted stretch of ``text``, in text order, inside the given paragraphs."""
    out: list[Quote] = []
    pending_cont = False  # the previous paragraph ended inside a quote
    for pi, (lo, hi) in enumerate(paragraphs):
        marks = [m.start() for m in _MARK.finditer(text, lo, hi)]
        first_mark_at_start = bool(marks) and text[lo:marks[0]].strip() == ""
        opened: int | None = None
        cont_prev = False
        if pending_cont and not first_mark_at_start:
            # the previous quote was not continued: it stays closed at its paragraph end
            if out and out[-1].cont_next:
                out[-1].cont_next = False
        for k, i in enumerate(marks):
            role = _role(text, i, lo, hi)
            if role == "?":
                role = "close" if opened is not None else "open"
            if role == "open":
                if opened is not None:
                    # two openings in a row: the earlier one was stray (or never closed)
                    if text[opened + 1:i].strip() and i - opened > 1:
                        pass
                opened = i
                cont_prev = pending_cont and k == 0 and first_mark_at_start
            else:  # close
                if opened is None:
                    continue  # a stray closing mark
                a, b = _trim(text, opened + 1, i)
                if b > a:
                    out.append(Quote(opened, i, a, b, pi, cont_prev=cont_prev))
                opened = None
                cont_prev = False
        pending_cont = False
        if opened is not None:
            a, b = _trim(text, opened + 1, hi)
            if b > a:
                out.append(Quote(opened, None, a, b, pi, cont_prev=cont_prev, cont_next=True))
                pending_cont = True
    if out and out[-1].cont_next:
        out[-1].cont_next = False
    # a continuation must be followed by a quote that continues it
    for k, q in enumerate(out):
        if q.cont_next and not (k + 1 < len(out) and out[k + 1].cont_prev and out[k + 1].para == q.para + 1):
            q.cont_next = False
    for k, q in enumerate(out):
        if q.cont_prev and not (k > 0 and out[k - 1].cont_next):
            q.cont_prev = False
    return out
