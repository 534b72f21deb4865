"""Quotes: pairing, attribution and bounds of direct and partial quotes (small invented texts)."""
from __future__ import annotations

import kb.extract.claims as claims_module
from kb.extract import extract

claims_module._STRICT = True


def claims(text: str):
    x = extract(text)
    out = []
    for c in x.claims:
        assert c.content.text == text[c.content.start:c.content.end]
        out.append((c.kind, x.entity(c.speaker).name if c.speaker else None,
                    c.speaker_mention.text if c.speaker_mention else None, c.cue.text if c.cue else None, c.text))
    return out, x


def test_attribution_after_a_name_with_party_and_state_and_an_apposition():
    out, _ = claims("The hearing ran late.\n\n"
                    "\u201cThe agency would have gone after anyone else,\u201d Rep. Ned Farrow (R-Ohio), a member "
                    "of the panel, said in an interview.")
    assert [(o[0], o[1], o[3]) for o in out] == [("direct", "Ned Farrow", "said")]
    assert out[0][2].startswith("Rep. Ned Farrow (R-Ohio)")


def test_quote_after_a_sentence_opener_continues_the_speaker():
    out, _ = claims("The mayor spoke on Monday.\n\n"
                    "\u201cNobody expected a vote this early,\u201d Dana Whitlock said after the meeting. "
                    "But \u201cThe council has made its choice. We will live with it.\u201d")
    assert [(o[0], o[1]) for o in out] == [("direct", "Dana Whitlock")] * 2
    assert out[1][4] == "The council has made its choice. We will live with it."
    # a fragment after the opener stays the writer's: "But “great” things ..." is no quote of its own
    out, _ = claims("Dana Whitlock spoke. But \u201cgreat\u201d things take time.")
    assert all(o[4] != "great" or o[0] != "direct" for o in out)


def test_quote_after_a_short_sentence_of_source_and_cue():
    out, _ = claims("The council met on Tuesday.\n\n"
                    "Professor Lena Marsh agreed. \u201cThe vote came too late to change anything. Next year will "
                    "be different.\u201d")
    assert [(o[0], o[1], o[3]) for o in out] == [("direct", "Lena Marsh", "agreed")]
    # a sentence with an object is no attribution of the quote after it
    out, _ = claims("The council met on Tuesday.\n\n"
                    "Lena Marsh criticized the mayor. \u201cThe vote came too late to change anything.\u201d")
    assert not any(o[0] == "direct" and o[3] == "criticized" for o in out)


def test_quote_paragraph_with_the_source_in_the_next_paragraph():
    out, _ = claims("The debate ran for two hours.\n\n"
                    "\u201cMost new income is going to the very top, and families feel it.\u201d\n\n"
                    "- Ned Farrow.\n\n"
                    "The figure is out of date.")
    assert [(o[0], o[1], o[3]) for o in out] == [("direct", "Ned Farrow", "-")]


def test_cue_before_a_topic_phrase_and_a_colon():
    out, _ = claims("The inquiry goes on.\n\n"
                    "Dana Whitlock, speaking to reporters on Tuesday, said of the committee's newest request: "
                    "\u201cThe board answered every question. Nothing new will come of it.\u201d")
    assert [(o[0], o[1], o[3]) for o in out if o[0] == "direct"] == [("direct", "Dana Whitlock", "said")]


def test_one_word_answer_after_said_is_no_title():
    out, _ = claims("Asked whether he would resign, Ned Farrow said, \u201cNever.\u201d")
    assert ("Ned Farrow", "said", "Never.") in [(o[1], o[3], o[4]) for o in out]
    # a title after a noun and a comma stays the writer's
    out, _ = claims("He hosted his TV show, \u201cHome,\u201d for years.")
    assert not any(o[4].startswith("Home") for o in out)


def test_inverted_attribution_to_a_name_after_a_participle_adjective():
    out, _ = claims("The forum was crowded.\n\n"
                    "\u201cI cannot tell where he stands on that,\u201d said undecided voter Lena Marsh of Dover, "
                    "before the event.\n\n"
                    "\u201cNobody will forget it,\u201d said retired surgeon Ned Farrow, asked about the vote.")
    assert [(o[0], o[1], o[3]) for o in out if o[0] == "direct"] == [("direct", "Lena Marsh", "said"),
                                                                      ("direct", "Ned Farrow", "said")]


def test_sentence_opening_with_the_cue_and_its_source():
    out, _ = claims("The old house is a museum now. Said Lena Marsh, who grew up on the street, "
                    "\u201cWe were all so proud of him.\u201d")
    assert [(o[0], o[2], o[3]) for o in out if o[0] == "direct"] == [
        ("direct", "Lena Marsh, who grew up on the street", "Said")]
    out, _ = claims("Farrow spoke on the radio.\n\nStated Farrow:\n\n"
                    "\u201cThe stakes are so high that they would do anything to stay.\u201d")
    assert [(o[0], o[2], o[3]) for o in out if o[0] == "direct"] == [("direct", "Farrow", "Stated")]


def test_attribution_after_a_speaker_noun_with_an_apposition():
    out, _ = claims("The district is in play.\n\n"
                    "\u201cWe will not give up on this district,\u201d the spokesman, a former aide to the governor, "
                    "said on Monday.")
    assert [(o[0], o[2], o[3]) for o in out] == [("direct", "the spokesman, a former aide to the governor", "said")]


def test_cue_with_a_particle_before_the_quote():
    out, _ = claims("After Farrow criticized the plan during a debate, Lena Marsh shot back, "
                    "\u201cI could have stayed home, but I chose to fight for it.\u201d")
    assert ("direct", "Lena Marsh", "shot back") in [(o[0], o[1], o[3]) for o in out]
    out, _ = claims("Former Gov. Ned Farrow said back in the summer of 2015: "
                    "\u201cIt is a big mistake for the party to circle the wagons.\u201d")
    assert [(o[0], o[1], o[3]) for o in out] == [("direct", "Ned Farrow", "said")]


def test_participle_cue_after_a_clause_that_opens_with_an_adverb():
    out, _ = claims("Then Ned Farrow cut into the mayor, calling him a \u201cstiff.\u201d")
    assert ("partial", "Ned Farrow", "calling") in [(o[0], o[1], o[3]) for o in out]
    out, _ = claims("And then Ned Farrow went on the attack, saying, "
                    "\u201cIs the mayor ever going to answer? He should resign!\u201d")
    assert [(o[0], o[1], o[3]) for o in out] == [("direct", "Ned Farrow", "saying")]


def test_second_verb_of_a_subject_after_a_subordinate_clause():
    out, _ = claims("Once, when my mother raised it while driving on the highway, I laughed and said, "
                    "\u201cI don't believe in any of it.\u201d")
    assert [(o[0], o[2], o[3]) for o in out] == [("direct", "I", "said")]


def test_name_and_colon_before_a_quote():
    out, _ = claims("EARLY VOTES SHIFT THE RACE - Lena Marsh and Ned Farrow: \u201cThe polls did not fail. They just "
                    "ended too early.\u201d")
    assert [(o[0], o[2], o[3]) for o in out] == [("direct", "Lena Marsh and Ned Farrow", ":")]
    out, _ = claims("Analysts agree - Lena Marsh: \u201cThe lesson is a simple one: keep calling voters.\u201d")
    assert [(o[0], o[2], o[3]) for o in out] == [("direct", "Lena Marsh", ":")]
    # a common noun before the colon is no source
    out, _ = claims("The lesson: \u201cKeep calling voters until the very end.\u201d")
    assert out == []


def test_paragraph_ending_with_an_issued_statement_introduces_the_quote():
    out, _ = claims("The attack shocked the city.\n\n"
                    "In response, Senator Ned Farrow issued the following statement:\n\n"
                    "\u201cOur prayers are with all those affected. This cannot continue.\u201d")
    assert [(o[0], o[1], o[3]) for o in out] == [("direct", "Ned Farrow", "issued the following statement")]


def test_invisible_direction_mark_before_an_opening_mark():
    from kb.extract.quotes import find_quotes
    text = "\u202a\u201dThis is why it has to stop. Children must be protected,\u201d said Ned Farrow."
    qs = find_quotes(text, [(0, len(text))])
    assert [text[q.start:q.end] for q in qs] == ["This is why it has to stop. Children must be protected,"]
    out, _ = claims("The post drew replies.\n\n" + text)
    assert [(o[1], o[3]) for o in out] == [("Ned Farrow", "said")]


def test_lead_in_subject_of_the_last_clause_and_after_an_introduction():
    out, _ = claims("Ned Farrow spoke on Monday.\n\n"
                    "In a radio interview later that day, Ned Farrow went even further: "
                    "\u201cIf he runs and loses, it is the end of his career.\u201d")
    assert [(o[1], o[2]) for o in out if o[0] == "direct"] == [("Ned Farrow", "Ned Farrow")]
    out, _ = claims("Ned Farrow said both rivals are \u201cnobodies in the Senate,\u201d but he offered one of them a "
                    "compliment: \u201cYou never have to guess where he stands. He is a smart man.\u201d")
    assert [(o[1], o[2]) for o in out if o[0] == "direct"] == [("Ned Farrow", "he")]


def test_fragment_after_a_far_cue_and_that():
    out, _ = claims("He also told one of his young campaign volunteers from the county on a regular basis that "
                    "\u201cthe answer is more rallies.\u201d")
    assert [(o[0], o[2], o[3], o[4]) for o in out if o[0] == "partial"] == [
        ("partial", "He", "told", "the answer is more rallies.")]


def test_going_on_to_say_takes_the_source_of_the_sentence():
    out, _ = claims("\u201cThe whole debate is insane,\u201d Ned Farrow said, going on to say that the country has "
                    "spent \u201cyears fighting over it.\u201d")
    assert ("partial", "Ned Farrow", "say") in [(o[0], o[1], o[3]) for o in out]


def test_byline_paragraph_with_a_participle_after_the_name():
    out, _ = claims("The convention closed.\n\n"
                    "\u201cGreat speech. She is tested. She is ready.\u201d\n\n"
                    "-Senator Ned Farrow, tweeting after the speech.\n\n"
                    "The hall emptied.")
    assert ("direct", "Ned Farrow", "-") in [(o[0], o[1], o[3]) for o in out]


def test_inverted_attribution_with_any_past_verb_after_an_exclamation():
    out, _ = claims("The hall was full.\n\n\u201cThis is fantastic!\u201d beamed Ned Farrow of Dover, a delegate.")
    assert [(o[0], o[1], o[3]) for o in out] == [("direct", "Ned Farrow", "beamed")]
    # a full stop ends the quote's sentence: no attribution after it
    out, _ = claims("The hall was full.\n\n\u201cThis is fantastic.\u201d Delegates filed out.")
    assert not any(o[3] == "filed" for o in out)


def test_two_straight_single_marks_with_an_inner_single_quote_at_the_end():
    from kb.extract.quotes import find_quotes
    text = "''Most voters will not be satisfied with 'We will bomb them,''' said Senator Ned Farrow of Ohio."
    qs = find_quotes(text, [(0, len(text))])
    assert len(qs) == 1 and text[qs[0].outer_end:].startswith(" said")
    out, _ = claims("The debate ended.\n\n" + text)
    assert [(o[0], o[3]) for o in out] == [("direct", "said")] and out[0][1].endswith("Ned Farrow")


def test_any_past_verb_and_a_comma_before_a_quoted_sentence():
    out, _ = claims("During their first debate, Lena Marsh cracked, \u201cI am a reformer who likes to get things done.\u201d")
    assert [(o[0], o[1], o[3]) for o in out] == [("direct", "Lena Marsh", "cracked")]
    # a fragment after such a verb stays the writer's
    out, _ = claims("During the debate, Lena Marsh looked tired, \u201cworn out\u201d by the campaign.")
    assert not any(o[3] == "looked" for o in out)


def test_second_speech_verb_after_and_takes_the_source_of_the_first():
    out, _ = claims("In a long, in-prison interview with a journalist last year, Ned Farrow said he welcomed the "
                    "transfer and added, \u201cI will plead guilty, no problem.\u201d")
    assert ("direct", "Ned Farrow", "added") in [(o[0], o[1], o[3]) for o in out]


def test_second_fragment_joined_by_and_then_has_the_same_source():
    out, _ = claims("Ned Farrow tells his supporters at a rally to \u201cgo to your place and vote\u201d and then "
                    "\u201cgo sit there with your friends.\u201d")
    frags = [(o[1], o[3], o[4]) for o in out if o[0] == "partial"]
    assert ("Ned Farrow", "tells", "go sit there with your friends.") in frags


def test_paragraphs_of_one_quote_joined_on_one_line():
    # each former paragraph of the quote opens with a mark and none is closed but the last
    out, _ = claims('Harbour news\n\nMayor Ann Reyes said: "The pier is closed for now. "We will reopen it in spring '
                    'once the repairs are done. "Nobody should fish there." The council agreed.')
    assert [(o[0], o[1], o[3], o[4]) for o in out] == [
        ("direct", "Ann Reyes", "said", "The pier is closed for now."),
        ("direct", "Ann Reyes", None, "We will reopen it in spring once the repairs are done."),
        ("direct", "Ann Reyes", None, "Nobody should fish there.")]


def test_a_stray_opening_mark_before_a_quote_is_still_dropped():
    from kb.extract.quotes import find_quotes

    # no sentence ends before the second mark: the first one was stray, not a quote left open
    text = 'The "new pier, the mayor said, "will open in May."'
    assert [text[q.start:q.end] for q in find_quotes(text, [(0, len(text))])] == ["will open in May."]
    text = 'The mayor said: "The pier is closed for now. "It will open in May."'
    assert [text[q.start:q.end] for q in find_quotes(text, [(0, len(text))])] == [
        "The pier is closed for now.", "It will open in May."]
