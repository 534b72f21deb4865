"""Time expressions: find them in a stretch of text and resolve them to ISO 8601 values.

    >>> import datetime as dt
    >>> [resolve(t, dt.date(2025, 7, 11), "past").value for t in find_times("They met on Thursday.")]
    ['2025-07-10']

Two steps, both pure functions:

* :func:`find_times` finds the words (``"on Friday"``, ``"July 3"``, ``"last October"``,
  ``"one day earlier"``, ``"next month"``, ``"before the summer ends"``) and classifies them;
* :func:`resolve` turns one :class:`TimeExpr` into a :class:`~kb.extract.records.TimeValue`,
  given the publication date, the tense of the clause (``"past"``, ``"future"`` or ``None``)
  and, for anaphoric expressions ("one day earlier", "the day before"), the time of the event
  they are counted from.

Resolution rules: a weekday is the nearest such day consistent with the tense (past: on or
before publication, future: on or after, unknown: the nearer of the two); a month and day
without a year is the nearest such date consistent with the tense; "next month", "last year"
count from publication; vague phrases keep their words and get ``value=None``, and a week is
given month granularity only when the whole week lies in one month.  Without a publication
date, only absolute dates (with a year) resolve.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kb.extract.records import Span, TimeValue

Tense = str | None  # "past", "future" or None

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None,
           "couple": None}

# month and weekday names are capitalised in English; "may" must not match the modal verb
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_POSS = r"(?:['\u2019]s)?"

_PATTERNS = [
    # "Friday, July 3, 2025", "July 3", "July 3rd 2025"
    ("md", rf"(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])"
           rf"(?:,?\s+(?P<year>{_YEAR})(?!\d))?{_POSS}"),
    # "3 July 2025", "19 February", "the 3rd of July"
    ("md", rf"(?<![\d,.])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?(?P<mon>{_MONTH})(?![a-z])"
           rf"(?:,?\s+(?P<year>{_YEAR})(?!\d))?{_POSS}"),
    # "last October", "in November 1985", "early March"
    ("my", rf"(?:(?P<rel>(?i:last|next|this|coming|early|late|mid|mid-)\s*))?(?P<mon>{_MONTH})(?![a-z])"
           rf"(?:,?\s+(?P<year>{_YEAR})(?!\d))?{_POSS}"),
    # "last Friday", "on Friday", "Thursday's", "Friday morning"
    ("wd", rf"(?:(?P<rel>(?i:last|next|this|coming|past|previous)\s+))?(?P<wd>{_WEEKDAY}){_POSS}"
           r"(?:\s+(?i:morning|afternoon|evening|night))?"),
    # "yesterday", "today's", "tomorrow", "tonight", "this morning"
    ("deictic", r"(?P<deictic>(?i:yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)))"
                + _POSS + r"(?![\w])"),
    # "two days ago", "one day earlier", "a week later", "three months before"
    ("offset", rf"(?P<n>(?i:{_NUM}))\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+"
               r"(?P<dir>(?i:earlier|later|before|after|ago|previously))(?![\w])"),
    # "the day before", "the previous day", "the next day", "the same day"
    ("anchor", r"(?P<anchor>(?i:the\s+(?:previous|preceding|next|following|same)\s+(?:day|morning|evening)"
               r"|the\s+day\s+(?:before|after)|that\s+(?:same\s+)?day))(?![\w])"),
    # "next month", "later this week", "earlier this year", "last week", "this weekend"
    ("period", r"(?:(?P<pmod>(?i:earlier|later)\s+)(?i:in\s+the)|(?P<pmod2>(?i:(?:earlier|later|early|late)\s+))?"
               r"(?P<prel>(?i:this|next|last|the\s+coming|the\s+past)))"
               r"\s+(?P<punit>(?i:week|weekend|month|year))(?P<pposs>" + _POSS + r")(?![\w])"),
    # "by the end of the year", "before the end of the month"
    ("endof", r"(?P<eprep>(?i:by|before|at|until))\s+the\s+end\s+of\s+(?:the|this)\s+(?P<eunit>(?i:year|month|week))(?![\w])"),
    # vague: keep the words, no value
    ("vague", r"(?i:before\s+the\s+(?:summer|winter|spring|autumn|fall|year|month|week)\s+(?:ends|is\s+out|is\s+over)"
              r"|(?:in|within|over)\s+the\s+(?:coming|next|following)\s+(?:few\s+)?(?:days|weeks|months|years)"
              r"|(?:(?:later|earlier)\s+)?this\s+(?:summer|spring|autumn|fall|winter)"
              r"|in\s+the\s+(?:near|not\s+too\s+distant)\s+future|at\s+a\s+later\s+date"
              r"|in\s+recent\s+(?:days|weeks|months)|in\s+due\s+course)(?![\w])"),
    # a year on its own: "in 2007"
    ("year", rf"(?<![\d£$€.,/\-])(?P<year>{_YEAR})(?![\d%]|s\b|\s*(?:GMT|UTC|BST|CET|hours?\b|hrs\b))(?:['\u2019]s)?"),
]
def _suffixed(i: int, pattern: str) -> str:
    """Group names made unique per pattern ("mon" -> "mon__3") so the patterns can be joined."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}__{i}>", pattern)


_TIME = re.compile("|".join(f"(?P<k__{i}>{_suffixed(i, p)})" for i, (_, p) in enumerate(_PATTERNS)))
_KINDS = [k for k, _ in _PATTERNS]
_GROUPS = {i: tuple(n for n in _TIME.groupindex if n.endswith(f"__{i}") and not n.startswith("k__"))
           for i in range(len(_PATTERNS))}


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """Time words found in the text, with the parts that matter for resolution."""

    span: Span
    kind: str  # md, my, wd, deictic, offset, anchor, period, endof, vague, year
    parts: tuple[tuple[str, str], ...]

    def get(self, name: str) -> str | None:
        for k, v in self.parts:
            if k == name:
                return v
        return None

    @property
    def anaphoric(self) -> bool:
        """Counted from another event's time ("one day earlier", "the day before")."""
        if self.kind == "anchor":
            return True
        return self.kind == "offset" and (self.get("dir") or "").lower() != "ago"


def find_times(text: str, start: int = 0, end: int | None = None) -> list[TimeExpr]:
    """Every time expression in ``text[start:end]``, in text order, without overlaps."""
    end = len(text) if end is None else end
    out: list[TimeExpr] = []
    try:
        for m in _TIME.finditer(text, start, end):
            i = int(m.lastgroup[3:]) if m.lastgroup and m.lastgroup.startswith("k__") else -1
            if i < 0:
                continue
            parts = tuple((n.rsplit("__", 1)[0], m.group(n)) for n in _GROUPS[i] if m.group(n) is not None)
            a, b = m.span()
            while b > a and text[b - 1] in " \t\n":
                b -= 1
            out.append(TimeExpr(Span.of(text, a, b), _KINDS[i], parts))
    except Exception:  # never raise on odd input
        return out
    return out


# --- resolution ------------------------------------------------------------------------------

def _day(d: dt.date) -> TimeValue | tuple[str, str]:
    return (d.isoformat(), "day")


def _month(y: int, m: int) -> tuple[str, str]:
    return (f"{y:04d}-{m:02d}", "month")


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _pick(cands: list[dt.date], ref: dt.date, tense: Tense) -> dt.date | None:
    if not cands:
        return None
    if tense == "past":
        past = [c for c in cands if c <= ref]
        return max(past) if past else None
    if tense == "future":
        fut = [c for c in cands if c >= ref]
        return min(fut) if fut else None
    return min(cands, key=lambda c: (abs((c - ref).days), c > ref))


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _week_month(lo: dt.date, hi: dt.date) -> tuple[str, str] | None:
    """A stretch of days as a month, if it lies within one month (an honest granularity)."""
    if lo.year == hi.year and lo.month == hi.month:
        return _month(lo.year, lo.month)
    return None


def _resolve(t: TimeExpr, pub: dt.date | None, tense: Tense, anchor: TimeValue | None) -> tuple[str, str] | None:
    k = t.kind
    if k in ("md", "my", "year"):
        year = t.get("year")
        if k == "year":
            return (f"{int(year):04d}", "year") if year else None
        mon = MONTHS.get((t.get("mon") or "").rstrip(".").lower())
        if mon is None:
            return None
        if k == "md":
            day = int(t.get("day") or 0)
            if year:
                d = _safe_date(int(year), mon, day)
                return _day(d) if d else None
            if pub is None:
                return None
            cands = [d for d in (_safe_date(pub.year + o, mon, day) for o in (-1, 0, 1)) if d]
            d = _pick(cands, pub, tense)
            return _day(d) if d else None
        # month (and year)
        if year:
            return _month(int(year), mon)
        if pub is None:
            return None
        rel = (t.get("rel") or "").strip().lower()
        if rel == "last":
            y = pub.year if mon < pub.month else pub.year - 1
        elif rel in ("next", "coming"):
            y = pub.year if mon > pub.month else pub.year + 1
        elif rel == "this":
            y = pub.year
        elif tense == "past":
            y = pub.year if mon <= pub.month else pub.year - 1
        elif tense == "future":
            y = pub.year if mon >= pub.month else pub.year + 1
        else:
            # the nearer of this year's and the neighbouring years' month
            cands = [(abs((yy * 12 + mon) - (pub.year * 12 + pub.month)), yy) for yy in (pub.year - 1, pub.year, pub.year + 1)]
            y = min(cands)[1]
        return _month(y, mon)
    if k == "wd":
        if pub is None:
            return None
        wd = WEEKDAYS[(t.get("wd") or "").lower()]
        rel = (t.get("rel") or "").strip().lower()
        back = (pub.weekday() - wd) % 7
        fwd = (wd - pub.weekday()) % 7
        if rel in ("last", "past", "previous"):
            d = pub - dt.timedelta(days=back or 7)
        elif rel in ("next", "coming"):
            d = pub + dt.timedelta(days=fwd or 7)
        elif tense == "past":
            d = pub - dt.timedelta(days=back)
        elif tense == "future":
            d = pub + dt.timedelta(days=fwd)
        else:
            d = pub - dt.timedelta(days=back) if back <= fwd else pub + dt.timedelta(days=fwd)
        return _day(d)
    if k == "deictic":
        if pub is None:
            return None
        w = (t.get("deictic") or "").lower()
        off = -1 if w.startswith("yesterday") else 1 if w.startswith("tomorrow") else 0
        return _day(pub + dt.timedelta(days=off))
    if k == "offset":
        n_word = (t.get("n") or "").lower()
        n = int(n_word) if n_word.isdigit() else NUMBERS.get(n_word)
        if n is None:
            return None
        unit = (t.get("unit") or "").lower().rstrip("s")
        direction = (t.get("dir") or "").lower()
        sign = 1 if direction in ("later", "after") else -1
        if direction == "ago":
            base, gran = (pub, "day") if pub else (None, None)
        else:
            if anchor is None or anchor.value is None or anchor.granularity is None:
                return None
            base, gran = _parse(anchor.value), anchor.granularity
        if base is None:
            return None
        if unit == "day":
            if gran != "day":
                return None
            return _day(base + dt.timedelta(days=sign * n))
        if unit == "week":
            if gran != "day":
                return None
            return _day(base + dt.timedelta(days=sign * 7 * n))
        if unit == "month":
            if gran == "year":
                return None
            y, m = _add_months(base.year, base.month, sign * n)
            return _month(y, m)
        if unit == "year":
            return (f"{base.year + sign * n:04d}", "year")
        return None
    if k == "anchor":
        if anchor is None or anchor.value is None or anchor.granularity != "day":
            return None
        base = _parse(anchor.value)
        if base is None:
            return None
        w = " ".join((t.get("anchor") or "").lower().split())
        if "previous" in w or "preceding" in w or "before" in w:
            return _day(base - dt.timedelta(days=1))
        if "next" in w or "following" in w or "after" in w:
            return _day(base + dt.timedelta(days=1))
        return _day(base)
    if k == "period":
        if pub is None:
            return None
        rel = " ".join((t.get("prel") or "this").lower().split())
        unit = (t.get("punit") or "").lower()
        step = {"this": 0, "next": 1, "the coming": 1, "last": -1, "the past": -1}.get(rel, 0)
        mod = (t.get("pmod") or t.get("pmod2") or "").strip().lower()
        if unit == "year":
            return (f"{pub.year + step:04d}", "year")
        if unit == "month":
            return _month(*_add_months(pub.year, pub.month, step))
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * step)
        if unit == "weekend":
            return _week_month(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
        lo, hi = monday, monday + dt.timedelta(days=6)
        if step == 0 and mod in ("later", "late"):
            lo = pub
        elif step == 0 and mod in ("earlier", "early"):
            hi = pub
        return _week_month(lo, hi)
    if k == "endof":
        if pub is None:
            return None
        unit = (t.get("eunit") or "").lower()
        if unit == "year":
            return (f"{pub.year:04d}", "year")
        if unit == "month":
            return _month(pub.year, pub.month)
        return None
    return None  # vague


def _parse(value: str) -> dt.date | None:
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        if len(value) == 4:
            return dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def resolve(t: TimeExpr, published: dt.date | None, tense: Tense = None,
            anchor: TimeValue | None = None) -> TimeValue:
    """The value of a time expression; ``value=None`` when the words do not pin a date down."""
    try:
        r = _resolve(t, published, tense, anchor)
    except Exception:  # never raise: odd years, overflow
        r = None
    if r is None:
        return TimeValue(words=t.span, value=None, granularity=None)
    return TimeValue(words=t.span, value=r[0], granularity=r[1])  # type: ignore[arg-type]


def resolve_text(text: str, published: dt.date | None, tense: Tense = None,
                 anchor: TimeValue | None = None) -> list[TimeValue]:
    """Find and resolve every time expression in ``text`` (a convenience for tests and tools)."""
    return [resolve(t, published, tense, anchor) for t in find_times(text)]
