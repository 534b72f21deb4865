"""Speakers and quote layouts: small invented texts, the exact speaker, mention and content expected."""
from __future__ import annotations

import kb.extract.claims as claims_module
from kb.extract import extract
from kb.extract.speakers import dateline_end, tokens

claims_module._STRICT = True  # an error in a paragraph fails loudly instead of skipping it


def claims(text: str):
    x = extract(text)
    out = []
    for c in x.claims:
        assert c.content.text == text[c.content.start:c.content.end]
        if c.speaker_mention is not None:
            assert c.speaker_mention.text == text[c.speaker_mention.start:c.speaker_mention.end]
        out.append((c.kind, x.entity(c.speaker).name if c.speaker else None,
                    c.speaker_mention.text if c.speaker_mention else None, c.text))
    return out


def one(text: str, quote: str):
    """The single claim whose text is ``quote``."""
    found = [c for c in claims(text) if c[3] == quote]
    assert len(found) == 1, claims(text)
    return found[0]


# -- mentions keep the words the text used: appositives, "now"/"then" roles, "X and Y" titles -------------

def test_appositive_after_said_is_part_of_the_mention():
    text = ("\u201cThe levy will hurt every farmer in the valley,\u201d said Orla Brennick, "
            "head of the Marsh County Growers Guild.")
    assert one(text, "The levy will hurt every farmer in the valley,") == (
        "direct", "Orla Brennick", "Orla Brennick, head of the Marsh County Growers Guild",
        "The levy will hurt every farmer in the valley,")


def test_appositive_ends_where_a_split_quote_goes_on():
    text = ("\u201cThis used to be a quiet harbour,\u201d said Tomas Verhoek, director of studies at the Kessel "
            "Institute, \u201cbut it is filling with ships.\u201d")
    kind, name, mention, _ = claims(text)[0]
    assert (kind, name, mention) == ("direct", "Tomas Verhoek", "Tomas Verhoek, director of studies at the Kessel Institute")


def test_now_role_is_an_appositive_not_a_parenthetical():
    text = "Mr. Dellacroix, now a paid radio commentator, has denied that the memo was his."
    assert one(text, "the memo was his") == (
        "indirect", "Dellacroix", "Mr. Dellacroix, now a paid radio commentator", "the memo was his")


def test_then_role_after_said():
    text = ("\u201cNobody saw it coming,\u201d said Rev. Amos Tolliver, then senior pastor at Grace Hill Chapel.")
    assert claims(text)[0][2] == "Rev. Amos Tolliver, then senior pastor at Grace Hill Chapel"


def test_two_titles_joined_by_and_belong_to_one_person():
    text = ("\u201cTurnout is what matters,\u201d said former Ohio Gov. and Party Chairman Wendell Ostrow. "
            "\u201cEverything else is noise.\u201d")
    out = claims(text)
    assert [(c[1], c[2]) for c in out] == [("Wendell Ostrow", "former Ohio Gov. and Party Chairman Wendell Ostrow")] * 2


def test_two_names_joined_by_and_are_a_group():
    out = claims("Dara Quill and Benedikt Sorn said the bridge would open in May.")
    assert out == [("indirect", "Dara Quill and Benedikt Sorn", "Dara Quill and Benedikt Sorn",
                    "the bridge would open in May")]


def test_time_phrase_after_a_name_is_not_part_of_the_mention():
    out = claims("Mayor Ilse Brandvold on Monday signed an order, and said the curfew would end soon.")
    assert out == [("indirect", "Ilse Brandvold", "Mayor Ilse Brandvold", "the curfew would end soon")]


def test_plural_possessive_with_trailing_apostrophe():
    out = claims("Harlan\u2019 campaign said nothing.\n\nVoss\u2019 campaign announced it would seek a recount.")
    assert ("indirect", "Voss\u2019 campaign", "Voss\u2019 campaign", "it would seek a recount") in out


# -- subjects of participles and of "and said" ------------------------------------------------------------

def test_dateline_is_not_a_subject():
    text = ("Mayors seek more help.\n\n"
            "KESSELTON - Northern mayors gathered Friday to discuss the torrent of problems facing their towns "
            "after the storm, offering new plans.")
    assert one(text, "new plans") == ("indirect", "Northern mayors", "Northern mayors", "new plans")


def test_dateline_end():
    text = "NEW HALDEN, Vt. \u2014 The council met."
    toks = tokens(text, 0, len(text))
    assert toks[dateline_end(toks, 0, len(toks))].text == "The"
    text = "The council met."
    toks = tokens(text, 0, len(text))
    assert dateline_end(toks, 0, len(toks)) == 0


def test_long_introductory_phrase_before_the_subject():
    text = ("During a long speech to farmers in the north of the state, Governor Rhea Talbot criticized the "
            "water board, saying, \u201cThey have wasted three years and a great deal of money.\u201d")
    assert one(text, "They have wasted three years and a great deal of money.")[1:3] == (
        "Rhea Talbot", "Governor Rhea Talbot")


def test_participle_opening_the_sentence_is_skipped():
    text = ("Arriving at the harbour, police began searching the boats, believing the smugglers had left "
            "hours earlier.")
    assert one(text, "the smugglers had left hours earlier")[2] == "police"


def test_and_said_takes_the_subject_of_the_last_clause():
    text = ("Governor Amos Kettle signed an order to close the mine, while Dora Finch, the former mayor, "
            "proposed a new tax and said the council should resign.")
    assert one(text, "the council should resign")[1:3] == ("Dora Finch", "Dora Finch, the former mayor")


# -- quotes in the writer's clause --------------------------------------------------------------------------

def test_quoted_title_after_a_preposition_is_not_a_claim():
    text = ("On this weekend\u2019s broadcast of \u201cMorning Harbor Report,\u201d Senator Lena Voss said "
            "the budget would pass.")
    out = claims(text)
    assert all(c[3] != "Morning Harbor Report," for c in out)
    assert ("indirect", "Lena Voss", "Senator Lena Voss", "the budget would pass") in out


def test_fragment_inside_reported_speech_belongs_to_the_outer_speaker():
    text = ("Marta Vell spoke at the library.\n\n"
            "She said Governor Otto Brandt favors a \u201cstrongman approach.\u201d")
    out = claims(text)
    assert ("partial", "Marta Vell", "She", "strongman approach.") in out


def test_quote_opening_reported_speech_takes_its_speaker():
    text = ("\u201cThis just isn\u2019t right,\u201d Senator Ada Merrow said. \u201cYou squeezed the workers to "
            "the breaking point\u201d to lift the share price, she said.")
    assert one(text, "You squeezed the workers to the breaking point")[2] == "she"


def test_quote_ending_in_full_stop_then_short_attribution():
    text = ("Host Gil Maddox asked about the race.\n\n"
            "\u201cWell, yes. I am going to look at a lot of different people.\u201d Senator Noor Haddad said. "
            "\u201cReally?\u201d Maddox repeated.")
    assert one(text, "Well, yes. I am going to look at a lot of different people.")[1:3] == (
        "Noor Haddad", "Senator Noor Haddad")


def test_lead_in_clause_without_reporting_verb():
    text = ("In the spring, Governor Iris Kalder emphatically proclaimed at a press conference, \u201cI did not "
            "sign any secret contract with anyone.\u201d The governor reiterated: \u201cThere is no contract.\u201d")
    assert one(text, "I did not sign any secret contract with anyone.")[1:3] == (
        "Iris Kalder", "Governor Iris Kalder")


def test_pronoun_follows_the_given_name_gender():
    text = ("Jake Sorensen met Hillary Vance on Friday.\n\n"
            "\u201cThe deal is done,\u201d she said.")
    assert claims(text)[0][1:3] == ("Hillary Vance", "she")


# -- nominal mentions and the nearest speaker ---------------------------------------------------------------

def test_nominal_mention_resolves_through_an_appositive_description():
    text = ("Hillary Vance, the former secretary of state, arrived in Ohio on Monday with Governor Tom Kell.\n\n"
            "The former secretary of state said the plan would work.\n\n"
            "The governor said he disagreed.")
    out = claims(text)
    assert ("indirect", "Hillary Vance", "The former secretary of state", "the plan would work") in out
    assert ("indirect", "Tom Kell", "The governor", "he disagreed") in out


def test_unattributed_quote_takes_the_speaker_of_the_nearest_fragment():
    text = ("\u201cWe will not follow a script,\u201d Prime Minister Aldo Renzetti said after the meeting. "
            "The summit did \u201ctoo little,\u201d Senator Bea Holm added on the radio. "
            "\u201cWithout new policies the union risks a great deal.\u201d")
    assert one(text, "Without new policies the union risks a great deal.")[1:3] == ("Bea Holm", "Senator Bea Holm")


def test_participle_takes_the_speaker_of_the_main_clause():
    text = ("Senator Ines Wald told the audience that she believes we must keep pushing, saying that "
            "\u201cthe gap still decides too much\u201d in the state.")
    found = [c for c in claims(text) if c[3].startswith("\u201cthe gap")]
    assert found and found[0][1:3] == ("Ines Wald", "Senator Ines Wald")


# -- long subjects: a head noun with prepositional phrases, participles, relative clauses, numbers -------

def test_long_subject_with_prepositional_phrases_and_participle():
    text = "Most farmers in three valleys heading to the markets Monday say the levy is too high."
    assert one(text, "the levy is too high") == (
        "indirect", "Most farmers in three valleys",
        "Most farmers in three valleys heading to the markets Monday", "the levy is too high")


def test_long_subject_of_an_evidence_verb_with_a_slash_and_a_year():
    text = "The newest Harlow/Benz survey released Thursday shows that Mayor Tamsin Orr leads by six points."
    assert one(text, "Mayor Tamsin Orr leads by six points")[2] == "The newest Harlow/Benz survey released Thursday"
    text = "A 2019 audit by the county found 14 errors in the voter rolls."
    assert one(text, "14 errors in the voter rolls")[2] == "A 2019 audit by the county"


def test_long_subject_with_a_relative_clause_between_commas():
    text = ("Growers for Pellam Mills, which earned more than $4 billion last year, say the plant will close "
            "in May.")
    assert one(text, "the plant will close in May")[1:3] == (
        "Growers for Pellam Mills", "Growers for Pellam Mills, which earned more than $4 billion last year")


def test_long_subject_after_an_introductory_phrase():
    text = "In each of the four counties, at least half of the teachers surveyed say the schools need repairs."
    assert one(text, "the schools need repairs")[2] == "at least half of the teachers surveyed"


def test_long_subject_keeps_the_group_not_the_place_in_its_phrase():
    text = "Some nurses at the clinic in Dorvale said they had not been paid for weeks."
    assert one(text, "they had not been paid for weeks")[1:3] == (
        "Some nurses at the clinic in Dorvale", "Some nurses at the clinic in Dorvale")


def test_an_introduction_before_a_comma_is_not_part_of_the_subject():
    text = "Reaching for the microphone, Senator Ilse Varga said the vote would be held on Friday."
    assert one(text, "the vote would be held on Friday")[1:3] == ("Ilse Varga", "Senator Ilse Varga")
    text = "Late last month, the water board said the reservoir was half full."
    assert one(text, "the reservoir was half full")[2] == "the water board"


def test_a_relative_clause_that_goes_on_is_not_a_subject():
    text = "Mayor Pell Durand, who backs the plan, is no friend of the council but says the budget is fine."
    found = [c for c in claims(text) if c[3] == "the budget is fine"]
    assert found and found[0][2] != "Mayor Pell Durand, who backs the plan, is no friend of the council but"


# -- who "the mayor" and a second "he" are ----------------------------------------------------------
def test_the_mayor_is_not_the_deputy_mayor():
    text = ("Harbour news\n\nMayor Tomas Ekdahl opened the bridge. Deputy Mayor Ines Vallo cut the ribbon.\n\n"
            "The mayor said the bridge would carry trams. The deputy mayor said the ribbon was blue.\n")
    assert one(text, "the bridge would carry trams")[1] == "Tomas Ekdahl"
    assert one(text, "the ribbon was blue")[1] == "Ines Vallo"


def test_a_rank_title_alone_is_not_guessed_into_another_office():
    text = ("Harbour news\n\nDeputy Mayor Ines Vallo cut the ribbon.\n\n"
            "The mayor said the bridge would carry trams.\n")
    assert one(text, "the bridge would carry trams")[1] != "Ines Vallo"


def test_pronoun_after_a_fronted_clause_continues_that_clauses_pronoun():
    text = ("Harbour news\n\nTomas Ekdahl ran the port for years. When he refused to back harbourmaster Piet "
            "Sandor over the dredging plan, he said the channel was deep enough.\n")
    assert one(text, "the channel was deep enough")[1] == "Tomas Ekdahl"


def test_pronoun_in_a_later_clause_takes_the_nearer_person():
    text = ("Harbour news\n\nTomas Ekdahl ran the port. He repaid the loan to Piet Sandor after he said the "
            "dredging would fail.\n")
    assert one(text, "the dredging would fail")[1] == "Piet Sandor"


def test_a_long_chain_of_the_same_pronoun_keeps_its_person():
    body = " ".join(["He built a pier in the north.", "He sold the old ferry.", "He hired six pilots.",
                     "He moved the fish market.", "He paved the quay.", "He painted the cranes.",
                     "He opened a school for sailors."])
    text = ("Harbour news\n\nMr Piet Sandor said the port was too small.\n\n"
            f"Tomas Ekdahl ran the port for years. {body} Then he said the harbour was full.\n")
    assert one(text, "the port was too small")[1] == "Piet Sandor"
    assert one(text, "the harbour was full")[1] == "Tomas Ekdahl"


# -- a quote inside a quote in the same straight marks ------------------------------------------------
def test_nested_straight_quote_stays_inside_the_outer_quote_which_runs_on():
    text = ('Harbour news\n\nPiet Sandor said: "When I started in 1983, he was the "Father of the '
            'Port" and as such took a keen interest in my work.\n\n"He was always full of warmth."\n')
    got = claims(text)
    assert ("direct", "Piet Sandor", "Piet Sandor",
            'When I started in 1983, he was the "Father of the Port" and as such took a keen interest in my '
            'work.') in got
    assert ("direct", "Piet Sandor", None, "He was always full of warmth.") in [
        (k, n, None, q) for k, n, _m, q in got]


def test_a_new_sentence_in_quotes_after_an_unclosed_one_is_not_nested():
    from kb.extract.quotes import find_quotes
    text = ('Piet Sandor added: "The dredging will help. "There are other plans we have." Later the council met.\n'
            '"We agree," said Mayor Ines Vallo.\n')
    first = text.index("\n")
    quotes = find_quotes(text, [(0, first), (first + 1, len(text) - 1)])
    # the unclosed one ends where its sentence does (paragraphs of one quote joined on a line)
    assert [text[q.start:q.end] for q in quotes] == ["The dredging will help.", "There are other plans we have.",
                                                     "We agree,"]


def test_first_person_outside_quotes_keeps_its_words_as_the_source():
    got = claims("Harbour news\n\nI think the pier is too short.\n")
    assert got == [("indirect", "I", "I", "the pier is too short")]


# -- "the company", "the bank": the organisation named shortly before whose name fits ---------------
def test_the_bank_is_the_bank_named_before():
    got = claims("Harbour news\n\nNordhavn Bank cut 300 jobs, the Harbour Gazette reported. The regulator "
                 "looked at the cuts. The bank said profits rose.\n")
    assert ("indirect", "Nordhavn Bank", "The bank", "profits rose") in got


def test_the_company_is_not_a_regulator_named_in_between():
    got = claims("Harbour news\n\nPort Holdings sold the pier. The SEC looked at the deal. The company said the "
                 "pier was old.\n")
    assert ("indirect", "Port Holdings", "The company", "the pier was old") in got


def test_the_company_stays_unresolved_when_no_name_fits():
    got = claims("Harbour news\n\nThe SEC looked at the deal. The company said the pier was old.\n")
    assert ("indirect", "company", "The company", "the pier was old") in got


def test_a_name_inside_the_quote_is_not_the_pronouns_person():
    got = claims('Harbour news\n\n"We are delighted," said harbour chief Ines Vallo. "Piet Sandor built this '
                 'pier," she said.\n')
    assert ("direct", "Ines Vallo", "she", "Piet Sandor built this pier,") in got


def test_person_of_organisation_is_the_person():
    got = claims('Harbour news\n\n"Trade is slow," said Piet Sandor of Nordhavn Research.\n')
    assert got == [("direct", "Piet Sandor", "Piet Sandor of Nordhavn Research", "Trade is slow,")]


def test_a_number_of_party_members_is_a_group_of_its_own_not_the_party():
    text = "Harbour vote\n\nThe talks ended early. Two Democrats said they would vote against the ferry bill."
    x = extract(text)
    (c,) = x.claims
    sp = x.entity(c.speaker)
    assert (sp.name, sp.kind) == ("Two Democrats", "Group")
