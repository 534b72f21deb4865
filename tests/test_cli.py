"""The command line: every user error is one line on stderr, a non-zero exit, no traceback, and
leaves the store as it was; plus the store's own errors (a file, not writable, in use)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ARTICLE, PUBLISHED, dump, write
from kb.cli import run
from kb.errors import StoreError
from kb.store import Store

ROOT = Path(__file__).resolve().parent.parent


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert lines[0].startswith("kb: error: "), lines[0]
    return lines[0]


def _bad_inputs(tmp: Path) -> dict[str, list[str]]:
    article = write(tmp / "ok.txt", ARTICLE)
    return {
        "empty file": ["ingest", str(write(tmp / "empty.txt", ""))],
        "whitespace-only file": ["ingest", str(write(tmp / "blank.txt", "  \n\t\n   \n"))],
        "binary file": ["ingest", str(write(tmp / "data.txt", bytes(range(256)) * 4))],
        "missing path": ["ingest", str(tmp / "no-such-article.txt")],
        "malformed .rq": ["query", str(write(tmp / "broken.rq", "SELECT ?s WHERE { ?s ?p \n"))],
        "unknown query": ["query", "no-such-query"],
        "unknown option": ["ingest", "--bogus", "x"],
        "unknown query format": ["query", "claims", "--format", "xml"],
        "unknown export format": ["export", "--format", "rdfxml"],
        "published not a date": ["ingest", str(article), "--published", "2025-02-30"],
        "published words": ["ingest", str(article), "--published", "yesterday"],
        "-p without anything": ["query", "claims-by", "-p"],
        "-p without a value": ["query", "claims-by", "-p", "speaker"],
        "unknown parameter": ["query", "claims-by", "-p", "speakr", "Marsh"],
        "parameter of a query without any": ["query", "claims", "-p", "speaker", "Marsh"],
        "missing required parameter": ["query", "claims-by"],
        "missing required parameter, optional given": ["query", "meetings", "-p", "other", "Reyes"],
        "unknown article to export": ["export", "--article", "0123456789abcdef0123"],
        "missing RDF file to validate": ["validate", str(tmp / "missing.ttl")],
        "unparseable RDF file": ["validate", str(write(tmp / "junk.ttl", "this is not turtle ."))],
        "RDF file of unknown extension": ["validate", str(article)],
        "stray argument to query": ["query", "claims", "surplus"],
        "zero jobs": ["ingest", "--jobs", "0", str(article)],
        "missing argument": ["ingest"],
        "option without its value": ["query", "claims", "--format"],
        "unknown command": ["frobnicate"],
    }


CASES = ["empty file", "whitespace-only file", "binary file", "missing path", "malformed .rq", "unknown query",
         "unknown option", "unknown query format", "unknown export format", "published not a date",
         "published words", "-p without anything", "-p without a value", "unknown parameter",
         "parameter of a query without any", "missing required parameter",
         "missing required parameter, optional given", "unknown article to export", "missing RDF file to validate",
         "unparseable RDF file", "RDF file of unknown extension", "stray argument to query", "zero jobs",
         "missing argument", "option without its value", "unknown command"]


def test_cases_are_all_listed(tmp_path: Path) -> None:
    assert sorted(CASES) == sorted(_bad_inputs(tmp_path))


@pytest.mark.parametrize("case", CASES)
def test_user_error_is_one_line_and_changes_nothing(case: str, filled_store: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    argv = _bad_inputs(tmp_path / "in")[case]
    before = dump(filled_store)
    assert before
    rc = run(argv)
    out, err = capsys.readouterr()
    assert rc != 0
    one_error_line(err)
    assert "Traceback" not in out + err
    assert dump(filled_store) == before


def test_errors_on_an_empty_store_leave_it_empty(store_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    inputs = _bad_inputs(tmp_path / "in")
    for case in ("missing path", "unknown option", "published not a date"):
        assert run(inputs[case]) == 2, case
        one_error_line(capsys.readouterr().err)
        assert not store_path.exists(), case  # found before the store folder is even made
    assert run(inputs["empty file"]) == 1
    one_error_line(capsys.readouterr().err)
    assert dump(store_path) == []


def test_exit_codes(filled_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = _bad_inputs(tmp_path / "in")
    assert run(inputs["unknown option"]) == 2  # usage
    assert run(inputs["unknown query"]) == 2  # bad input
    assert run(inputs["empty file"]) == 1  # an article failed
    capsys.readouterr()


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    import kb

    assert run(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"kb {kb.__version__}"
    assert run([]) == 0
    out = capsys.readouterr().out
    for command in ("ingest", "query", "queries", "export", "validate"):
        assert command in out


def test_ingest_then_query_in_process(store_path: Path, article_file: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["ingest", str(article_file), "--published", PUBLISHED]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith(f"ingested {article_file}")
    assert run(["query", "claims", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "Elena Marsh" in out and "Tomas Reyes" in out


def test_store_option_beats_environment(store_path: Path, article_file: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other-store"
    assert run(["ingest", str(article_file), "--store", str(other)]) == 0
    capsys.readouterr()
    assert dump(other)
    assert not store_path.exists()


# -- real processes -------------------------------------------------------------------------
def kb(*args: str, store: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KB_")}
    env["KB_STORE"] = str(store)
    return subprocess.run([sys.executable, "-m", "kb", *args], input=stdin.decode(), capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=60)


def test_subprocess_ingest_and_query(tmp_path: Path) -> None:
    store = tmp_path / "store"
    article = write(tmp_path / "harbour.txt", ARTICLE)
    p = kb("ingest", str(article), "--published", PUBLISHED, store=store)
    assert p.returncode == 0, p.stderr
    assert p.stderr == ""
    p = kb("query", "claims", "--format", "csv", store=store)
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[0].startswith("speaker,speaker_mention,quote,cue,kind")
    assert "Elena Marsh" in p.stdout


@pytest.mark.parametrize("args", [
    ("ingest", "{empty}"),
    ("ingest", "{binary}"),
    ("ingest", "--bogus", "x"),
    ("query", "no-such-query"),
    ("query", "claims-by", "-p"),
])
def test_subprocess_errors(args: tuple[str, ...], tmp_path: Path) -> None:
    store = tmp_path / "store"
    files = {"empty": str(write(tmp_path / "empty.txt", "")),
             "binary": str(write(tmp_path / "img.txt", b"\x89PNG\r\n\x1a\n" + bytes(200)))}
    p = kb(*(a.format(**files) for a in args), store=store)
    assert p.returncode != 0
    one_error_line(p.stderr)
    assert "Traceback" not in p.stdout + p.stderr
    assert dump(store) == []


# -- the store --------------------------------------------------------------------------------
def test_store_path_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "store", "not a folder")
    with pytest.raises(StoreError) as info:
        Store(path)
    assert "is a file" in str(info.value)
    assert "\n" not in str(info.value)
    assert run(["query", "claims", "--store", str(path)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert "is a file, not a folder" in line
    assert path.read_text() == "not a folder"


def test_store_folder_not_writable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store"
    path.mkdir()
    import kb.store

    real = os.access
    monkeypatch.setattr(kb.store.os, "access",
                        lambda p, mode, *a, **k: False if Path(p) == path and mode & os.W_OK else real(p, mode, *a, **k))
    with pytest.raises(StoreError) as info:
        Store(path)
    assert "not writable" in str(info.value)
    assert run(["query", "claims", "--store", str(path)]) == 2
    assert "not writable" in one_error_line(capsys.readouterr().err)
    assert list(path.iterdir()) == []  # nothing was made in it


def test_store_folder_cannot_be_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = write(tmp_path / "plain-file", "x")
    with pytest.raises(StoreError) as info:
        Store(blocker / "store")
    assert "cannot create store folder" in str(info.value)


def test_store_folder_that_is_not_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store"
    write(path / "CURRENT", "this is not a database\n")
    with pytest.raises(StoreError) as info:
        Store(path)
    assert "cannot open store" in str(info.value)
    assert run(["export", "--store", str(path)]) == 2
    assert "is it a kb store?" in one_error_line(capsys.readouterr().err)


def test_store_in_use(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time, pyoxigraph\n"
         "s = pyoxigraph.Store(sys.argv[1])\n"
         "print('open', flush=True)\n"
         "sys.stdin.read()\n", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        started = time.monotonic()
        with pytest.raises(StoreError) as info:
            Store(path, wait=0.5)
        assert time.monotonic() - started >= 0.45  # it waited before giving up
        assert "in use" in str(info.value)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with Store(path, wait=5) as db:  # free again once the other process is gone
        assert len(db) == 0


def test_store_closed(tmp_path: Path) -> None:
    db = Store(tmp_path / "store")
    db.close()
    with pytest.raises(StoreError):
        db.graphs()
    db.close()  # twice is fine
