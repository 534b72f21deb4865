"""Reported speech inside reported speech: one claim per stretch of text, and a cue word inside the
content ("demands", "claims", "attacks") does not start an attribution of its own.  Small invented
texts; every test asserts the exact content, speaker mention and cue."""
from __future__ import annotations

import kb.extract.claims as claims_module
from kb.extract import extract

claims_module._STRICT = True

HEAD = "Harbour news\n\n"  # a first line that is taken for a headline, so the body starts after it


def indirect(body: str):
    text = HEAD + body
    x = extract(text)
    out = []
    for c in x.claims:
        assert c.content.text == text[c.content.start:c.content.end]
        if c.kind == "indirect":
            out.append((c.speaker_mention.text if c.speaker_mention else None, c.cue.text if c.cue else None,
                        c.text))
    return out


# -- "and" inside the subject of the reported clause -------------------------------------------
def test_and_in_the_reported_subject_keeps_the_cue_after_it_in_the_content():
    got = indirect("Mayor Odile Brandt said the recent string of floods and closures demands that the council "
                   "act quickly.")
    assert got == [("Mayor Odile Brandt", "said",
                    "the recent string of floods and closures demands that the council act quickly")]


def test_and_in_the_subject_after_that_keeps_the_cue_in_the_content():
    got = indirect("Odile Brandt says many residents doubted the harbour plan but that she and her deputies "
                   "never doubted it.")
    assert got == [("Odile Brandt", "says",
                    "many residents doubted the harbour plan but that she and her deputies never doubted it")]


def test_and_after_a_whole_clause_still_starts_another_attribution():
    got = indirect("Odile Brandt said the ferry is late again and residents say they are angry.")
    assert ("Odile Brandt", "said", "the ferry is late again") in got
    assert ("residents", "say", "they are angry") in got


def test_cue_noun_after_a_participle_does_not_end_the_content():
    got = indirect("Odile Brandt spoke on Sunday, accusing the council of neglect and its chair of "
                   "fabricated attacks.")
    assert ("Odile Brandt", "accusing", "the council of neglect and its chair of fabricated attacks") in got


# -- what those asked said is part of a finding ------------------------------------------------
def test_share_of_those_asked_after_a_finding_stays_in_the_finding():
    got = indirect("The harbour survey showed that 59 percent of residents oppose the ferry plan, and 74 percent "
                   "said the port is on the wrong track.")
    assert got == [("The harbour survey", "showed", "59 percent of residents oppose the ferry plan, and 74 percent "
                    "said the port is on the wrong track")]


def test_share_after_a_speech_verb_is_still_another_attribution():
    got = indirect("Odile Brandt said the ferry plan is popular, and 74 percent said they back it.")
    assert ("74 percent", "said", "they back it") in got


# -- a quoted fragment inside the content of "CONTENT, X said" ---------------------------------
def test_partial_quote_inside_a_content_before_its_attribution_takes_the_outer_source():
    text = HEAD + ("Residents now say they trust the mayor more as a ''builder'' than as a ''manager,'' a study by "
                   "a harbour sociologist, Mara Velt, concluded this year.")
    x = extract(text)
    partial = [(c.speaker_mention.text, c.cue.text, c.text) for c in x.claims if c.kind == "partial"]
    assert ("a study by a harbour sociologist, Mara Velt", "say", "they trust the mayor more as a ''builder") in partial
    assert not any(m == "Residents" for m, _, _ in partial)
