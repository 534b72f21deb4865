"""Entity index: how names are read (initials, firms after "of", glued words, mojibake letters)."""
from __future__ import annotations

from kb.extract import extract
from kb.extract.entities import recognise
from kb.extract.text import prepare


def people(text: str) -> dict[str, list[str]]:
    prep = prepare(text)
    idx = recognise(prep.text, prep.sentences)
    return {e.name: [m.span.text for m in e.mentions] for e in idx.entities() if e.kind == "Person"}


def speakers(text: str) -> list[str]:
    x = extract(text)
    return [x.entity(c.speaker).name for c in x.claims if c.speaker]


def test_middle_initial_stays_in_the_name():
    p = people("The lawyer Garrick T. Omondi filed the motion. Later Mr. Omondi withdrew it.")
    assert p == {"Garrick T. Omondi": ["Garrick T. Omondi", "Omondi"]}


def test_leading_initial_stays_in_the_name():
    p = people("The counsel, R. Talbot Vennick, declined. Vennick left early.")
    assert "R. Talbot Vennick" in p and "Talbot Vennick" not in p


def test_person_of_a_firm_named_after_people():
    p = people("Another advocate, Corwin P. Ashdale of Brindle Moss, said the case was weak.")
    assert list(p) == ["Corwin P. Ashdale"]
    assert speakers("Corwin P. Ashdale of Brindle Moss said the case was weak. Mr. Ashdale "
                    "added that it was over.") == ["Corwin P. Ashdale", "Corwin P. Ashdale"]


def test_name_after_a_description_that_opens_the_sentence():
    # "One ... hopeful, NAME, says": the description is no speaker noun, the name after it speaks
    x = extract("One Green Party hopeful, Delia Marchetti, says the plan is bad.")
    assert [(c.speaker_mention.text, x.entity(c.speaker).name) for c in x.claims] == [
        ("One Green Party hopeful, Delia Marchetti", "Delia Marchetti")]
    x = extract("But a veteran litigator, Corwin P. Ashdale of Brindle Moss, said the case was weak.")
    assert [x.entity(c.speaker).name for c in x.claims] == ["Corwin P. Ashdale"]


def test_headline_participle_is_not_part_of_the_name():
    # "Fuming NAME blasts ...": a capitalised -ing/-ed word at a sentence start is no given name
    text = ("Fuming Dalrymple blasts referees\n\nBy a reporter\n\n"
            "Coach Hector Dalrymple was angry. \"We were robbed,\" Dalrymple said.")
    assert set(people(text)) == {"Dalrymple", "Hector Dalrymple"}
    assert speakers(text) == ["Hector Dalrymple"]
    assert set(people("Understated Quillon raises his profile.")) == {"Quillon"}
    assert set(people("Embattled Orla Brennick Vance stepped down.")) == {"Orla Brennick Vance"}


def test_given_names_ending_like_participles_stay():
    assert set(people("Jared Quillon said no. Mohamed Tarvel agreed.")) == {"Jared Quillon", "Mohamed Tarvel"}


def test_may_and_will_end_a_name_but_not_a_date():
    x = extract("Kyaw Lin May, 52, a teacher, said the school was closed. Born May 3, 1960, she taught for years.")
    assert [(c.speaker_mention.text, x.entity(c.speaker).name) for c in x.claims][0] == (
        "Kyaw Lin May, 52, a teacher", "Kyaw Lin May")
    assert set(people("Senator Harriet Will wrote that it was bad. In May the vote failed.")) == {"Harriet Will"}


def test_mojibake_letters_stay_inside_the_name():
    # double-encoded UTF-8 ("\u00e7" read twice as Latin-1) must not split the name
    for garbled in ("Fran\u00c3\u00a7oise Delmar", "Fran\u00c3\u0083\u00c2\u00a7oise Delmar"):
        text = f"{garbled} said the plan was good. Later Delmar left."
        assert people(text) == {garbled: [garbled, "Delmar"]}
        assert speakers(text) == [garbled]
