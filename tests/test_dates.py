"""Tests for kb.extract.dates: time words found in text and resolved against the publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from kb.extract.dates import find_times, resolve, resolve_text
from kb.extract.records import TimeValue

PUB = dt.date(2025, 7, 11)  # a Friday


def one(text: str, tense: str | None = None, published: dt.date | None = PUB,
        anchor: TimeValue | None = None) -> TimeValue:
    values = resolve_text(text, published, tense, anchor)
    assert len(values) == 1, values
    v = values[0]
    assert text[v.words.start:v.words.end] == v.words.text
    return v


@pytest.mark.parametrize("text, tense, value", [
    ("They met on Friday.", "past", "2025-07-11"),
    ("They met on Thursday.", "past", "2025-07-10"),
    ("They met on Saturday.", "past", "2025-07-05"),
    ("They will meet on Saturday.", "future", "2025-07-12"),
    ("They will meet on Thursday.", "future", "2025-07-17"),
    ("They will meet on Friday.", "future", "2025-07-11"),
    ("Thursday's meeting was long.", None, "2025-07-10"),
    ("the talks on Tuesday", None, "2025-07-08"),
    ("last Friday", None, "2025-07-04"),
    ("next Monday", None, "2025-07-14"),
])
def test_weekdays_follow_the_tense(text: str, tense: str | None, value: str) -> None:
    v = one(text, tense)
    assert (v.value, v.granularity) == (value, "day")


@pytest.mark.parametrize("text, value", [
    ("yesterday", "2025-07-10"),
    ("Yesterday's talks", "2025-07-10"),
    ("today", "2025-07-11"),
    ("tomorrow", "2025-07-12"),
    ("two days ago", "2025-07-09"),
])
def test_deictic_days(text: str, value: str) -> None:
    assert one(text).value == value


def test_month_and_day_without_year_is_the_nearest_past_date_in_past_tense() -> None:
    assert one("his July 3 conversation", "past").value == "2025-07-03"
    assert one("they spoke on 20 December", "past").value == "2024-12-20"
    assert one("they will meet on August 1", "future").value == "2025-08-01"
    assert one("they met on July 20", "past").value == "2024-07-20"


def test_absolute_dates() -> None:
    v = one("on July 3, 2024")
    assert (v.value, v.granularity) == ("2024-07-03", "day")
    v = one("in November 1985")
    assert (v.value, v.granularity) == ("1985-11", "month")
    v = one("signed on 8 December 1987")
    assert v.value == "1987-12-08"
    v = one("in 2007")
    assert (v.value, v.granularity) == ("2007", "year")


def test_months_relative_to_publication() -> None:
    assert one("last October").value == "2024-10"
    assert one("next March").value == "2026-03"
    assert one("in October", "past").value == "2024-10"
    assert one("in October", "future").value == "2025-10"
    v = one("next month")
    assert (v.value, v.granularity) == ("2025-08", "month")
    assert one("last year").value == "2024"
    assert one("earlier this month").value == "2025-07"


def test_weeks_get_month_granularity_only_when_honest() -> None:
    v = one("later this week")  # Friday 11 to Sunday 13 July: all in July
    assert (v.value, v.granularity) == ("2025-07", "month")
    v = one("next week", published=dt.date(2025, 7, 30))  # 4 to 10 August
    assert v.value == "2025-08"
    v = one("this week", published=dt.date(2025, 7, 30))  # 28 July to 3 August
    assert v.value is None and v.words.text == "this week"
    v = one("earlier in the week")  # Monday 7 to Friday 11 July
    assert (v.value, v.words.text) == ("2025-07", "earlier in the week")


def test_vague_phrases_keep_their_words_and_no_value() -> None:
    for text in ("before the summer ends", "in the coming weeks", "in the near future", "this summer"):
        v = one(text)
        assert v.value is None and v.granularity is None
        assert v.words.text == text


def test_relative_to_an_anchor_event() -> None:
    anchor = TimeValue(words=one("on Friday", "past").words, value="2025-07-11", granularity="day")
    assert one("just one day earlier", anchor=anchor).value == "2025-07-10"
    assert one("two days later", anchor=anchor).value == "2025-07-13"
    assert one("the day before", anchor=anchor).value == "2025-07-10"
    assert one("the following day", anchor=anchor).value == "2025-07-12"
    # no anchor, or an anchor that is only a month: the words stay, the value is unknown
    assert one("one day earlier").value is None
    month = TimeValue(words=anchor.words, value="2025-07", granularity="month")
    assert one("a day earlier", anchor=month).value is None


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    assert one("on Friday", "past", published=None).value is None
    assert one("yesterday", published=None).value is None
    assert one("July 3", published=None).value is None
    assert one("next month", published=None).value is None
    assert one("July 3, 2025", published=None).value == "2025-07-03"
    assert one("in November 1985", published=None).value == "1985-11"


def test_not_dates() -> None:
    assert find_times("Officials may meet soon to discuss £1,400 and 25% of 300 people.") == []
    assert find_times("The march went ahead.") == []
    assert resolve_text("They may meet.", PUB) == []


def test_invalid_dates_do_not_raise() -> None:
    v = one("on February 30, 2025")
    assert v.value is None
    v = one("on February 29", "past", published=dt.date(2025, 3, 1))
    assert v.value == "2024-02-29"


@pytest.mark.parametrize("text", ["", "\x00", "May", "on 99 July 2025", "Friday" * 1000, "31 February",
                                  "\u202e\u0661\u0662", "in 0000", "the day before"])
def test_never_raises(text: str) -> None:
    for tense in ("past", "future", None):
        for t in find_times(text):
            resolve(t, PUB, tense)
            resolve(t, None, tense)
