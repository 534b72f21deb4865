"""Entity recognition: small texts in, entities and mentions out."""
from __future__ import annotations

from kb.extract.entities import EntityIndex, Tok, norm_key, recognise, tokenize
from kb.extract.text import prepare


def ents(text: str) -> dict[str, object]:
    prep = prepare(text)
    idx = recognise(prep.text, prep.sentences)
    assert isinstance(idx, EntityIndex)
    for e in idx.entities():
        for m in e.mentions:
            assert m.span.text == text[m.span.start:m.span.end]
    return {e.key: e for e in idx.entities()}


def test_norm_key_folds_case_accents_and_the():
    assert norm_key("Person", "Sergey  Lavrov") == "Person:sergey lavrov"
    assert norm_key("Organization", "The White House") == "Organization:white house"
    assert norm_key("Person", "Jos\u00e9 Mar\u00eda") == "Person:jose maria"


def test_tokenize_keeps_abbreviations():
    toks = tokenize("Mr. Trump met U.S. officials.")
    assert [t.text for t in toks] == ["Mr.", "Trump", "met", "U.S.", "officials"]
    assert isinstance(toks[0], Tok) and toks[0].cap


def test_person_with_title_and_affiliation_then_surname():
    e = ents("Russian Foreign Minister Sergey Lavrov spoke. Later Lavrov left.")
    p = e["Person:sergey lavrov"]
    assert p.kind == "Person" and "Foreign Minister" in p.titles
    assert p.affiliation == "Country:russia"
    assert [m.span.text for m in p.mentions] == ["Sergey Lavrov", "Lavrov"]


def test_organisations_and_countries():
    e = ents("The Russian Foreign Ministry criticised NATO and the United States.")
    assert "Organization:russian foreign ministry" in e
    assert "Organization:north atlantic treaty organization" in e
    assert "Country:united states" in e


def test_group_entities_can_be_added():
    text = "A source said so."
    prep = prepare(text)
    idx = recognise(prep.text, prep.sentences)
    from kb.extract.records import Span
    key = idx.add("Group", "a source", Span.of(text, 0, 8))
    assert key == "Group:a source"
    assert any(e.key == key and e.kind == "Group" for e in idx.entities())


def test_nothing_in_lower_case_text():
    assert ents("nothing to see here, folks.") == {}


def test_entity_mention_spans_quote_the_original_text():
    # the cleaning maps odd white space one for one (no-break space, tab): spans must still quote the original
    from kb.extract import extract
    text = ("Foreign Minister Sergey\u00a0Lavrov met Marco\tRubio on Friday.\n\n"
            "\u201cWe talked,\u201d Lavrov\u00a0said.")
    x = extract(text)
    assert x.entities
    for e in x.entities:
        for m in e.mentions:
            assert m.span.text == text[m.span.start:m.span.end]
    names = {e.name for e in x.entities}
    assert "Sergey Lavrov" in names


def test_surname_of_a_person_mentioned_before_is_not_a_town():
    from kb.extract import extract
    x = extract("Harbour news\n\nCharles Kennedy opened the pier. Later Kennedy said the pier was safe.\n")
    names = {e.name: e.kind for e in x.entities}
    assert names.get("Charles Kennedy") == "Person" and "Kennedy" not in names
    claim = x.claims[0]
    assert (claim.speaker_mention.text, x.entity(claim.speaker).name) == ("Kennedy", "Charles Kennedy")


def test_a_capital_stays_a_place_after_a_person_of_that_name():
    from kb.extract import extract
    x = extract("Harbour news\n\nJack London opened the pier. The ferry then sailed to London.\n")
    assert {e.name: e.kind for e in x.entities}.get("London") == "City"


def test_names_of_days_regions_products_and_teams_are_not_people():
    from kb.extract import extract
    x = extract("Harbour news\n\nOn Boxing Day the Middle East desk met. Manchester United played at the "
                "Windows PC fair. Piet Sandor ran the port. He said the fair was loud.\n")
    kinds = {e.name: e.kind for e in x.entities}
    assert all(kinds.get(n) != "Person" for n in ("Boxing Day", "Middle East", "Windows PC", "Manchester United"))
    assert kinds.get("Manchester United") == "Organization"
    assert x.entity(x.claims[0].speaker).name == "Piet Sandor"


def test_an_owner_with_a_possessive_is_not_part_of_the_persons_name():
    from kb.extract import extract
    x = extract("Harbour news\n\nThe Harbour Society's Piet Sandor said the pier was safe. The Port Authority's "
                "Chief Executive Ines Vallo agreed. Children's Minister Anna Berg smiled.\n")
    people = {e.name: e for e in x.entities if e.kind == "Person"}
    assert set(people) == {"Piet Sandor", "Ines Vallo", "Anna Berg"}
    assert people["Ines Vallo"].titles == ("Chief Executive",)
    assert people["Anna Berg"].titles == ("Children's Minister",)
    assert {e.name: e.kind for e in x.entities}["Harbour Society"] == "Organization"
    assert x.entity(x.claims[0].speaker).name == "Piet Sandor"


def test_an_occupation_before_a_name_is_a_title():
    from kb.extract import extract
    x = extract("Harbour news\n\nSinger Ines Vallo opened the pier.\n")
    people = [e for e in x.entities if e.kind == "Person"]
    assert [(p.name, p.titles) for p in people] == [("Ines Vallo", ("Singer",))]
