"""Ingest: identity of articles (unchanged, replaced, duplicate), standard input, folders,
worker processes, and failures that do not stop the others."""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from conftest import ARTICLE, ARTICLE_2, PUBLISHED, dump, graphs, write
from kb.cli import run
from kb.errors import InputError
from kb.export import export
from kb.ingest import IngestOptions, Summary, ingest, process, source_key
from kb.reading import read_document
from kb.store import Store

CHANGED = ARTICLE.replace("We will not accept a closure of the harbour before the summer",
                          "We will accept no closure of the quays before the autumn")


def claims_csv(capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert run(["query", "claims", "--format", "csv"]) == 0
    return capsys.readouterr().out


def raw_quads(path: Path) -> bytes:
    with Store(path) as db:
        return export(db, "nquads")


def test_reingest_same_content_is_unchanged(store_path: Path, article_file: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["ingest", str(article_file), "--published", PUBLISHED]) == 0
    assert capsys.readouterr().out.startswith("ingested ")
    before = raw_quads(store_path)
    assert run(["ingest", str(article_file), "--published", PUBLISHED]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"unchanged {article_file}")
    assert raw_quads(store_path) == before


def test_changed_article_replaces_its_graph(store_path: Path, article_file: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["ingest", str(article_file)]) == 0
    old_claims = claims_csv(capsys)
    assert "closure of the harbour" in old_claims
    (old_graph,) = graphs(store_path)
    write(article_file, CHANGED)
    assert run(["ingest", str(article_file)]) == 0
    assert capsys.readouterr().out.startswith(f"replaced {article_file}")
    assert graphs(store_path) == [old_graph]  # same path, same article
    new_claims = claims_csv(capsys)
    assert "closure of the harbour" not in new_claims
    assert "no closure of the quays" in new_claims
    assert not any("closure of the harbour" in q for q in dump(store_path))
    # and the store holds exactly what a fresh ingest of the new text holds
    fresh = tmp_path / "fresh"
    assert run(["ingest", str(article_file), "--store", str(fresh)]) == 0
    assert dump(store_path) == dump(fresh)


def test_same_content_under_another_path_is_a_duplicate(store_path: Path, article_file: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["ingest", str(article_file)]) == 0
    before = dump(store_path)
    copy = write(tmp_path / "elsewhere" / "copy.txt", ARTICLE)
    assert run(["ingest", str(copy)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"duplicate {copy}")
    assert dump(store_path) == before
    assert len(graphs(store_path)) == 1


def test_duplicates_within_one_run(store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "in" / "a.txt", ARTICLE)
    write(tmp_path / "in" / "b.txt", ARTICLE)
    assert run(["ingest", str(tmp_path / "in")]) == 0
    out = capsys.readouterr().out
    assert "1 ingested, 1 duplicate" in out
    assert len(graphs(store_path)) == 1


def test_standard_input(store_path: Path, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    def feed(text: str) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))

    feed(ARTICLE)
    assert run(["ingest", "-", "--published", PUBLISHED]) == 0
    assert capsys.readouterr().out.startswith("ingested -")
    assert run(["query", "articles", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 2 and ",sha256:" in rows[1] and PUBLISHED in rows[1]
    before = dump(store_path)
    feed(ARTICLE)
    assert run(["ingest", "-", "--published", PUBLISHED]) == 0
    assert capsys.readouterr().out.startswith("unchanged -")
    assert dump(store_path) == before


def test_file_content_again_on_stdin_is_a_duplicate(store_path: Path, article_file: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["ingest", str(article_file)]) == 0
    before = dump(store_path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    assert run(["ingest", "-"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("duplicate -")
    assert dump(store_path) == before


def _folder(root: Path) -> Path:
    write(root / "harbour.txt", ARTICLE)
    write(root / "deeper" / "fleet.md", ARTICLE_2)
    write(root / "deeper" / "still" / "notes.txt",
          'Harbour master Ana Duarte said the night ferry would run again from Monday.\n')
    write(root / "deeper" / "ignored.pdf", b"%PDF-1.4 not an article")
    return root


def test_folder_is_walked_recursively(store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path / "news")
    assert run(["ingest", str(folder), "--published", PUBLISHED]) == 0
    out = capsys.readouterr().out
    assert "3 articles: 3 ingested" in out
    assert len(graphs(store_path)) == 3
    assert run(["query", "articles", "--format", "csv"]) == 0
    listed = capsys.readouterr().out
    for name in ("harbour.txt", "fleet.md", "notes.txt"):
        assert name in listed


def test_jobs_two_gives_the_same_quads_as_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path / "news")
    one, two = tmp_path / "one", tmp_path / "two"
    assert run(["ingest", str(folder), "--jobs", "1", "--store", str(one), "-q"]) == 0
    assert run(["ingest", str(folder), "--jobs", "2", "--store", str(two), "-q"]) == 0
    capsys.readouterr()
    assert len(graphs(one)) == 3
    assert dump(one) == dump(two)


def test_a_failing_article_does_not_stop_the_others(store_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path / "news")
    write(folder / "a-empty.txt", "")
    write(folder / "deeper" / "z-binary.txt", b"\x00\x01\x02" * 50)
    rc = run(["ingest", str(folder)])
    out, err = capsys.readouterr()
    assert rc == 1
    errors = err.splitlines()
    assert len(errors) == 2 and all(e.startswith("kb: error: ") for e in errors)
    assert "a-empty.txt" in errors[0] and "z-binary.txt" in errors[1]
    assert "5 articles: 3 ingested, 2 failed" in out
    assert len(graphs(store_path)) == 3


def test_url_option_needs_one_article(store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path / "news")
    assert run(["ingest", str(folder), "--url", "https://example.org/a"]) == 2
    assert "one article" in capsys.readouterr().err
    assert dump(store_path) == []


def test_url_option_is_the_identity(store_path: Path, article_file: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://example.org/news/harbour"
    assert run(["ingest", str(article_file), "--url", url, "--title", "Harbour", "--publisher", "Tidewater"]) == 0
    write(tmp_path / "moved.txt", CHANGED)
    assert run(["ingest", str(tmp_path / "moved.txt"), "--url", url]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("replaced ")
    assert len(graphs(store_path)) == 1


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour talks resume in Valmora</title>
<link rel="canonical" href="https://example.org/news/harbour-talks">
<meta property="article:published_time" content="2025-03-05"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article>
<h1>Harbour talks resume in Valmora</h1>
<p>Port commissioner Elena Marsh met Fisheries Minister Tomas Reyes in Lisbon on Tuesday.</p>
<p>"We will not accept a closure of the harbour before the summer," Marsh told reporters after the meeting.</p>
<p>Reyes said the ministry would publish a new plan within two weeks.</p>
</article><footer>Copyright Tidewater News</footer></body></html>
"""


def test_html_page_is_known_by_its_url(store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = write(tmp_path / "a" / "page.html", PAGE)
    again = write(tmp_path / "b" / "saved-copy.html", PAGE)
    assert run(["ingest", str(first)]) == 0
    assert run(["ingest", str(again)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"unchanged {again}")  # same URL, same text
    assert run(["query", "articles", "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert row["url"]["value"] == row["source"]["value"] == "https://example.org/news/harbour-talks"
    assert row["published"]["value"] == "2025-03-05"
    assert row["headline"]["value"] == "Harbour talks resume in Valmora"


def test_two_versions_of_one_page_in_one_run_give_the_later_version(store_path: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "pages"
    write(folder / "1-first.html", PAGE)
    write(folder / "2-updated.html", PAGE.replace("within two weeks", "within a month"))
    assert run(["ingest", str(folder), "--jobs", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[:2]] == ["ingested", "replaced"]
    (graph,) = graphs(store_path)
    with Store(store_path) as db:
        text = " ".join(q.object.value for q in db.quads(graph) if q.object.value.startswith("the ministry"))
    assert "within a month" in text and "within two weeks" not in text


# -- the library ------------------------------------------------------------------------------
def test_library_summary_and_callback(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "news")
    write(folder / "empty.txt", "")
    seen = []
    with Store(tmp_path / "store") as db:
        summary = ingest([str(folder)], db, IngestOptions(published=dt.date(2025, 3, 5)), on_result=seen.append)
    assert isinstance(summary, Summary)
    assert (summary.articles, summary.ingested, summary.failed) == (4, 3, 1)
    assert [r.status for r in seen].count("ingested") == 3
    assert summary.failures[0].error and "empty" in summary.failures[0].error
    assert summary.claims >= 3 and summary.triples > 0


def test_no_articles_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    with Store(tmp_path / "store") as db, pytest.raises(InputError):
        ingest([str(tmp_path / "nothing")], db)


def test_source_keys(article_file: Path) -> None:
    doc = read_document(str(article_file))
    assert source_key(doc, IngestOptions()) == article_file.resolve().as_uri()
    assert source_key(doc, IngestOptions(url="https://example.org/x")) == "https://example.org/x"
    piped = read_document("-", ARTICLE.encode())
    assert source_key(piped, IngestOptions()) == f"sha256:{piped.content_hash}"


def test_processed_quads_are_all_in_the_article_graph(article_file: Path) -> None:
    p = process(read_document(str(article_file)), IngestOptions())
    lines = p.nquads.decode().splitlines()
    assert len(lines) == p.triples > 0
    assert all(line.endswith(f"<{p.graph}> .") for line in lines)
    assert p.claims >= 3
