"""Saved queries: listed, all runnable, parameters bound as literals (never as syntax), and
results in the W3C SPARQL 1.1 CSV, TSV and JSON formats."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import MEETING_DATE, PUBLISHED, QUERY_PARAMS, dump, write
from kb.cli import run
from kb.errors import QueryError
from kb.paths import shipped_dir
from kb.queries import find_query, format_results, run_query, saved_queries
from kb.store import Store

QUERY_FILES = [p.stem for p in sorted(shipped_dir("queries").glob("*.rq"))]
INJECTION = '" } ; DROP ALL ; #'


def query(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    rc = run(["query", *args])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert err == ""
    return out


def as_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[list[str], list[dict[str, str]]]:
    doc = json.loads(query(capsys, *args, "--format", "json"))
    rows = [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]
    return doc["head"]["vars"], rows


def params_for(name: str) -> list[str]:
    out = []
    for p in find_query(name).params:
        out += ["-p", p.name, QUERY_PARAMS[p.name]]
    return out


def test_queries_lists_every_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert len(QUERY_FILES) >= 7
    assert run(["queries"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == QUERY_FILES
    for line, q in zip(lines, saved_queries()):
        assert q.description and q.description in line
        first = q.path.read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
        assert q.description.startswith(first)
    listed = dict(zip(QUERY_FILES, lines))
    assert "[parameters: speaker]" in listed["claims-by"]
    assert "[parameters: person, other?]" in listed["meetings"]
    assert "parameters" not in listed["claims"]


@pytest.mark.parametrize("name", QUERY_FILES)
def test_every_saved_query_runs(name: str, filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    variables, rows = as_json(capsys, name, *params_for(name))
    assert variables
    assert rows, f"{name} found nothing in the fixture store"
    for fmt in ("table", "csv", "tsv"):
        assert query(capsys, name, *params_for(name), "--format", fmt)


def test_claims_by_surname_finds_the_full_named_person(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for typed in ("Marsh", "marsh", "ELENA"):
        variables, rows = as_json(capsys, "claims-by", "-p", "speaker", typed)
        assert variables[:4] == ["speaker_name", "quote", "kind", "cue"]
        assert rows and {r["speaker_name"] for r in rows} == {"Elena Marsh"}, typed
        assert any("closure of the harbour" in r["quote"] for r in rows)
        assert any("stay open" in r["quote"] for r in rows)  # her claim in the second article
    _, rows = as_json(capsys, "claims-by", "-p", "speaker", "Reyes")
    assert {r["speaker_name"] for r in rows} == {"Tomas Reyes"}
    _, rows = as_json(capsys, "claims-by", "-p", "speaker", "Nobody Here")
    assert rows == []


def test_claims_contract_columns(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = query(capsys, "claims", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    header = text.split("\r\n", 1)[0].split(",")
    assert {"speaker", "speaker_mention", "quote", "cue", "kind"} <= set(header)
    marsh = [r for r in rows if r["quote"].startswith("We will not accept")]
    assert len(marsh) == 1
    assert marsh[0]["speaker"] == "Elena Marsh"
    assert marsh[0]["speaker_mention"] == "Marsh"
    assert marsh[0]["cue"] == "told"
    assert marsh[0]["kind"] == "direct"
    assert all(r["kind"] in ("direct", "partial", "indirect", "editorial") for r in rows)
    assert any(r["kind"] == "indirect" and r["speaker"] == "Tomas Reyes" for r in rows)


def test_events_contract_columns(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = query(capsys, "events", "--format", "csv")
    header = text.split("\r\n", 1)[0].split(",")
    assert {"event", "type", "date", "place", "participant"} <= set(header)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    meeting = [r for r in rows if r["type"] == "Meeting" and r["date"] == MEETING_DATE and r["place"] == "Lisbon"]
    assert {r["participant"] for r in meeting} >= {"Elena Marsh", "Tomas Reyes"}


def test_meetings_and_the_optional_parameter(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, alone = as_json(capsys, "meetings", "-p", "person", "marsh")
    _, both = as_json(capsys, "meetings", "-p", "person", "marsh", "-p", "other", "REYES")
    _, nobody = as_json(capsys, "meetings", "-p", "person", "marsh", "-p", "other", "Nobody")
    assert both and nobody == []
    assert len(alone) >= len(both)
    row = next(r for r in both if r["date"] == MEETING_DATE)
    assert row["type"] == "Meeting" and row["place"] == "Lisbon"
    assert set(row["participants"].split("; ")) == {"Elena Marsh", "Tomas Reyes"}


def test_timeline(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, rows = as_json(capsys, "timeline", "-p", "entity", "Marsh")
    assert any(r["what"] == "event" and r["date"] == MEETING_DATE for r in rows)
    assert any(r["what"] == "claim" and r["date"] == PUBLISHED for r in rows)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)


def test_entity_finds_by_name_or_name_word_in_any_case(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for typed in ("Marsh", "ELENA", "elena marsh", "  Elena   Marsh "):
        _, rows = as_json(capsys, "entity", "-p", "name", typed)
        assert [r["entity_name"] for r in rows] == ["Elena Marsh"], typed
        assert int(rows[0]["mentions"]) >= 3 and int(rows[0]["articles"]) >= 2
    _, rows = as_json(capsys, "entity", "-p", "name", "mar")  # a part of a word is not a word
    assert rows == []


def test_name_keys() -> None:
    from kb.rdf import name_keys

    assert name_keys(["Sergey Lavrov", "Lavrov"]) == ["sergey lavrov", "sergey", "lavrov"]
    assert name_keys(["Jean-Claude O'Neill Jr."]) == ["jean-claude o'neill jr.", "jean-claude", "o'neill", "jr"]
    assert name_keys(["  "]) == []


def test_claims_carry_their_offsets_in_the_text(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pyoxigraph as ox

    _, rows = as_json(capsys, "claims")
    assert rows
    with Store(filled_store) as db:
        bodies = {r["article"]: next(iter(db.query(
            "SELECT ?b ?a WHERE { GRAPH ?a { ?a <https://schema.org/articleBody> ?b } }",
            {"a": ox.NamedNode(r["article"])})))["b"].value for r in rows}
    for r in rows:
        start, end = int(r["start"]), int(r["end"])
        assert 0 <= start < end <= len(bodies[r["article"]])
        piece = bodies[r["article"]][start:end]
        assert r["quote"].split()[0] in piece and r["quote"].split()[-1] in piece, (r["quote"], piece)


def test_limit_and_offset_page_the_rows(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, every = as_json(capsys, "claims")
    assert len(every) >= 4
    keys = [(r["article"], int(r["start"])) for r in every]
    assert keys == sorted(keys)  # the Sort header: by article, then position in the text
    _, page1 = as_json(capsys, "claims", "--limit", "2")
    _, page2 = as_json(capsys, "claims", "--limit", "2", "--offset", "2")
    _, rest = as_json(capsys, "claims", "--offset", "4")
    assert len(page1) == 2 and len(page2) == 2
    got = {r["claim"] for r in page1 + page2 + rest}
    assert got == {r["claim"] for r in every} and len(page1 + page2 + rest) == len(every)
    _, none = as_json(capsys, "claims", "--limit", "0")
    assert none == []


def test_limit_must_be_a_number(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for bad in (["--limit", "-1"], ["--limit", "ten"], ["--offset", "-3"]):
        rc = run(["query", "claims", *bad])
        err = capsys.readouterr().err
        assert rc == 2, bad
        assert err.count("\n") == 1 and "Traceback" not in err


def test_sort_header() -> None:
    import pyoxigraph as ox

    from kb.queries import SavedQuery, _parse_header, sort_rows

    desc, params, sort = _parse_header("# Rows.\n# Parameters: x (optional) - a thing.\n# Sort: a, b\nSELECT")
    assert desc == "Rows." and [p.name for p in params] == ["x"] and sort == ("a", "b")
    q = SavedQuery("t", Path("t.rq"), "", "", (), ("b", "a"))
    two, ten = ox.Literal("2", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), \
        ox.Literal("10", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    rows = [[ox.Literal("y"), ten], [ox.Literal("x"), two], [None, ten], [ox.Literal("x"), ten]]
    assert sort_rows(q, ["a", "b"], rows) == [[ox.Literal("x"), two], [None, ten], [ox.Literal("x"), ten],
                                              [ox.Literal("y"), ten]]  # numbers by value, unbound first


# -- W3C result formats -------------------------------------------------------------------------
def test_csv_format(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    variables, rows = as_json(capsys, "claims")
    text = query(capsys, "claims", "--format", "csv")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")  # CRLF line ends, and no bare LF
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[0] == variables
    assert len(parsed) == len(rows) + 1
    for line, row in zip(parsed[1:], rows):
        assert line == [row.get(v, "") for v in variables]  # plain values; commas and quotes survive
    assert any("," in v for line in parsed[1:] for v in line)


def test_tsv_format(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    variables, rows = as_json(capsys, "claims")
    text = query(capsys, "claims", "--format", "tsv")
    lines = text.split("\n")
    assert lines[-1] == ""
    assert lines[0].split("\t") == [f"?{v}" for v in variables]
    body = [line.split("\t") for line in lines[1:-1]]
    assert len(body) == len(rows)
    i = {v: n for n, v in enumerate(variables)}
    for cells, row in zip(body, rows):
        assert cells[i["claim"]] == f"<{row['claim']}>"
        assert cells[i["quote"]] == '"' + row["quote"].replace('"', '\\"') + '"'
        assert cells[i["start"]] == row["start"]  # xsd:integer in its short form
        assert int(cells[i["start"]]) < int(cells[i["end"]])


def test_json_format(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = json.loads(query(capsys, "claims", "--format", "json"))
    assert set(doc) == {"head", "results"}
    variables = doc["head"]["vars"]
    bindings = doc["results"]["bindings"]
    assert bindings
    for b in bindings:
        assert set(b) <= set(variables)
        assert b["claim"]["type"] == "uri"
        assert b["quote"] == {"type": "literal", "value": b["quote"]["value"]}  # xsd:string is implicit
        assert b["start"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    # an optional column that is unbound is left out of the binding
    articles = json.loads(query(capsys, "articles", "--format", "json"))["results"]["bindings"]
    assert any("url" not in b for b in articles) and any("url" in b for b in articles)


def test_table_format(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = query(capsys, "articles")
    assert text.splitlines()[0].split() == ["article", "headline", "published", "url", "source", "claims", "events"]
    assert text.splitlines()[-1] == "(3 rows)"


# -- parameters ------------------------------------------------------------------------------
@pytest.mark.parametrize("name,param", [("claims-by", "speaker"), ("meetings", "person"), ("meetings", "other"),
                                        ("timeline", "entity")])
@pytest.mark.parametrize("value", [INJECTION, "' } DROP ALL #", "\\", "$speaker", 'a"b\nc', "\\u0022) } #"])
def test_parameter_syntax_is_a_literal(name: str, param: str, value: str, filled_store: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    before = dump(filled_store)
    values = dict(QUERY_PARAMS)
    values[param] = value
    argv = []
    for p in find_query(name).params:
        argv += ["-p", p.name, values[p.name]]
    _, rows = as_json(capsys, name, *argv)
    assert rows == []
    assert dump(filled_store) == before


def test_run_query_library(filled_store: Path) -> None:
    with Store(filled_store) as db:
        results = run_query(db, find_query("claims-by"), {"speaker": "reyes"})
        assert results.variables[0] == "speaker_name"
        assert results.rows and all(r[0].value == "Tomas Reyes" for r in results.rows)
        with pytest.raises(QueryError, match="needs parameter 'speaker'"):
            run_query(db, find_query("claims-by"), {})
        with pytest.raises(QueryError, match="has no parameter 'who'"):
            run_query(db, find_query("claims-by"), {"speaker": "x", "who": "y"})
    assert format_results(results, "csv").startswith("speaker_name,quote,")


def test_query_files(filled_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    own = write(tmp_path / "people.rq", "# People by name.\n# Parameters: name (required) - a name.\n"
                "PREFIX schema: <https://schema.org/>\n"
                "SELECT ?who $name WHERE { GRAPH ?g { ?p a schema:Person ; schema:name ?who "
                "FILTER(CONTAINS(?who, $name)) } }\n")
    _, rows = as_json(capsys, str(own), "-p", "name", "Reyes")
    assert {r["who"] for r in rows} == {"Tomas Reyes"}
    construct = write(tmp_path / "graph.rq", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }\n")
    assert run(["query", str(construct)]) == 2
    assert "not a SELECT query" in capsys.readouterr().err
    with pytest.raises(QueryError):
        find_query(str(tmp_path / "missing.rq"))
    empty = write(tmp_path / "empty.rq", "  \n")
    with pytest.raises(QueryError, match="empty"):
        find_query(str(empty))


def test_speaker_words_are_the_words_of_the_speaker_mention(filled_store: Path) -> None:
    with Store(filled_store) as db:
        rows = list(db.query("""
            PREFIX kb: <https://w3id.org/kb/ns#> PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?claim ?words ?exact WHERE { GRAPH ?g {
              ?claim kb:speakerMention ?m . ?m oa:hasSelector ?sel . ?sel oa:exact ?exact .
              OPTIONAL { ?claim kb:speakerWords ?words } } }"""))
    assert rows
    for r in rows:
        assert r["words"] is not None and r["words"].value == r["exact"].value
