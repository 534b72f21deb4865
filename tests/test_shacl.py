"""SHACL: a graph that breaks the shapes is refused with a readable message and nothing is
written; `kb validate` checks the store and RDF files."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

import kb.rdf
from conftest import ARTICLE, dump, synthetic_extraction, synthetic_info, write
from kb.cli import run
from kb.errors import ValidationError
from kb.ingest import IngestOptions, process
from kb.reading import read_document
from kb.rdf import article_graph
from kb.shacl import check_graph, validate_graph
from kb.vocab import OA, PROV, SDO

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own, parsing datasets


def _speakerless(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make kb.rdf forget to attribute claims (prov:wasAttributedTo)."""
    original = kb.rdf._Builder.claim

    def claim(self, c) -> None:  # noqa: ANN001
        original(self, c)
        for t in list(self.g.triples((None, PROV.wasAttributedTo, None))):
            self.g.remove(t)

    monkeypatch.setattr(kb.rdf._Builder, "claim", claim)


def _backwards_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make kb.rdf write evidence spans whose start lies after their end."""
    original = kb.rdf._Builder.annotation

    def annotation(self, node, body, span, motivation):  # noqa: ANN001, ANN202
        out = original(self, node, body, span, motivation)
        pos = URIRef(f"{node}#position")
        datatype = self.g.value(pos, OA.start).datatype
        self.g.set((pos, OA.start, Literal(span.end + 5, datatype=datatype)))
        return out

    monkeypatch.setattr(kb.rdf._Builder, "annotation", annotation)


def _two_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make kb.rdf give every evidence annotation a second span (only mentions share an annotation)."""
    original = kb.rdf._Builder.annotation

    def annotation(self, node, body, span, motivation):  # noqa: ANN001, ANN202
        out = original(self, node, body, span, motivation)
        self.add((node, OA.hasTarget, self.target(URIRef(f"{node}/other"), span, URIRef(f"{node}/other"))))
        return out

    monkeypatch.setattr(kb.rdf._Builder, "annotation", annotation)


BREAKAGES = {
    "claim without speaker": (_speakerless, "prov:wasAttributedTo", "a claim needs exactly one speaker", "claim/"),
    "evidence with two spans": (_two_targets, "oa:hasTarget", "an evidence annotation has exactly one target",
                                "evidence"),
    "start after end": (_backwards_spans, "oa:start", "a span's start must come before its end", "#position"),
}


@pytest.mark.parametrize("case", sorted(BREAKAGES))
def test_broken_graph_is_refused_and_nothing_written(case: str, monkeypatch: pytest.MonkeyPatch, store_path: Path,
                                                     article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    breaker, path, message, focus = BREAKAGES[case]
    breaker(monkeypatch)
    with pytest.raises(ValidationError) as info:
        process(read_document(str(article_file)), IngestOptions())
    text = str(info.value)
    assert "does not conform" in text and "nothing was written" in text
    assert path in text and message in text and focus in text
    assert "\n" not in text
    assert message in info.value.report

    rc = run(["ingest", str(article_file)])
    out, err = capsys.readouterr()
    assert rc == 1
    (line,) = err.splitlines()
    assert line.startswith("kb: error: ") and message in line and path in line
    assert "Traceback" not in out + err
    assert dump(store_path) == []


def test_broken_article_in_a_filled_store_changes_nothing(monkeypatch: pytest.MonkeyPatch, filled_store: Path,
                                                          filled_files: Path, capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    before = dump(filled_store)
    _speakerless(monkeypatch)
    changed = write(filled_files.parent / "changed" / "harbour.txt", ARTICLE + "\nReyes said talks would go on.\n")
    assert run(["ingest", str(changed)]) == 1
    capsys.readouterr()
    assert dump(filled_store) == before


def test_check_graph_passes_a_good_graph() -> None:
    check_graph(article_graph(synthetic_info(), synthetic_extraction()), "the synthetic article")


def test_violations_are_plain_words() -> None:
    g = article_graph(synthetic_info(), synthetic_extraction())
    article = next(iter(g.subjects(SDO.articleBody, None)))
    g.remove((article, SDO.articleBody, None))
    report = validate_graph(g)
    assert not report.conforms
    (v,) = report.violations
    assert v.path == "schema:articleBody"
    assert v.message == "an article needs its text"
    assert v.focus.endswith(str(article).rsplit("/", 1)[-1] + ">") or "article" in v.focus
    assert str(v) == f"{v.focus}: {v.path}: {v.message}"


def test_validate_the_store(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["validate"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "3 graph(s) conform"
    assert err == ""


BROKEN_TTL = """\
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix kb: <https://w3id.org/kb/ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .

ex:article a schema:NewsArticle ;
    kb:sourceKey "https://example.org/article" ;
    kb:contentHash "not-a-hash" .

ex:claim a schema:Claim ;
    schema:text "The quays stay open." ;
    kb:kind "rumour" ;
    schema:isPartOf ex:article .

ex:pos a oa:TextPositionSelector ;
    oa:start 40 ;
    oa:end 12 .
"""


def test_validate_a_broken_turtle_file(tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "broken.ttl", BROKEN_TTL)
    assert run(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    for expected in ("an article needs exactly one sha256 content hash", "an article needs its text",
                     "a claim's kind is one of direct, partial, indirect", "a claim needs exactly one speaker",
                     "a claim needs at least one evidence span in the text", "a span's start must come before its end"):
        assert any(expected in line for line in lines), expected
    assert all(line.startswith(f"{path}: ") for line in lines)
    assert any("ex:claim" in line or "https://example.org/claim" in line for line in lines)
    assert err.strip() == "1 of 1 graph(s) do not conform"
    assert not store_path.exists()  # a file is checked without the store


def _sneak_in_a_bad_graph(store: Path) -> None:
    """Write a graph that skipped the shapes (an article without its text) straight to the store."""
    from kb.store import ArticleWrite, Store

    with Store(store) as db:
        db.write([ArticleWrite("https://example.org/g", b'<https://example.org/a> '
                               b'<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> '
                               b'<https://example.org/g> .\n')])


@pytest.mark.parametrize("fmt,suffix", [("turtle", "ttl"), ("trig", "trig"), ("nquads", "nq"),
                                        ("ntriples", "nt"), ("jsonld", "jsonld")])
def test_validate_exported_files(fmt: str, suffix: str, filled_store: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = tmp_path / f"good.{suffix}", tmp_path / f"bad.{suffix}"
    assert run(["export", "--format", fmt, "-o", str(good)]) == 0
    assert run(["validate", str(good)]) == 0
    assert capsys.readouterr().out.strip().endswith("1 graph(s) conform")
    # the file's every graph is read: the same export with one bad article in it fails
    _sneak_in_a_bad_graph(filled_store)
    assert run(["export", "--format", fmt, "-o", str(bad)]) == 0
    assert run(["validate", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert "an article needs its text" in out
    assert err.strip() == "1 of 1 graph(s) do not conform"


def test_validate_store_reports_a_bad_graph(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A graph that got into the store some other way is still found by `kb validate`."""
    _sneak_in_a_bad_graph(filled_store)
    assert run(["validate"]) == 1
    out, err = capsys.readouterr()
    assert "https://example.org/g: " in out and "an article needs its text" in out
    assert err.strip() == "1 of 4 graph(s) do not conform"
