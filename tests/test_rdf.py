"""The RDF model of one article: IRIs only, deterministic, stable identities, evidence offsets
that index into the article text, typed dates; and the store keeps the graph as built."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

from conftest import (ARTICLE, ARTICLE_2, MEETING_DATE, PUBLISHED, SYNTHETIC, synthetic_extraction,
                      synthetic_info, write)
from kb.export import export
from kb.extract import extract
from kb.ingest import IngestOptions, process
from kb.rdf import ArticleInfo, ArticleStore, article_graph, article_iri, entity_iri, new_graph, nquads
from kb.reading import read_document
from kb.shacl import validate_graph
from kb.store import ArticleWrite, Store
from kb.vocab import KB, OA, SDO, SEM


def xsd(name: str) -> URIRef:
    return URIRef(f"http://www.w3.org/2001/XMLSchema#{name}")


def build(text: str, key: str, published: str | None = PUBLISHED) -> Graph:
    date = dt.date.fromisoformat(published) if published else None
    info = ArticleInfo(source_key=key, content_hash=hashlib.sha256(text.encode()).hexdigest(), published=date)
    return article_graph(info, extract(text, published=date))


@pytest.fixture(scope="module")
def harbour() -> Graph:
    return build(ARTICLE, "https://example.org/harbour")


@pytest.fixture(scope="module")
def synthetic() -> Graph:
    return article_graph(synthetic_info(), synthetic_extraction())


def person(g: Graph, name: str) -> URIRef:
    found = [s for s in g.subjects(SDO.name, Literal(name)) if (s, RDF.type, SDO.Person) in g]
    assert len(found) == 1, (name, found)
    return found[0]


@pytest.mark.parametrize("which", ["harbour", "synthetic"])
def test_no_blank_nodes(which: str, request: pytest.FixtureRequest) -> None:
    g = request.getfixturevalue(which)
    assert len(g) > 50
    assert not [t for t in g if any(isinstance(x, BNode) for x in t)]


def test_conforms(harbour: Graph, synthetic: Graph) -> None:
    for g in (harbour, synthetic):
        report = validate_graph(g)
        assert report.conforms, report.text()


def test_deterministic(harbour: Graph) -> None:
    again = build(ARTICLE, "https://example.org/harbour")
    assert set(again) == set(harbour)
    assert sorted(again.serialize(format="nt").splitlines()) == sorted(harbour.serialize(format="nt").splitlines())


def test_other_key_other_article_same_people(harbour: Graph) -> None:
    other = build(ARTICLE, "https://example.org/elsewhere")
    assert article_iri("https://example.org/elsewhere") in set(other.subjects(RDF.type, SDO.NewsArticle))
    assert person(other, "Elena Marsh") == person(harbour, "Elena Marsh")
    claims = set(harbour.subjects(RDF.type, SDO.Claim))
    assert claims and not claims & set(other.subjects(RDF.type, SDO.Claim))


def test_same_person_same_iri_in_two_articles(harbour: Graph) -> None:
    fleet = build(ARTICLE_2, "https://example.org/fleet", "2025-03-07")
    marsh = person(harbour, "Elena Marsh")
    assert person(fleet, "Elena Marsh") == marsh
    # ...and she is the speaker of a claim in each
    from kb.vocab import PROV
    assert list(harbour.subjects(PROV.wasAttributedTo, marsh))
    assert list(fleet.subjects(PROV.wasAttributedTo, marsh))


def _selectors(g: Graph) -> list[tuple[int, int, str, str, str]]:
    out = []
    for pos in g.subjects(RDF.type, OA.TextPositionSelector):
        (target,) = set(g.subjects(OA.hasSelector, pos))
        (article,) = set(g.objects(target, OA.hasSource))
        quotes = [q for q in g.objects(target, OA.hasSelector) if (q, RDF.type, OA.TextQuoteSelector) in g]
        assert len(quotes) == 1
        q = quotes[0]
        body = g.value(article, SDO.articleBody)
        out.append((g.value(pos, OA.start).toPython(), g.value(pos, OA.end).toPython(), str(body),
                    str(g.value(q, OA.exact)), str(g.value(q, OA.prefix) or "") + "\x00" + str(g.value(q, OA.suffix) or "")))
    return out


@pytest.mark.parametrize("which", ["harbour", "synthetic"])
def test_offsets_index_into_the_article_text(which: str, request: pytest.FixtureRequest) -> None:
    g = request.getfixturevalue(which)
    selectors = _selectors(g)
    assert len(selectors) >= 5
    for start, end, text, exact, context in selectors:
        assert text == (ARTICLE if which == "harbour" else SYNTHETIC)
        assert 0 <= start < end <= len(text)
        assert text[start:end] == exact
        prefix, suffix = context.split("\x00")
        assert text[:start].endswith(prefix) and text[end:].startswith(suffix)


def test_offsets_are_integers(synthetic: Graph) -> None:
    for p in (OA.start, OA.end):
        for o in synthetic.objects(None, p):
            assert isinstance(o, Literal) and o.datatype == xsd("integer")


def test_claim_evidence_is_the_quote(synthetic: Graph) -> None:
    (claim,) = set(synthetic.subjects(RDF.type, SDO.Claim))
    assert str(synthetic.value(claim, SDO.text)) == "This is a fair deal for the fleet,"
    assert str(synthetic.value(claim, KB.kind)) == "direct"
    assert synthetic.value(claim, SDO.creator) == entity_iri("Person:tomas reyes")
    evidence = list(synthetic.objects(claim, KB.evidence))
    assert len(evidence) == 1


def test_mentions_are_targets_of_one_annotation_per_entity(harbour: Graph) -> None:
    """W3C Web Annotation, lean: an entity's mentions in an article are the targets (each with a
    position and a quote selector) of one oa:Annotation whose body is the entity."""
    text = str(harbour.value(article_iri("https://example.org/harbour"), SDO.articleBody))
    entities = set(harbour.subjects(KB.mention, None))
    assert entities
    for entity in entities:
        (ann,) = set(harbour.objects(entity, KB.mention))
        assert (ann, RDF.type, OA.Annotation) in harbour
        assert harbour.value(ann, OA.hasBody) == entity
        assert harbour.value(ann, OA.motivatedBy) == OA.identifying
        targets = set(harbour.objects(ann, OA.hasTarget))
        assert targets
        for target in targets:
            assert (target, RDF.type, OA.SpecificResource) in harbour
            kinds = {harbour.value(sel, RDF.type): sel for sel in harbour.objects(target, OA.hasSelector)}
            assert set(kinds) == {OA.TextPositionSelector, OA.TextQuoteSelector}
            start, end = (int(harbour.value(kinds[OA.TextPositionSelector], p)) for p in (OA.start, OA.end))
            assert str(harbour.value(kinds[OA.TextQuoteSelector], OA.exact)) == text[start:end]
    for claim in harbour.subjects(KB.speakerMention, None):
        mention = harbour.value(claim, KB.speakerMention)
        assert (mention, RDF.type, OA.SpecificResource) in harbour
        ann = harbour.value(None, OA.hasTarget, mention)
        assert harbour.value(ann, OA.hasBody) == harbour.value(claim, SDO.creator)
    for record in harbour.subjects(KB.evidence, None):  # evidence: one span per annotation
        for ann in harbour.objects(record, KB.evidence):
            assert len(set(harbour.objects(ann, OA.hasTarget))) == 1


def test_nquads_are_the_graph(harbour: Graph) -> None:
    """kb's own N-Quads writer says what rdflib's N-Triples serialiser says, escapes included."""
    import pyoxigraph as ox

    g = new_graph()
    for t in harbour:
        g.add(t)
    s = URIRef("https://w3id.org/kb/id/test/1")
    for i, value in enumerate(['quote " and \\ backslash', "new\nline\r\ttab", "naïve “curly” 東京", "\x00\x1f"]):
        g.add((s, SDO.text, Literal(value)))
        g.add((s, SDO.name, Literal(value, lang="en")))
    g.add((s, SDO.url, Literal("https://example.org/a b", datatype=xsd("anyURI"))))
    ours = set(ox.parse(nquads(g, "https://w3id.org/kb/id/graph"), format=ox.RdfFormat.N_QUADS))
    nt = g.serialize(format="nt", encoding="utf-8")
    theirs = {ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode("https://w3id.org/kb/id/graph"))
              for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)}
    assert ours == theirs and len(ours) == len(g)
    assert nquads(g, "urn:x:g") == nquads(g, "urn:x:g")  # deterministic order


def test_article_store_answers_like_rdflib(harbour: Graph) -> None:
    """The indexed store behind article graphs answers every triple pattern as rdflib's Memory store."""
    assert isinstance(harbour.store, ArticleStore)
    plain = Graph()
    for t in harbour:
        plain.add(t)
    assert len(plain) == len(harbour)
    sample = list(harbour)[::37]
    for s, p, o in sample:
        for pattern in [(s, None, None), (s, p, None), (s, p, o), (None, p, None), (None, p, o), (None, None, o),
                        (s, None, o), (None, None, None)]:
            assert set(harbour.triples(pattern)) == set(plain.triples(pattern)), pattern
    copy = new_graph()
    for t in harbour:
        copy.add(t)
    s, p, o = sample[0]
    copy.remove((s, None, None))
    plain.remove((s, None, None))
    assert set(copy) == set(plain) and len(copy) == len(plain)


def test_dates_are_typed(harbour: Graph, synthetic: Graph) -> None:
    (published,) = set(harbour.objects(None, SDO.datePublished))
    assert published == Literal(PUBLISHED, datatype=xsd("date"))
    (stamp,) = set(synthetic.objects(None, SEM.hasTimeStamp))
    assert stamp == Literal(MEETING_DATE, datatype=xsd("date"))
    for g in (harbour, synthetic):
        for stamp in g.objects(None, SEM.hasTimeStamp):
            assert stamp.datatype in (xsd("date"), xsd("gYearMonth"), xsd("gYear"))


def test_month_granularity_is_a_gyearmonth() -> None:
    g = article_graph(synthetic_info(), synthetic_extraction(date="2025-03", granularity="month"))
    (stamp,) = set(g.objects(None, SEM.hasTimeStamp))
    assert stamp == Literal("2025-03", datatype=xsd("gYearMonth"))
    assert validate_graph(g).conforms


def test_event_model(synthetic: Graph) -> None:
    (event,) = set(synthetic.subjects(RDF.type, SEM.Event))
    actors = set(synthetic.objects(event, SEM.hasActor))
    assert actors == {entity_iri("Person:elena marsh"), entity_iri("Person:tomas reyes")}
    assert synthetic.value(event, SEM.hasPlace) == entity_iri("City:lisbon")
    assert synthetic.value(event, KB.eventType) == KB.Meeting


def test_the_store_keeps_the_graph_as_built(tmp_path: Path) -> None:
    """What was validated is what is stored: no literal is changed on the way in (or out)."""
    path = write(tmp_path / "harbour.txt", ARTICLE)
    p = process(read_document(str(path)), IngestOptions(published=dt.date(2025, 3, 5)))
    with Store(tmp_path / "store") as db:
        db.write([ArticleWrite(p.graph, p.nquads)])
        stored = Graph().parse(data=export(db, "ntriples"), format="nt")
    assert set(stored) == _triples_of(p.nquads)
    assert validate_graph(stored).conforms


def _triples_of(nquads: bytes) -> set:
    """The triples of one article's N-Quads (every quad is in the same graph: drop it)."""
    lines = [line.rsplit(" <", 1)[0] + " .\n" for line in nquads.decode().splitlines()]
    return set(Graph().parse(data="".join(lines), format="nt"))
