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

# three straight single marks: a double one with a single one inside ("... bomb them,'''")
_MARK = re.compile("'''|''|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]")
_OPENERS = "\u201c\u201e\u201f\u00ab"
_CLOSERS = "\u201d\u00bb\u2033"
_BEFORE_OPEN = set(" \n([{\u2014\u2013-/:;,")
# invisible format characters (direction marks, zero-width space, byte-order mark): no neighbours of a mark
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"


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
    close_len: int = 1  # length of the closing mark ('' is two characters)

    @property
    def outer_end(self) -> int:
        return self.close + self.close_len if self.close is not None else self.end


def _role(text: str, i: int, lo: int, hi: int, n: int = 1) -> str:
    """'open', 'close' or '?' for the mark at text[i:i+n], from its neighbours and its shape."""
    p, x = i - 1, i + n
    while p >= lo and text[p] in _INVISIBLE:
        p -= 1
    while x < hi and text[x] in _INVISIBLE:
        x += 1
    prev = text[p] if p >= lo else " "
    nxt = text[x] if x < hi else " "
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


_SINGLE_OPEN = re.compile("(?:(?<=^)|(?<=[\\s(\\[\u2014\u2013:]))\u2018(?=[^\\W\\d_])", re.MULTILINE)
_SINGLE_CLOSE = re.compile("(?<=\\S)\u2019(?![^\\W_])")


def _single_quotes(text: str, lo: int, hi: int, pi: int) -> list[Quote]:
    """‘...’ quotes in a paragraph without double marks.  An opening mark must stand before a
    letter after a space; the closing one must not be followed by a letter (it’s) and, when it
    follows a word ending in s (Ministers’), must come after punctuation to count."""
    out = []
    pos = lo
    while pos < hi:
        m = _SINGLE_OPEN.search(text, pos, hi)
        if m is None:
            break
        c = None
        for cm in _SINGLE_CLOSE.finditer(text, m.end(), hi):
            prev = text[cm.start() - 1]
            if prev in ",.!?\u2026" or (prev.isalnum() and prev.lower() != "s"):
                c = cm.start()
                break
            if text[m.end():cm.start()].count("\u2018"):
                break
        if c is None:
            pos = m.end()
            continue
        a, b = _trim(text, m.end(), c)
        if b > a:
            out.append(Quote(m.start(), c, a, b, pi))
        pos = c + 1
    return out


def _skip_space(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def _nested(text: str, marks: list[int], lens: dict[int, int], k: int, lo: int, hi: int, next_opens: bool) -> bool:
    """Does the opening mark marks[k], met while a quote is open, open a quote inside it (same marks,
    as in "... he was the "Father of the House" and as such ...") rather than a new quote after a stray
    one?  Only when the next mark closes it and the outer quote then closes in this paragraph or goes
    on into the next one (which opens with a mark)."""
    if k + 1 >= len(marks) or _role(text, marks[k + 1], lo, hi, lens[marks[k + 1]]) != "close":
        return False
    before = text[lo:marks[k]].rstrip()
    inner = text[marks[k] + lens[marks[k]]:marks[k + 1]].strip()
    if before.endswith((".", "?", "!", ":")) or inner.endswith((".", "?", "!", ",")) or len(inner.split()) > 8:
        return False  # a sentence of its own: a new quote (after one left open), not a name or a phrase
    if k + 2 < len(marks):
        return _role(text, marks[k + 2], lo, hi, lens[marks[k + 2]]) == "close"
    return next_opens


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Every double-quoted stretch of ``text``, in text order, inside the given paragraphs."""
    out: list[Quote] = []
    pending_cont = False  # the previous paragraph ended inside a quote
    for pi, (lo, hi) in enumerate(paragraphs):
        found = [(m.start(), m.end() - m.start()) for m in _MARK.finditer(text, lo, hi)]
        if not found:
            # no double marks at all: quotes may be in single curly marks (British style)
            out.extend(_single_quotes(text, lo, hi, pi))
            if pending_cont and out and out[-1].cont_next:
                out[-1].cont_next = False
            pending_cont = False
            continue
        marks = [i for i, _ in found]
        lens = dict(found)
        first_mark_at_start = bool(marks) and text[lo:marks[0]].strip(_INVISIBLE + " \t\n\r") == ""
        opened: int | None = None
        open_len = 1
        cont_prev = False
        if pending_cont and not first_mark_at_start:
            # the previous quote was not continued: it stays closed at its paragraph end
            if out and out[-1].cont_next:
                out[-1].cont_next = False
        next_opens = pi + 1 < len(paragraphs) and bool(
            _MARK.match(text, _skip_space(text, *paragraphs[pi + 1]), paragraphs[pi + 1][1]))
        skip = -1
        for k, i in enumerate(marks):
            if k == skip:
                continue  # the closing mark of a quote nested in the open one
            ln = lens[i]
            role = _role(text, i, lo, hi, ln)
            if k == 0 and first_mark_at_start:
                role = "open"  # a paragraph that starts with a mark opens a quote, whatever its shape
            if role == "?":
                role = "close" if opened is not None else "open"
            if role == "open" and opened is not None and _nested(text, marks, lens, k, lo, hi, next_opens):
                skip = k + 1  # "... he was the "Father of the House" and as such ...": stays inside
                continue
            if role == "open":
                if opened is not None:
                    # two openings in a row: the earlier quote was never closed.  When a sentence ends
                    # right before the new mark, it ran to there (paragraphs of a quote joined on one
                    # line: 'said: "First point. "Second point."'); otherwise it was stray and is dropped
                    a, b = _trim(text, opened + open_len, i)
                    if b > a and text[b - 1] in ".?!…" and len(text[a:b].split()) >= 3:
                        out.append(Quote(opened, None, a, b, pi, cont_prev=cont_prev))
                opened = i
                open_len = ln
                cont_prev = pending_cont and k == 0 and first_mark_at_start
            else:  # close
                if opened is None:
                    continue  # a stray closing mark
                a, b = _trim(text, opened + open_len, i)
                if b > a:
                    out.append(Quote(opened, i, a, b, pi, cont_prev=cont_prev, close_len=ln))
                opened = None
                cont_prev = False
        pending_cont = False
        if opened is not None:
            a, b = _trim(text, opened + open_len, hi)
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
