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
    _, all_rows = as_json(capsys, "claims", "--limit", "0")  # 0: every row
    assert all_rows == every


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


# -- the entity statistics ---------------------------------------------------------------------
# The aggregates `entities` and `entity` ran before kb kept statistics: every mention counted.
AGGREGATE_ENTITIES = """PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX kb: <https://w3id.org/kb/ns#>
SELECT ?entity ?type ?name (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?g) AS ?articles)
WHERE {
  GRAPH ?g {
    ?entity kb:mention ?a ; schema:name ?name ; a ?class .
    ?a oa:hasTarget ?m .
    FILTER(?class IN (schema:Person, schema:Organization, schema:Country, schema:City, schema:Place, kb:SourceGroup))
  }
  BIND(REPLACE(STR(?class), "^.*[/#]", "") AS ?type)
}
GROUP BY ?entity ?type ?name
ORDER BY DESC(?mentions) ?name
"""
AGGREGATE_ENTITY = """# Parameters: name (required, name) - a name.
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX kb: <https://w3id.org/kb/ns#>
SELECT ?entity ?type ?entity_name (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?g) AS ?articles) $name
WHERE {
  GRAPH ?g {
    ?entity kb:nameKey $name ; kb:mention ?a ; schema:name ?entity_name ; a ?class .
    ?a oa:hasTarget ?m .
    FILTER(?class IN (schema:Person, schema:Organization, schema:Country, schema:City, schema:Place, kb:SourceGroup))
  }
  BIND(REPLACE(STR(?class), "^.*[/#]", "") AS ?type)
}
GROUP BY ?entity ?type ?entity_name $name
ORDER BY DESC(?mentions) ?entity_name
"""
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "lavrov-rubio-kuala-lumpur.txt"


def _ranked(results) -> list[tuple[str, ...]]:  # noqa: ANN001 - kb.queries.Results
    """The rows as tuples of plain values, most mentions first, then by name (exact ties by value)."""
    from kb.queries import term_text

    rows = [tuple(term_text(t) for t in row) for row in results.rows]
    return sorted(rows, key=lambda r: (-int(r[3]), r[2], r))


def _in_rank_order(results) -> bool:  # noqa: ANN001 - kb.queries.Results
    """Whether the rows come most mentions first, then by name (ORDER BY DESC(?mentions) ?name)."""
    keys = [(-int(row[3].value), row[2].value) for row in results.rows]
    return keys == sorted(keys)


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the fixture articles, the sample article and one article replaced by another version."""
    import datetime as dt

    from conftest import ARTICLE, ARTICLE_2, write_synthetic
    from kb.ingest import IngestOptions, ingest

    root = tmp_path_factory.mktemp("entities")
    path = root / "store"
    with Store(path) as db:
        for name, text, day in (("harbour.txt", ARTICLE, 5), ("fleet.txt", ARTICLE_2, 7)):
            assert ingest([str(write(root / name, text))], db, IngestOptions(published=dt.date(2025, 3, day))).ingested
        assert ingest([str(SAMPLE)], db, IngestOptions(published=dt.date(2025, 7, 11))).ingested
        write_synthetic(db)
        changed = ARTICLE.replace("Fisheries Minister Tomas Reyes",
                                  "Fisheries Minister Tomas Reyes and Mayor Ines Prado")
        assert ingest([str(write(root / "harbour.txt", changed))], db, IngestOptions()).replaced == 1
    return path


def test_entities_gives_the_rows_of_the_aggregate(many_articles: Path, tmp_path: Path) -> None:
    """The ranking read from the statistics is the ranking counted over every mention: the same rows
    in the same order (with a replaced article in the store)."""
    from kb.queries import _load

    aggregate = _load(write(tmp_path / "aggregate.rq", AGGREGATE_ENTITIES), "aggregate")
    with Store(many_articles) as db:
        new = run_query(db, find_query("entities"))
        old = run_query(db, aggregate)
    assert new.variables == old.variables == ["entity", "type", "name", "mentions", "articles"]
    assert len(new.rows) > 30 and any(r[2].value == "Ines Prado" for r in new.rows)
    assert _ranked(new) == _ranked(old)
    assert _in_rank_order(new) and _in_rank_order(old)


@pytest.mark.parametrize("name", ["marsh", "Reyes", "lavrov", "Kuala Lumpur", "ministry", "prado", "nobody"])
def test_entity_gives_the_rows_of_the_aggregate(name: str, many_articles: Path, tmp_path: Path) -> None:
    from kb.queries import _load

    aggregate = _load(write(tmp_path / "aggregate.rq", AGGREGATE_ENTITY), "aggregate")
    with Store(many_articles) as db:
        new = run_query(db, find_query("entity"), {"name": name})
        old = run_query(db, aggregate, {"name": name})
    assert new.variables == old.variables
    assert _ranked(new) == _ranked(old) and _in_rank_order(new)
    assert bool(new.rows) == (name != "nobody")


def test_pages_of_the_ranking(many_articles: Path) -> None:
    """Pages of `entities` (ranked by counts read without a join up to the page's end) put together
    are the whole ranking; ``more`` says whether rows follow."""
    with Store(many_articles) as db:
        every = run_query(db, find_query("entities"))
        pages, offset = [], 0
        while True:
            page = run_query(db, find_query("entities"), limit=7, offset=offset)
            pages += page.rows
            offset += 7
            assert page.more == (offset < len(every.rows))
            if not page.more:
                break
    paged_rows = type(every)(every.variables, pages)
    assert _ranked(paged_rows) == _ranked(every) and _in_rank_order(paged_rows)


def test_the_page_end_goes_where_the_query_says() -> None:
    from kb.queries import SavedQuery, paged

    q = SavedQuery("t", Path("t.rq"), "SELECT * { { SELECT ?x { ?x ?p ?o } ORDER BY ?x\n  # LIMIT <end of page>\n} }",
                   "", ())
    assert paged(q) == q.text
    text = paged(q, 10, 20)
    assert "\nLIMIT 31\n} }\nLIMIT 11\nOFFSET 20" in text and "end of page" not in text


# -- paging for people -------------------------------------------------------------------------
def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[str, str]:
    capsys.readouterr()
    assert run(["query", *args]) == 0
    return capsys.readouterr()


def test_a_table_shows_a_page_by_default(filled_store: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A table (the format for people) shows at most 100 rows, and says on stderr how to get more;
    csv, tsv and json give every row unless --limit says otherwise."""
    every_triple = write(tmp_path / "triples.rq", "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }\n")
    out, err = _run(capsys, str(every_triple))
    lines = out.splitlines()
    assert lines[-1] == "(100 rows)" and len(lines) == 103
    assert err == "kb: rows 1-100 shown, more follow: --offset 100 for the next page, --limit 0 for every row\n"
    out, err = _run(capsys, str(every_triple), "--offset", "100")
    assert out.splitlines()[-1] == "(100 rows)" and "rows 101-200 shown" in err and "--offset 200" in err
    out, err = _run(capsys, str(every_triple), "--limit", "0")
    total = int(out.splitlines()[-1].strip("()").split()[0])
    assert total > 200 and err == ""
    out, err = _run(capsys, str(every_triple), "--format", "csv")
    assert len(list(csv.reader(io.StringIO(out, newline="")))) == total + 1 and err == ""
    out, err = _run(capsys, str(every_triple), "--format", "tsv")
    assert len(out.splitlines()) == total + 1 and err == ""
    out, err = _run(capsys, str(every_triple), "--format", "json")
    assert len(json.loads(out)["results"]["bindings"]) == total and err == ""
    out, err = _run(capsys, str(every_triple), "--format", "csv", "--limit", "5")
    assert len(list(csv.reader(io.StringIO(out, newline="")))) == 6 and err == ""


def test_a_short_table_has_no_footer(filled_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, err = _run(capsys, "claims")
    assert err == "" and out.splitlines()[-1].startswith("(")
    out, err = _run(capsys, "claims", "--limit", "2")
    assert out.splitlines()[-1] == "(2 rows)"
    assert err == "kb: rows 1-2 shown, more follow: --offset 2 for the next page, --limit 0 for every row\n"
