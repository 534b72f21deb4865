"""Tests for kb.extract.events: article text in, Event records out."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.extract import extract
from kb.extract.records import Event, Extraction

PUB = dt.date(2025, 7, 11)  # a Friday
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "lavrov-rubio-kuala-lumpur.txt"


def run(text: str, published: dt.date | None = PUB) -> Extraction:
    x = extract(text, published)
    for e in x.events:  # every span is exact
        for s in (e.trigger, *e.evidence) + ((e.time.words,) if e.time else ()):
            assert x.text[s.start:s.end] == s.text
        assert e.participants
        if e.part_of is not None:
            assert 0 <= e.part_of < len(x.events)
    return x


def names(x: Extraction, e: Event) -> set[str]:
    return {x.entity(p).name for p in e.participants}


def place(x: Extraction, e: Event) -> str | None:
    return x.entity(e.place).name if e.place else None


def only(x: Extraction) -> Event:
    assert len(x.events) == 1, [(e.type, names(x, e)) for e in x.events]
    return x.events[0]


# -- participants, type, status ------------------------------------------------------------

def test_coordinated_subject_held_talks() -> None:
    x = run("Japanese Prime Minister Taro Aso and German Chancellor Angela Merkel held talks in Berlin "
            "on Tuesday, focusing on trade.")
    e = only(x)
    assert (e.type, e.status) == ("Meeting", "held")
    assert names(x, e) == {"Taro Aso", "Angela Merkel"}
    assert e.time.value == "2025-07-08" and e.time.granularity == "day"
    assert place(x, e) == "Berlin"
    assert e.trigger.text == "talks"


def test_x_will_meet_y_is_planned_with_a_future_weekday() -> None:
    x = run("Foreign Minister Ana Costa will meet Indian Foreign Minister Ravi Mehta in New Delhi on Monday "
            "to discuss energy.")
    e = only(x)
    assert (e.type, e.status) == ("Meeting", "planned")
    assert names(x, e) == {"Ana Costa", "Ravi Mehta"}
    assert e.time.value == "2025-07-14"
    assert place(x, e) == "New Delhi"


def test_scheduled_talks_with_a_pronoun_subject() -> None:
    x = run("Secretary of State Marco Rubio arrived in Tokyo on Thursday. He is scheduled to hold talks with "
            "Chinese Foreign Minister Wang Yi on Friday.")
    e = only(x)
    assert e.status == "planned"
    assert names(x, e) == {"Marco Rubio", "Wang Yi"}
    assert e.time.value == "2025-07-11"


def test_hypothetical_meeting() -> None:
    x = run("President Maria Lopez said she may meet Chancellor Olaf Brandt in Madrid next month.")
    e = only(x)
    assert e.status == "hypothetical"
    assert names(x, e) == {"Maria Lopez", "Olaf Brandt"}
    assert (e.time.value, e.time.granularity) == ("2025-08", "month")
    assert place(x, e) == "Madrid"


def test_phone_call_and_possessive_conversation() -> None:
    x = run("President Maria Lopez spoke by phone with Chancellor Olaf Brandt on Wednesday. "
            "Lopez later recalled her March 3 conversation with Brandt.")
    assert [e.type for e in x.events] == ["Call", "Call"]
    a, b = x.events
    assert names(x, a) == names(x, b) == {"Maria Lopez", "Olaf Brandt"}
    assert a.time.value == "2025-07-09"
    assert b.time.value == "2025-03-03"


def test_his_conversation_refers_to_the_nearest_subject() -> None:
    x = run("Foreign Minister Sergei Volkov said the position was what President Ivan Petrov laid out in his "
            "July 3 conversation with President Donald Trump.")
    e = only(x)
    assert e.type == "Call"
    assert names(x, e) == {"Ivan Petrov", "Donald Trump"}
    assert e.time.value == "2025-07-03"


def test_visit_needs_a_destination() -> None:
    x = run("Prime Minister Kenji Sato visited Canada on Monday. Sato's visit was short.")
    e = only(x)
    assert e.type == "Visit"
    assert names(x, e) == {"Kenji Sato"}
    assert place(x, e) == "Canada"
    assert len(e.evidence) == 2
    assert run("Prime Minister Kenji Sato's visit was short.").events == ()


def test_joint_statement_by_a_group() -> None:
    x = run("In a joint statement issued on Friday, EU foreign ministers called for a ceasefire. "
            "The statement also mentioned trade.")
    e = only(x)
    assert e.type == "Statement"
    assert names(x, e) == {"EU foreign ministers"}
    assert e.time.value == "2025-07-11"
    assert len(e.evidence) == 2


def test_a_date_after_publication_makes_a_plan() -> None:
    x = run("President Jean Dupont and Chancellor Olaf Brandt meet in Paris next month.")
    e = only(x)
    assert (e.status, e.time.value, e.time.granularity) == ("planned", "2025-08", "month")


def test_a_wish_is_hypothetical() -> None:
    x = run("President Jacques Chirac said he would be happy to meet Prime Minister Iyad Allawi.")
    assert only(x).status == "hypothetical"


def test_quoted_adjectives_do_not_hide_a_call() -> None:
    x = run('President Donald Trump said he had a "very good" call with Russian President Vladimir Putin on Monday.')
    e = only(x)
    assert e.type == "Call"
    assert names(x, e) == {"Donald Trump", "Vladimir Putin"}
    assert e.time.value == "2025-07-07"


def test_the_four_leaders_are_the_four_of_the_previous_event() -> None:
    x = run("French President Emmanuel Macron, German Chancellor Friedrich Merz and British Prime Minister Keir "
            "Starmer met Ukrainian President Volodymyr Zelensky in Kyiv on Saturday. The four leaders later spoke "
            "by phone with U.S. President Donald Trump.")
    assert [e.type for e in x.events] == ["Meeting", "Call"]
    assert names(x, x.events[1]) == {"Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Volodymyr Zelensky",
                                     "Donald Trump"}


def test_told_someone_in_a_phone_call() -> None:
    x = run("President Vladimir Putin told President Donald Trump in a phone call on Tuesday that Russia was ready.")
    e = only(x)
    assert e.type == "Call"
    assert names(x, e) == {"Vladimir Putin", "Donald Trump"}
    assert e.time.value == "2025-07-08"


def test_in_a_city_for_talks() -> None:
    x = run("Secretary of State Antony Blinken is in Beijing for talks with Chinese Foreign Minister Wang Yi.")
    e = only(x)
    assert names(x, e) == {"Antony Blinken", "Wang Yi"}
    assert place(x, e) == "Beijing"


# -- places --------------------------------------------------------------------------------

def test_demonym_capital_is_the_capital_city() -> None:
    x = run("Defence Minister Tom Hale and Defence Minister Ivan Petrov met in the French capital on Thursday.")
    e = only(x)
    assert place(x, e) == "Paris"
    assert x.entity(e.place).kind == "City"
    assert e.time.value == "2025-07-10"


def test_arrival_gives_the_place_of_a_visit_and_of_a_later_meeting() -> None:
    x = run("Indian Prime Minister Narendra Modi arrived in Washington on Wednesday for a two-day visit. "
            "He met U.S. President Donald Trump on Thursday.")
    assert [e.type for e in x.events] == ["Visit", "Meeting"]
    assert [place(x, e) for e in x.events] == ["Washington", "Washington"]
    assert names(x, x.events[1]) == {"Narendra Modi", "Donald Trump"}


def test_where_clause_gives_the_place() -> None:
    x = run("Foreign Minister Abbas Araghchi is due to travel to Moscow on Wednesday, where he will meet "
            "Russian Foreign Minister Sergey Lavrov.")
    e = only(x)
    assert (e.status, place(x, e), e.time.value) == ("planned", "Moscow", "2025-07-16")


def test_here_in_a_datelined_story() -> None:
    x = run("PARIS, July 11 (Reuters) - Foreign Minister Ana Costa met Foreign Minister Ravi Mehta here on Friday.")
    e = only(x)
    assert place(x, e) == "Paris"


def test_sidelines_of_a_named_event_sets_part_of_and_place() -> None:
    x = run("Foreign Secretary David Lammy and Secretary of State Marco Rubio met on the sidelines of the "
            "NATO Defence Ministers' Meeting in Brussels on Thursday.")
    assert len(x.events) == 2
    child = next(e for e in x.events if e.part_of is not None)
    parent = x.events[child.part_of]
    assert names(x, child) == {"David Lammy", "Marco Rubio"}
    assert parent.name == "NATO Defence Ministers' Meeting"
    assert names(x, parent) == {"NATO defence ministers"}
    assert place(x, child) == place(x, parent) == "Brussels"
    assert child.time.value == "2025-07-10"


def test_fronted_sidelines_of_a_forum_give_the_place() -> None:
    x = run("On the sidelines of the ASEAN Regional Forum in Kuala Lumpur, Foreign Minister Wang Yi met "
            "Foreign Minister Sergey Lavrov on Thursday.")
    e = only(x)
    assert names(x, e) == {"Wang Yi", "Sergey Lavrov"}
    assert place(x, e) == "Kuala Lumpur"
    x = run("Leaders gathered for the Group of 20 summit in Johannesburg on Saturday. On the sidelines of the "
            "summit, Prime Minister Li Qiang met Prime Minister Anthony Albanese.")
    assert place(x, only(x)) == "Johannesburg"


def test_follow_up_takes_the_place_and_counts_its_date() -> None:
    x = run("Foreign Minister Ana Costa and Foreign Minister Ravi Mehta held talks in Geneva on Friday. "
            "The talks followed a shorter session between the two officials one day earlier.")
    assert len(x.events) == 2
    first, second = x.events
    assert names(x, second) == {"Ana Costa", "Ravi Mehta"}
    assert second.time.value == "2025-07-10"
    assert second.time.words.text == "one day earlier"
    assert place(x, second) == "Geneva"
    assert len(first.evidence) == 2  # "The talks" is the first event again


def test_followed_an_undated_session_is_another_event_in_the_same_place() -> None:
    x = run("Foreign Minister Ana Costa and Foreign Minister Ravi Mehta held talks in Geneva on Friday. "
            "The brief exchange followed a longer session between the two officials earlier in the week.")
    assert len(x.events) == 2
    first, second = x.events
    assert [s.text for s in first.evidence] == ["talks in Geneva on Friday", "The brief exchange"]
    assert names(x, second) == {"Ana Costa", "Ravi Mehta"}
    assert place(x, second) == "Geneva"
    assert second.time.words.text == "earlier in the week"


def test_same_day_and_participant_share_the_place() -> None:
    x = run("Secretary of State Marco Rubio met Foreign Minister Sergey Lavrov in Kuala Lumpur on Friday. "
            "Rubio will also meet Foreign Minister Wang Yi on Friday.")
    assert len(x.events) == 2
    assert [place(x, e) for e in x.events] == ["Kuala Lumpur", "Kuala Lumpur"]
    assert x.events[1].status == "planned"


def test_a_call_does_not_take_the_place_of_a_meeting_the_same_day() -> None:
    x = run("President Donald Trump met President Vladimir Putin in Anchorage on Friday. On Friday, President "
            "Donald Trump also spoke by phone with President Volodymyr Zelensky.")
    assert [(e.type, place(x, e)) for e in x.events] == [("Meeting", "Anchorage"), ("Call", None)]


# -- coreference ---------------------------------------------------------------------------

def test_coreferent_mentions_merge_into_one_event() -> None:
    x = run("President Jean Dupont met Chancellor Olaf Brandt in Paris on Friday. The talks covered trade. "
            "Friday's discussion was long, and the meeting ended late.")
    e = only(x)
    assert [s.text for s in e.evidence][1:] == ["The talks", "Friday\u2019s discussion".replace("\u2019", "'"),
                                                "the meeting"]


def test_dated_anaphor_finds_the_event_of_that_day() -> None:
    x = run("Minister Ana Costa and Minister Ravi Mehta met in Geneva on Friday. Minister Ana Costa and "
            "Minister Ravi Mehta had also met in Bern on Wednesday. Thursday's meeting never took place, but "
            "Wednesday's meeting was useful.")
    assert len(x.events) == 2
    wed = next(e for e in x.events if e.time.value == "2025-07-09")
    assert any(s.text == "Wednesday's meeting" for s in wed.evidence)
    assert place(x, wed) == "Bern"


# -- no events -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The chancellor said he would meet his fiscal rules.",
    "She also talks of improving discipline.",
    "Finance Minister Paul Rich said the targets would be met.",
    "The summit in Brussels ended without agreement.",
    "Rubio is participating in the East Asia Summit.",
    "The talks covered trade.",
    "Another round of bilateral consultations could take place before the summer ends.",
    "Prime Minister Kenji Sato will not hold a news conference in London.",
    "Labour says there are no plans for Prime Minister Tony Blair to meet President George Bush.",
    "\u201cI met President Putin yesterday,\u201d said Foreign Minister Ana Costa.",
    "Secretary of State Marco Rubio began his first official tour of Asia.",
    "Officials called for talks between Israel and Hamas.",
    "Germany proposed a meeting between Russia and Ukraine.",
    "President Donald Trump met with resistance from Democrats.",
    "Analysts met the announcement with skepticism.",
    "Ahead of Friday's meeting, France and Germany unveiled a proposal.",
    "Israeli and Iranian negotiators have not met since 2015.",
    "",
])
def test_no_event(text: str) -> None:
    assert run(text).events == ()


def test_headline_and_section_headings_give_no_events() -> None:
    text = ("Costa and Mehta meet in Paris\n\n"
            "Officials described the mood as tense.\n\n"
            "Minister Costa meets Minister Mehta\n\n"
            "Nothing else happened.\n")
    assert run(text).events == ()


# -- time without a publication date -------------------------------------------------------

def test_without_publication_date_only_absolute_dates_resolve() -> None:
    x = run("President Jean Dupont met Chancellor Olaf Brandt in Paris on Friday.", published=None)
    e = only(x)
    assert e.time.words.text == "Friday" and e.time.value is None
    x = run("President Jean Dupont met Chancellor Olaf Brandt in Paris on 3 July 2024.", published=None)
    assert only(x).time.value == "2024-07-03"


# -- the sample article --------------------------------------------------------------------

def test_sample_article() -> None:
    x = run(SAMPLE.read_text(encoding="utf-8"))
    got = {(frozenset(names(x, e)), e.time.value if e.time else None, place(x, e), e.status)
           for e in x.events}
    assert (frozenset({"Sergey Lavrov", "Marco Rubio"}), "2025-07-11", "Kuala Lumpur", "held") in got
    assert (frozenset({"Sergey Lavrov", "Marco Rubio"}), "2025-07-10", "Kuala Lumpur", "held") in got
    assert (frozenset({"Vladimir Putin", "Donald Trump"}), "2025-07-03", None, "held") in got
    assert (frozenset({"Marco Rubio", "Wang Yi"}), "2025-07-11", "Kuala Lumpur", "planned") in got
    # nothing else but the ASEAN ministers' own meeting and communique
    others = [e for e in x.events if not {"Sergey Lavrov", "Marco Rubio", "Vladimir Putin", "Wang Yi"} & names(x, e)]
    assert all(names(x, e) == {"ASEAN foreign ministers"} for e in others)
    talks = next(e for e in x.events if e.time and e.time.value == "2025-07-11" and "Sergey Lavrov" in names(x, e))
    assert talks.part_of is not None and x.events[talks.part_of].name.startswith("ASEAN Foreign Ministers")


# -- robustness ----------------------------------------------------------------------------

def test_never_raises_on_odd_input(monkeypatch: pytest.MonkeyPatch) -> None:
    from kb.extract import events
    monkeypatch.setattr(events, "_STRICT", True)  # internal errors surface here instead of being swallowed
    rng = random.Random(7)
    alphabet = "aeiou XYZ.,;:'\"\u201c\u201d\u2019-\n\t0123456789 met talks visit with between on Friday in " \
               "the two officials his July 3 \u00a0\u200b\U0001f600"
    words = ["met", "talks", "with", "between", "and", "Friday's", "his", "the", "two", "officials", "in",
             "Paris", "President", "Jean", "Dupont", "visit", "to", "France", ",", ".", "\u201c", "\n\n",
             "capital", "French", "sidelines", "of", "Summit", "one", "day", "earlier", "here"]
    for _ in range(200):
        if rng.random() < 0.5:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        else:
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 80)))
        run(text, rng.choice([PUB, None, dt.date(1, 1, 1), dt.date(9999, 12, 31)]))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from([PUB, None]))
def test_never_raises_on_any_string(text: str, published: dt.date | None) -> None:
    from kb.extract import events
    old, events._STRICT = events._STRICT, True
    try:
        run(text, published)
        run("President Jean Dupont met Chancellor Olaf Brandt. " + text, published)
    finally:
        events._STRICT = old


# -- unnamed groups, title subjects, visits, neighbouring sentences, attendance (issue 4) ------

def kinds(x: Extraction, e: Event) -> dict[str, str]:
    return {x.entity(p).name: x.entity(p).kind for p in e.participants}


def test_an_unnamed_group_meets_a_named_person() -> None:
    x = run("Five public sector unions met Deputy Prime Minister John Prescott in Leeds on Saturday.")
    e = only(x)
    assert (e.type, e.status) == ("Meeting", "held")
    assert kinds(x, e) == {"five public sector unions": "Group", "John Prescott": "Person"}
    assert (place(x, e), e.time.value) == ("Leeds", "2025-07-05")


def test_an_unnamed_group_as_the_object_of_talks() -> None:
    x = run("Deputy Prime Minister John Prescott held a private meeting with senior union figures last week.")
    e = only(x)
    assert kinds(x, e) == {"John Prescott": "Person", "senior union figures": "Group"}
    assert e.time.words.text == "last week"


def test_an_unnamed_group_before_a_relative_clause() -> None:
    x = run("Prime Minister Tony Blair toured a school. Parents and teachers who met Tony Blair on Tuesday "
            "were invited.")
    e = only(x)
    assert names(x, e) == {"parents and teachers", "Tony Blair"}
    assert e.time.value == "2025-07-08"


@pytest.mark.parametrize("text", [
    "Five public sector unions met on Saturday.",  # a group alone
    "Asked if he would welcome BNP voters, Conservative leader Michael Howard said no.",
    "He met parents in the area.",  # nobody named
    "During a question and answer session with first-time voters, Prime Minister Tony Blair said no.",
    "Prime Minister Kenji Sato visited the tomb.",
    "The meeting on Tuesday was long.",
])
def test_no_event_for_groups_alone_or_odd_triggers(text: str) -> None:
    assert run(text).events == ()


def test_he_after_a_title_subject_is_the_person_of_that_title() -> None:
    x = run("Tony Blair spoke on Monday. Mr Blair said aid would rise. The prime minister took charge of the "
            "response on Tuesday. He also spoke on the telephone to US President George Bush and French "
            "President Jacques Chirac.")
    assert [e.type for e in x.events] == ["Call", "Call"]  # two calls, one each
    assert [names(x, e) for e in x.events] == [{"Tony Blair", "George Bush"}, {"Tony Blair", "Jacques Chirac"}]
    assert x.events[0].trigger != x.events[1].trigger


def test_join_someone_in_a_visit() -> None:
    x = run("Tony Blair is to join Home Secretary David Blunkett in a visit to Sheffield on Thursday.")
    e = only(x)
    assert (e.type, e.status) == ("Visit", "planned")
    assert names(x, e) == {"Tony Blair", "David Blunkett"}
    assert (place(x, e), e.time.value) == ("Sheffield", "2025-07-17")


def test_a_visit_to_two_places_is_two_visits() -> None:
    x = run("Foreign Secretary Jack Straw is to visit Thailand and Indonesia next week.")
    assert [(e.type, place(x, e), e.status) for e in x.events] == [("Visit", "Thailand", "planned"),
                                                                    ("Visit", "Indonesia", "planned")]
    assert all(names(x, e) == {"Jack Straw"} for e in x.events)
    assert [e.trigger.text for e in x.events] == ["visit", "visit Thailand and Indonesia"]  # apart when undated


def test_visiting_places_the_gazetteer_does_not_know() -> None:
    x = run("Liberal Democrat leader Charles Kennedy spoke. Mr Kennedy is visiting constituencies in Somerset and "
            "Hampshire on Monday. On Tuesday Mr Kennedy will visit Leicester South.")
    got = [(place(x, e), x.entity(e.place).kind, e.time.value) for e in x.events]
    assert got == [("Somerset", "Place", "2025-07-14"), ("Hampshire", "Place", "2025-07-14"),
                   ("Leicester South", "Place", "2025-07-15")]


def test_time_and_place_from_the_fronted_phrase_of_a_following_sentence() -> None:
    x = run("Chancellor Gordon Brown has visited Kenya's biggest shantytown. He wants to see more. "
            "At slums in Nairobi on Wednesday, he said education mattered.")
    e = only(x)
    assert (place(x, e), e.time.value) == ("Kenya", "2025-07-09")
    # another person's fronted phrase gives nothing
    x = run("Chancellor Gordon Brown has visited Kenya. At slums in Nairobi on Wednesday, Secretary Hilary Benn "
            "said education mattered.")
    assert only(x).time is None


def test_people_listed_as_attending_in_the_next_sentence() -> None:
    x = run("Tuesday's meeting on Palestinian reform is being hosted by British Prime Minister Tony Blair. Also due "
            "to attend are US Secretary of State Condoleezza Rice and UN Secretary General Kofi Annan.")
    e = only(x)
    assert e.type == "Meeting"
    assert names(x, e) == {"Tony Blair", "Condoleezza Rice", "Kofi Annan"}
    assert e.time.value == "2025-07-08"
    x = run("Two days of talks on the future of Gibraltar begin later on Wednesday. Officials will plan a forum. "
            "Chief Minister Peter Caruana will represent the citizens, while Director Dominick Chilcott will "
            "represent the UK. Madrid is being represented by Director General Jose Maria Pons.")
    e = only(x)
    assert names(x, e) == {"Peter Caruana", "Dominick Chilcott", "Jose Maria Pons"}
    assert (e.status, e.time.value) == ("planned", "2025-07-16")


def test_summits_with_a_person_or_an_organisation() -> None:
    x = run("Prime Minister Tony Blair is at a summit in Brussels.")
    e = only(x)
    assert (e.type, names(x, e), place(x, e)) == ("Summit", {"Tony Blair"}, "Brussels")
    x = run("Leaving a Brussels summit Prime Minister Tony Blair said Turkey should join.")
    assert (names(x, only(x)), place(x, only(x))) == ({"Tony Blair"}, "Brussels")
    x = run("The talks covered topics ahead of an EU summit in Brussels later in the week.")
    e = only(x)
    assert (e.type, e.status, place(x, e)) == ("Summit", "planned", "Brussels")


def test_chairing_a_meeting_of_a_body() -> None:
    x = run("Chancellor Gordon Brown will see an orphanage in Tanzania before chairing a meeting of the "
            "Commission for Africa in Cape Town.")
    e = only(x)
    assert (e.type, e.status, place(x, e)) == ("Meeting", "planned", "Cape Town")
    assert names(x, e) == {"Gordon Brown", "Commission for Africa"}


def test_a_communique_written_with_an_html_entity() -> None:
    x = run("President Jacques Chirac spoke. He also signed a communiqu&#233; stressing unity.")
    e = only(x)
    assert (e.type, names(x, e)) == ("Statement", {"Jacques Chirac"})


def test_it_is_the_organisation_that_is_the_subject() -> None:
    x = run("The EU has also announced that it will start accession talks with Croatia in April 2026.")
    e = only(x)
    assert (e.type, e.status, names(x, e), e.time.value) == ("Meeting", "planned", {"European Union", "Croatia"},
                                                             "2026-04")


def test_an_acronym_summit_with_a_place_and_a_time() -> None:
    x = run("The campaign builds up to the G8 summit in Gleneagles in July.")
    e = only(x)
    assert (e.type, names(x, e), place(x, e), e.time.value) == ("Summit", {"G8"}, "Gleneagles", "2025-07")


def test_a_visit_to_a_community_in_a_city() -> None:
    x = run("General Pervez Musharraf spoke. He is due to visit the Pakistani community in Manchester on Tuesday.")
    e = only(x)
    assert (names(x, e), place(x, e), e.status) == ({"Pervez Musharraf"}, "Manchester", "planned")


def test_he_visits_many_places() -> None:
    x = run("Lib Dem leader Charles Kennedy is busy this week as he visits Manchester, Leicester and Torbay.")
    assert [place(x, e) for e in x.events] == ["Manchester", "Leicester", "Torbay"]
    assert all(names(x, e) == {"Charles Kennedy"} for e in x.events)


def test_the_venue_of_coreferent_talks() -> None:
    x = run("Prime Minister Tony Blair has met Italian Prime Minister Silvio Berlusconi. The Downing Street talks "
            "covered other topics.")
    e = only(x)
    assert place(x, e) == "Downing Street" and x.entity(e.place).kind == "Place"
    assert len(e.evidence) == 2


def test_a_meeting_of_an_unnamed_group_with_a_place_and_a_day() -> None:
    x = run("The bus service was announced after a meeting of foreign ministers of both countries in Islamabad "
            "on Wednesday.")
    e = only(x)
    assert (names(x, e), place(x, e), e.time.value, e.status) == (
        {"foreign ministers of both countries"}, "Islamabad", "2025-07-09", "held")
    assert run("The bus service was announced after a meeting of foreign ministers.").events == ()


def test_take_part_in_talks_with_a_government() -> None:
    x = run("Foreign Secretary Jack Straw spoke. He is due to take part in talks with the Indian government on Friday.")
    e = only(x)
    assert (names(x, e), e.status) == ({"Jack Straw", "India"}, "planned")


def test_a_visit_to_a_tomb_in_a_city() -> None:
    x = run("Prime Minister Tony Blair briefly visited the tomb of Yasser Arafat in Ramallah.")
    e = only(x)
    assert (e.type, names(x, e), place(x, e)) == ("Visit", {"Tony Blair"}, "Ramallah")


def test_chairing_a_meeting_after_a_title_subject_and_calls_to_presidents_of_two_countries() -> None:
    x = run("Tony Blair spoke on Monday. Mr Blair said aid would rise. The prime minister took charge on Tuesday, "
            "chairing a meeting of the emergency committee of ministers. He also spoke on the telephone to the "
            "presidents of Sri Lanka and Indonesia.")
    assert [(e.type, names(x, e)) for e in x.events] == [
        ("Meeting", {"Tony Blair", "emergency committee of ministers"}),
        ("Call", {"Tony Blair", "president of Sri Lanka"}), ("Call", {"Tony Blair", "president of Indonesia"})]
    assert x.events[0].time.value == "2025-07-08"


def test_talks_that_will_resume_are_another_round_with_the_same_people() -> None:
    x = run("Five public sector unions met Deputy Prime Minister John Prescott in Gateshead on Saturday. "
            "Discussions will resume next week.")
    assert [(e.status, e.time.value) for e in x.events] == [("held", "2025-07-05"), ("planned", "2025-07")]
    assert names(x, x.events[1]) == {"five public sector unions", "John Prescott"}
    assert run("Discussions will resume next week.").events == ()


def test_an_earlier_mention_of_the_same_meeting_gives_its_place_and_people() -> None:
    x = run("In an interview ahead of a meeting in London, President Mahmoud Abbas said peace was possible. "
            "Tuesday's meeting is being hosted by Prime Minister Tony Blair. Also due to attend is Secretary "
            "General Kofi Annan.")
    e = only(x)
    assert names(x, e) == {"Mahmoud Abbas", "Tony Blair", "Kofi Annan"}
    assert (place(x, e), e.time.value) == ("London", "2025-07-08")


# -- plain meetings with titled or surname-only participants, planned visits, bodies, status ----------

def test_honorific_surname_subject_held_talks() -> None:
    x = run("Mr Morton held talks with Prime Minister Tony Blair on Thursday over the new plans.")
    e = only(x)
    assert (e.type, e.status) == ("Meeting", "held")
    assert names(x, e) == {"Mr Morton", "Tony Blair"}


def test_lord_object_after_unknown_office_title() -> None:
    x = run("Lord Goldsmith met then Home Office Minister Lord Falconer in March.")
    e = only(x)
    assert names(x, e) == {"Lord Goldsmith", "Lord Falconer"}


def test_demonym_title_subject_after_fronted_day() -> None:
    x = run("Afghan leader Hamid Karzai arrived in London on Sunday. "
            "On Monday the Afghan president met Prime Minister Tony Blair at 10 Downing Street.")
    e = only(x)
    assert names(x, e) == {"Hamid Karzai", "Tony Blair"}
    assert e.time.value == "2025-07-07"


def test_group_subject_with_relative_clause() -> None:
    x = run("Sam Smith and Tim Jones are local Tories. Two local councillors who back Mr Smith met "
            "Mr Jones in Leeds on Tuesday afternoon.")
    e = only(x)
    assert "Tim Jones" in names(x, e) and "Sam Smith" not in names(x, e)


def test_planned_visits_to_two_sites_in_two_countries() -> None:
    x = run("Gordon Brown flew to Kenya. He will visit an HIV/Aids clinic in Uganda and a women's credit "
            "union in Zambia.")
    visits = [e for e in x.events if e.type == "Visit"]
    assert {place(x, e) for e in visits} == {"Uganda", "Zambia"}
    assert all(e.status == "planned" and names(x, e) == {"Gordon Brown"} for e in visits)


def test_planned_visit_due_to() -> None:
    x = run("Gordon Brown is in Scotland. He is due to visit the Somali community in Leeds on Tuesday afternoon.")
    e = only(x)
    assert (e.type, e.status, place(x, e)) == ("Visit", "planned", "Leeds")


def test_meeting_of_a_named_body() -> None:
    x = run("A meeting of the Scottish Labour Party saw a string of MPs criticise the leadership.")
    e = only(x)
    assert (e.type, e.status) == ("Meeting", "held")
    assert names(x, e) == {"Scottish Labour Party"}


def test_meeting_of_a_body_will_be_held_is_planned() -> None:
    x = run("A meeting of the National Executive Committee will be held in London.")
    assert only(x).status == "planned"


def test_could_call_a_meeting_is_hypothetical() -> None:
    x = run("The party could call a meeting of the National Executive Committee.")
    assert all(e.status == "hypothetical" for e in x.events)


def test_arrives_for_a_summit_meeting() -> None:
    x = run("Jack Straw arrives in Thailand for a special summit meeting on the floods.")
    e = only(x)
    assert e.type == "Summit" and names(x, e) == {"Jack Straw"} and place(x, e) == "Thailand"


def test_next_weeks_summit_is_planned_even_with_a_past_date() -> None:
    x = run("Tony Blair said the European Council summit in Brussels begins on 16 December.")
    e = only(x)
    assert e.status == "planned"
    x = run("Tony Blair will not budge at next week's European Council summit in Brussels.", dt.date(2005, 3, 1))
    assert all(e.status == "planned" for e in x.events)


def test_he_after_a_quote_about_another_person() -> None:
    x = run("Jack Straw will travel to China. Shadow foreign secretary Michael Ancram said the ban should stay. "
            "Mr Ancram argued: \"It is wrong.\" A Foreign Office spokesman said: \"Mr Straw's trip is part of "
            "regular meetings with ministers.\" He will meet Chinese Foreign Minister Li Zhaoxing.")
    meets = [e for e in x.events if e.type == "Meeting"]
    assert len(meets) == 1 and names(x, meets[0]) == {"Jack Straw", "Li Zhaoxing"}


@pytest.mark.parametrize("text", [
    "The government's proposals have met with disapproval from campaign groups.",
    "Mr Brown said he had met his golden rule with a surplus.",
    "The party called for a meeting of the National Executive Committee.",
    "\"Mr Morton met Mr Jones,\" he said.",
    "Mr Morton and Mr Jones said the plans were good.",
    "The National Executive Committee meeting was tense.",
    "Michael Howard is in Leeds. A spokesman said: \"We think Tony Blair is wrong.\" He will meet voters.",
])
def test_nothing(text: str) -> None:
    assert run(text).events == ()


def test_his_after_a_title_subject_is_not_the_previous_sentences_subject() -> None:
    x = run("Tony Blair and Gordon Brown are rivals. Mr Blair spoke. Mr Brown spoke. Gordon Brown sets out a "
            "rival plan. The prime minister responds by scheduling his monthly press conference.")
    assert all("Gordon Brown" not in names(x, e) for e in x.events)
