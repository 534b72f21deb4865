"""Export: every format re-parses with rdflib and holds every triple of the store (or of one
article); -o writes a file; an unknown article is a one-line error."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from conftest import SYNTHETIC_KEY, write
from kb.cli import run
from kb.errors import ExportError
from kb.export import FORMATS, export, find_article
from kb.store import Store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own, parsing datasets

RDFLIB = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt", "jsonld": "json-ld"}
DATASETS = {"trig", "nquads", "jsonld"}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term(t):  # noqa: ANN001, ANN202 - a pyoxigraph term as rdflib's
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    assert isinstance(t, ox.Literal), t  # kb writes no blank nodes
    if t.language:
        return Literal(t.value, lang=t.language)
    if t.datatype.value == XSD_STRING:
        return Literal(t.value)
    return Literal(t.value, datatype=URIRef(t.datatype.value))


def store_quads(path: Path, graph: str | None = None) -> set[tuple]:
    with Store(path) as db:
        return {(_term(q.subject), _term(q.predicate), _term(q.object), q.graph_name.value)
                for q in db.quads(graph)}


def parse(data: bytes, fmt: str) -> set[tuple]:
    """(s, p, o, graph name or None) of an exported document."""
    if fmt in DATASETS:
        ds = Dataset()
        ds.parse(data=data, format=RDFLIB[fmt])
        return {(s, p, _plain(o), None if str(g).startswith("urn:x-rdflib:") else str(g))
                for s, p, o, g in ds.quads((None, None, None, None))}
    return {(s, p, _plain(o), None) for s, p, o in Graph().parse(data=data, format=RDFLIB[fmt])}


def _plain(o):  # noqa: ANN001, ANN202 - "x"^^xsd:string is "x"
    if isinstance(o, Literal) and o.datatype is not None and str(o.datatype) == XSD_STRING:
        return Literal(str(o))
    return o


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_holds_every_triple(fmt: str, filled_store: Path) -> None:
    expected = store_quads(filled_store)
    assert len({q[3] for q in expected}) == 3
    with Store(filled_store) as db:
        data = export(db, fmt)
    got = parse(data, fmt)
    assert {q[:3] for q in got} == {q[:3] for q in expected}
    if fmt in DATASETS:  # one named graph per article, as in the store
        assert got == expected
    else:  # the union, each triple once
        assert len(got) == len({q[:3] for q in expected})


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_export_to_stdout(fmt: str, filled_store: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert run(["export", "--format", fmt]) == 0
    out, err = capsysbinary.readouterr()
    assert err == b""
    assert {q[:3] for q in parse(out, fmt)} == {q[:3] for q in store_quads(filled_store)}


def test_default_format_is_turtle(filled_store: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert run(["export"]) == 0
    out = capsysbinary.readouterr().out
    assert b"@prefix schema: <https://schema.org/>" in out
    assert {q[:3] for q in parse(out, "turtle")} == {q[:3] for q in store_quads(filled_store)}


def _article_ways(path: Path, files: Path) -> dict[str, str]:
    with Store(path) as db:
        graph = find_article(db, SYNTHETIC_KEY)
        harbour = find_article(db, str(files / "harbour.txt"))
    return {"iri": graph, "id": graph.rsplit("/", 1)[-1], "url": SYNTHETIC_KEY,
            "path": str(files / "harbour.txt"), "harbour": harbour}


@pytest.mark.parametrize("way", ["iri", "id", "url", "path"])
def test_export_one_article(way: str, filled_store: Path, filled_files: Path,
                            capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    ways = _article_ways(filled_store, filled_files)
    graph = ways["harbour"] if way == "path" else ways["iri"]
    assert run(["export", "--format", "nquads", "--article", ways[way]]) == 0
    got = parse(capsysbinary.readouterr().out, "nquads")
    assert got == store_quads(filled_store, graph)
    assert {q[3] for q in got} == {graph}
    assert run(["export", "--format", "turtle", "--article", ways[way]]) == 0
    got = parse(capsysbinary.readouterr().out, "turtle")
    assert {q[:3] for q in got} == {q[:3] for q in store_quads(filled_store, graph)}


def test_export_to_a_file(filled_store: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    out = tmp_path / "out" / "kb.trig"
    out.parent.mkdir()
    assert run(["export", "--format", "trig", "-o", str(out)]) == 0
    printed = capsysbinary.readouterr()
    assert printed.out == b"" and printed.err == b""
    assert parse(out.read_bytes(), "trig") == store_quads(filled_store)
    assert sorted(p.name for p in out.parent.iterdir()) == ["kb.trig"]
    # an existing file is replaced
    assert run(["export", "--format", "ntriples", "--output", str(out)]) == 0
    assert {q[:3] for q in parse(out.read_bytes(), "ntriples")} == {q[:3] for q in store_quads(filled_store)}


def test_export_unknown_article(filled_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kb.ttl"
    for argv in (["export", "--article", "ffffffffffffffffffff"], ["export", "--article", ""],
                 ["export", "--article", "https://w3id.org/kb/id/article/nope", "-o", str(out)]):
        assert run(argv) == 2
        captured = capsys.readouterr()
        (line,) = captured.err.splitlines()
        assert line.startswith("kb: error: no article ")
        assert captured.out == ""
    assert list(tmp_path.glob("kb.ttl*")) == []  # neither the file nor a partial one


def test_export_to_an_unwritable_place(filled_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = write(tmp_path / "file", "x")
    assert run(["export", "-o", str(blocker / "kb.ttl")]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("kb: error: cannot write ")


def test_library_errors(filled_store: Path) -> None:
    with Store(filled_store) as db:
        with pytest.raises(ExportError):
            export(db, "rdfxml")
        with pytest.raises(ExportError):
            find_article(db, "no-such-article")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_statistics_graph_is_not_exported(fmt: str, filled_store: Path) -> None:
    """The entity statistics are derived data: the store holds them, an export does not."""
    import pyoxigraph as ox

    from kb.stats import STATS_GRAPH

    with Store(filled_store) as db:
        assert any(True for _ in db.db.quads_for_pattern(None, None, None, ox.NamedNode(STATS_GRAPH)))
        data = export(db, fmt)
    assert STATS_GRAPH.encode() not in data and b"mentionCount" not in data
    assert {q[:3] for q in parse(data, fmt)} == {q[:3] for q in store_quads(filled_store)}


def test_empty_store_exports_nothing(store_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert run(["export", "--format", "nquads"]) == 0
    assert capsysbinary.readouterr().out.strip() == b""
