"""Claims: small texts in, expected claims out (and texts that must give none)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kb.extract.claims as claims_module
from kb.extract import extract
from kb.extract.quotes import find_quotes

claims_module._STRICT = True  # in tests, an error in a paragraph fails loudly instead of skipping it


def claims(text: str):
    x = extract(text)
    out = []
    for c in x.claims:
        assert c.content.text == text[c.content.start:c.content.end]
        for s in (c.speaker_mention, c.cue, c.sentence, c.addressee, *c.parts):
            if s is not None:
                assert s.text == text[s.start:s.end]
        out.append((c.kind, x.entity(c.speaker).name if c.speaker else None,
                    c.speaker_mention.text if c.speaker_mention else None, c.cue.text if c.cue else None, c.text))
    return out, x


def test_direct_quote_with_speaker_after():
    out, x = claims("Foreign Minister Sergey Lavrov met officials.\n\n"
                    "\u201cWe discussed Ukraine and our position,\u201d Lavrov told Russian journalists.")
    assert out == [("direct", "Sergey Lavrov", "Lavrov", "told", "We discussed Ukraine and our position,")]
    assert x.claims[0].addressee.text == "Russian journalists"


def test_split_quote_is_one_claim_with_two_parts():
    text = ("Secretary of State Marco Rubio spoke to reporters.\n\n"
            "\u201cI wouldn\u2019t describe it as a guarantee of peace,\u201d he stated, "
            "\u201cbut it\u2019s a framework I\u2019ll present to the president.\u201d")
    out, x = claims(text)
    assert len(out) == 1
    kind, speaker, mention, cue, quote = out[0]
    assert (kind, speaker, mention, cue) == ("direct", "Marco Rubio", "he", "stated")
    assert quote.startswith("I wouldn\u2019t describe") and quote.endswith("to the president.")
    assert len(x.claims[0].parts) == 2


def test_inverted_attribution_and_colon_intro():
    out, _ = claims('"Taxes will go down," said Senator Jane Doe.\n\nThe mayor said: "We will build the bridge."')
    assert out[0][:4] == ("direct", "Jane Doe", "Senator Jane Doe", "said")
    assert out[1][0] == "direct" and out[1][3] == "said" and out[1][4] == "We will build the bridge."


def test_quote_continues_in_same_paragraph_and_next_paragraph():
    text = ("Deputy Foreign Minister Sergey Ryabkov was asked about it.\n\n"
            "\u201cI do not share the view that the trend is disappearing,\u201d Ryabkov told the RIA news agency. "
            "\u201cWhat we are witnessing is a zigzag pattern. We are not dramatizing it.\u201d\n\n"
            "\u201cThe door remains open for the next round of talks.\u201d")
    out, x = claims(text)
    assert [o[1] for o in out] == ["Sergey Ryabkov"] * 3
    assert out[0][3] == "told" and x.claims[0].addressee.text == "the RIA news agency"
    assert out[1][3] is None and out[1][4].startswith("What we are witnessing")
    assert out[2][3] is None and out[2][4].startswith("The door remains open")


def test_multi_paragraph_quote():
    text = ('Governor Ann Smith spoke at length. She said: "The budget is balanced. We cut waste.\n\n'
            '"We will keep taxes low for every family in the state."')
    out, _ = claims(text)
    assert [o[1] for o in out] == ["Ann Smith", "Ann Smith"]
    assert out[0][4].startswith("The budget is balanced")
    assert out[1][4].startswith("We will keep taxes low")


def test_partial_quotes_with_cues():
    text = ("Rubio, addressing reporters after the meeting, vaguely mentioned a \u201cnew and different approach\u201d "
            "to the war.\n\nThe Russian Foreign Ministry later described the discussions as "
            "\u201ccandid and substantive,\u201d covering Iran.\n\n"
            "Beijing has already warned Washington of \u201cresolute countermeasures\u201d if tariffs rise.")
    out, x = claims(text)
    assert ("partial", "Rubio", "Rubio", "mentioned", "new and different approach") in out
    assert ("partial", "Russian Foreign Ministry", "The Russian Foreign Ministry", "described",
            "candid and substantive,") in out
    beijing = [o for o in out if o[4] == "resolute countermeasures"]
    assert beijing and beijing[0][1] == "China" and beijing[0][2] == "Beijing" and beijing[0][3] == "warned"
    assert len(out) == 3


def test_scare_quotes_are_not_claims():
    out, _ = claims("The measure, cloaked under the banner of \u201ctrade rebalancing,\u201d threatens "
                    "to alienate the nations.")
    assert out == []


def test_indirect_forms():
    text = ("Russian Deputy Foreign Minister Sergey Ryabkov dismissed claims that ties were worsening, "
            "insisting that Moscow still perceives a degree of forward momentum.\n\n"
            "Ryabkov added that another round of consultations could take place before the summer ends.\n\n"
            "China has made clear that it will not tolerate efforts to marginalize it.\n\n"
            "The economy is slowing, a senior official said.\n\n"
            "According to people familiar with the matter, the deal is close.")
    out, _ = claims(text)
    got = {(o[1], o[3], o[4]) for o in out}
    assert ("Sergey Ryabkov", "insisting", "Moscow still perceives a degree of forward momentum") in got
    assert ("Sergey Ryabkov", "added", "another round of consultations could take place before the summer ends") in got
    assert ("China", "made clear", "it will not tolerate efforts to marginalize it") in got
    assert ("a senior official", "said", "The economy is slowing") in got
    assert ("people familiar with the matter", "According to", "the deal is close") in got
    assert all(o[0] == "indirect" for o in out)
    assert len(out) == 5


def test_unnamed_sources_are_groups():
    x = extract("Officials said the plant would close next year.")
    assert len(x.claims) == 1
    e = x.entity(x.claims[0].speaker)
    assert e.kind == "Group" and e.name == "Officials"


def test_pronoun_resolves_to_previous_person():
    out, _ = claims("Vice President Kamala Harris visited the plant on Monday.\n\n"
                    "She said the workers deserved a raise.")
    assert out == [("indirect", "Kamala Harris", "She", "said", "the workers deserved a raise")]


def test_pronouns_respect_gender_from_titles_and_given_names():
    out, _ = claims("Senator Elizabeth Warren spoke first. Then Mr. Smith spoke.\n\n"
                    "She said the banks must be broken up. He said it was time.")
    assert [(o[1], o[2]) for o in out] == [("Elizabeth Warren", "She"), ("Smith", "He")]


def test_nominal_mention_resolves_to_titled_person():
    out, _ = claims("Foreign Minister Sergey Lavrov arrived in Kuala Lumpur.\n\n"
                    "The minister said the talks had been useful.")
    assert out[0][1] == "Sergey Lavrov" and out[0][2] == "The minister"


def test_no_claims_in_plain_reporting():
    for text in ["The two ministers met on Friday in Kuala Lumpur.",
                 "Ryabkov dismissed claims that ties were worsening.",
                 "The report was published in May, and the state said nothing.",
                 "He said.",
                 "",
                 "\u201c\u201d"]:
        out, _ = claims(text)
        assert out == [], text


def test_apostrophes_are_not_quote_marks():
    text = "The ASEAN Foreign Ministers\u2019 Meeting opened. It\u2019s the ’90s again, the minister\u2019s aide said."
    qs = find_quotes(text, [(0, len(text))])
    assert qs == []


def test_single_curly_quotes_when_a_paragraph_has_no_double_marks():
    text = ("Prime Minister Keir Smith spoke on Monday. \u2018We will win this election,\u2019 he said. "
            "\u2018It is certain that we will win.\u2019")
    out, _ = claims(text)
    assert [(o[0], o[1], o[3], o[4]) for o in out] == [
        ("direct", "Keir Smith", "said", "We will win this election,"),
        ("direct", "Keir Smith", None, "It is certain that we will win.")]
    q = "The Foreign Ministers\u2019 Meeting opened. It\u2019s the \u201990s, the officials\u2019 aide said."
    assert find_quotes(q, [(0, len(q))]) == []


def test_unbalanced_marks_recover():
    text = ('He said "the first part is open.\n\n'
            'Later, Smith said: "We are done here." The end.')
    out, _ = claims(text)
    assert any(o[4] == "We are done here." for o in out)


def test_double_apostrophe_quotes():
    out, _ = claims("''It was the least bad outcome,'' Mr. Morgan of the Sierra Club said.")
    assert out == [("direct", "Morgan", "Mr. Morgan of the Sierra Club", "said", "It was the least bad outcome,")]


def test_appositive_speakers_keep_their_description():
    out, _ = claims('"The plan is vague," said Monte Shaw, executive director of the Iowa Renewable Fuels Association.\n\n'
                    "Kenneth Baer, a former administration official who runs a consultancy, said the speech was strong.")
    assert out[0][1] == "Monte Shaw"
    assert out[0][2] == "Monte Shaw, executive director of the Iowa Renewable Fuels Association"
    assert out[1][1] == "Kenneth Baer"
    assert out[1][2] == "Kenneth Baer, a former administration official who runs a consultancy"
    assert out[1][4] == "the speech was strong"


def test_coordinated_speakers_are_one_group():
    x = extract("Jeb Bush and Chris Christie say Marco Rubio has not been tested.")
    assert len(x.claims) == 1
    e = x.entity(x.claims[0].speaker)
    assert e.kind == "Group" and e.name == "Jeb Bush and Chris Christie"


def test_headline_colon_and_byline_dash():
    out, _ = claims("Sanders: Clinton needs to focus on the real issues\n\n"
                    "\u201cThe most unqualified child to ever run for president.\u201d \u2015 Francisco Herrero")
    assert ("indirect", "Sanders", "Sanders", ":", "Clinton needs to focus on the real issues") in out
    assert ("direct", "Francisco Herrero", "Francisco Herrero", "\u2015",
            "The most unqualified child to ever run for president.") in out
    assert claims("Update: the story was corrected on Monday.")[0] == []


def test_stances_intentions_and_evidence():
    out, _ = claims("Senator Ted Cruz endorsed Donald Trump on Friday.\n\n"
                    "Clinton vowed to fight for every vote in the state.\n\n"
                    "A new poll shows Clinton with an eight-point lead.")
    got = {(o[1], o[3], o[4]) for o in out}
    assert ("Ted Cruz", "endorsed", "Donald Trump on Friday") in got
    assert ("Clinton", "vowed", "to fight for every vote in the state") in got
    assert ("A new poll", "shows", "Clinton with an eight-point lead") in got


def test_parenthetical_attribution_and_told_after_content():
    out, x = claims("Even if the venture proves short-lived, Mr. Morgan said, it has already done good work.\n\n"
                    "Shoukair was kind and responsible, a Cairo airport official told The New York Times.")
    assert out[0][2] == "Mr. Morgan" and len(x.claims[0].parts) == 2
    assert out[0][4] == "Even if the venture proves short-lived it has already done good work"
    assert out[1][2] == "a Cairo airport official" and out[1][4] == "Shoukair was kind and responsible"
    assert x.claims[1].addressee.text == "The New York Times"


def test_reported_speech_nested_in_another_claim_is_not_repeated():
    out, _ = claims("The New York Times reported that Trump called the pageant winner a disgrace.")
    assert [(o[2], o[3]) for o in out] == [("The New York Times", "reported")]


def test_any_verb_after_a_quote_and_an_introducing_paragraph():
    out, _ = claims('"Jeb wants to be a tough guy tonight," Trump shot back.\n\n'
                    "The New York Times reports:\n\n"
                    '"Just 24 percent of the contributors have given $200 or less."')
    assert out[0][1:4] == ("Trump", "Trump", "shot back")
    assert out[1][1:4] == ("New York Times", "The New York Times", "reports")


def test_coordinated_verbs_and_relative_clauses_find_their_subject():
    out, _ = claims("A spokesman for the mayor defended the route and said the police had trained for months.\n\n"
                    "Cosby faces dozens of women who claim he assaulted them.")
    assert ("a spokesman for the mayor".lower(), "said", "the police had trained for months") in {
        (o[2].lower(), o[3], o[4]) for o in out}
    who = [o for o in out if o[3] == "claim"]
    assert who and who[0][1] == "dozens of women" and who[0][2] == "who" and who[0][4] == "he assaulted them"


def test_title_case_headline_with_a_cue():
    out, _ = claims("Former White House Doctor Says Clinton Hid Health Problems\n\nThe doctor spoke on Monday.")
    assert out == [("indirect", "Former White House Doctor", "Former White House Doctor", "Says",
                    "Clinton Hid Health Problems")]


def test_passive_reporting_verbs_are_not_claims_of_the_subject():
    out, _ = claims("Deputy Foreign Minister Sergey Ryabkov was asked about the talks on Friday.")
    assert out == []


def test_nouns_are_not_cues():
    for text in ["The report said nothing new.", "Health worries have dogged the campaign for months.",
                 "A liberal think tank published the study.", "His support for the bill was clear."]:
        out, _ = claims(text)
        assert out == [], text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", " ", "C", "d", '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "''",
                                 ",", ".", ":", ";", "!", "?", "\n", "\n\n", " said ", " told ", " according to ",
                                 "He", " Mr. Smith ", " officials ", " that ", "(", ")", "U.S."]),
                max_size=80).map("".join))
def test_never_raises_and_spans_are_exact(text):
    x = extract(text)
    for c in x.claims:
        assert 0 <= c.content.start <= c.content.end <= len(text)
        assert c.content.text == text[c.content.start:c.content.end]
        assert c.text
        for s in (c.speaker_mention, c.cue, c.sentence, c.addressee, *c.parts):
            if s is not None:
                assert 0 <= s.start <= s.end <= len(text)
                assert s.text == text[s.start:s.end]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_any_string(text):
    x = extract(text)
    for c in x.claims:
        assert c.content.text == text[c.content.start:c.content.end]
