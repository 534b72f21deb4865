"""Hostile and broken input, run as real ``kb`` processes on a copy of the filled store.

Every case: no traceback; an error is one ``kb: error:`` line per failed input and a non-zero
exit; the store is exactly as before (a sorted N-Quads dump) where the input is refused, and
only gains the good articles where some are accepted. Cases of tests/test_cli.py (empty,
whitespace-only and binary files, a missing path, a malformed .rq, unknown formats, ...) are not
repeated here; this matrix extends them.
"""
from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import ARTICLE, ARTICLE_2, PUBLISHED, dump, write

ROOT = Path(__file__).resolve().parent.parent
INJECTION = '" } ; DROP ALL ; #'
ACCENTED = "Café owner Zoë Ångström said the quays were quiet."
UNICODE_ARTICLE = ARTICLE + "\n" + ACCENTED + "\n"


@dataclass
class Case:
    argv: list[str]
    expect: str  # "error": refused; "ok": accepted; "partial": some refused (exit 1); "either": ok or error
    stdin: bytes | Path = b""
    errors: int = 1  # error lines for "partial"
    new_articles: int = 0  # graphs added for "ok" and "partial"
    body: str | None = None  # text the new article's body must hold ("ok")
    stdout: str | None = None  # text the output must hold
    untouched: list[Path] = field(default_factory=list)  # files that must not change or appear


def _cases(tmp: Path) -> dict[str, Case]:
    t = tmp
    good = write(t / "good" / "harbour.txt", ARTICLE)
    mixed = t / "mixed"
    write(mixed / "a-harbour.txt", ARTICLE)
    write(mixed / "b-fleet.md", ARTICLE_2)
    write(mixed / "c-empty.txt", "")
    write(mixed / "d-binary.txt", bytes(range(256)) * 8)
    write(mixed / "e-blank.htm", "<html><head><script>var x = 1;</script></head><body> </body></html>")
    write(mixed / "sub" / "f-latin1.txt", UNICODE_ARTICLE.replace("Harbour", "Quay").encode("latin-1"))
    write(mixed / "image.png", b"\x89PNG\r\n\x1a\n" + bytes(100))  # not an article extension: skipped
    write(mixed / ".hidden.txt", "")  # hidden: skipped
    loops = t / "loops"
    write(loops / "harbour.txt", ARTICLE.replace("resume in", "go on in"))
    (loops / "self").symlink_to(loops)  # a folder link into itself
    (loops / "ab.txt").symlink_to(loops / "ba.txt")
    (loops / "ba.txt").symlink_to(loops / "ab.txt")  # a file link loop inside the folder: skipped
    loop = t / "loop.txt"
    loop.symlink_to(t / "loop.txt")
    dangling = t / "dangling.txt"
    dangling.symlink_to(t / "nowhere.txt")
    big = t / "big.txt"
    with open(big, "wb") as fh:  # 50 MB, sparse
        fh.truncate(50 * 1024 * 1024)
    quotes = "Marsh said: " + ' "' * 300 + " the talks went on.\n" + "“ « ‘ " * 200 + "\n"
    words = ("harbour", "quay", "fleet", "the", "and", "over", "boats", "tide", "north")
    long_line = " ".join(words[(i * 7 + i // 3) % len(words)] for i in range(40000))  # 240 KB, no newline
    store_file = write(t / "a-file", "not a folder")
    store_loop = t / "store-loop"
    store_loop.symlink_to(t / "store-loop")
    rq = t / "rq"
    (rq / "folder.rq").mkdir(parents=True)
    empty = t / "empty-folder"
    empty.mkdir()
    return {
        # -- files ------------------------------------------------------------------------------
        "NUL bytes only": Case(["ingest", str(write(t / "nul.txt", b"\0" * 4096))], "error"),
        "gzip data named .txt": Case(["ingest", str(write(t / "gz.txt", gzip.compress(ARTICLE.encode())))], "error"),
        "executable named .txt": Case(["ingest", str(write(t / "exe.txt", Path(sys.executable).read_bytes()[:65536]))],
                                      "error"),
        "UTF-16 LE with BOM": Case(["ingest", str(write(t / "u16le.txt", UNICODE_ARTICLE.encode("utf-16")))], "ok",
                                   new_articles=1, body=ACCENTED),
        "UTF-16 BE with BOM": Case(["ingest", str(write(t / "u16be.txt", b"\xfe\xff" + UNICODE_ARTICLE.encode("utf-16-be")))],
                                   "ok", new_articles=1, body=ACCENTED),
        "Latin-1": Case(["ingest", str(write(t / "latin1.txt", UNICODE_ARTICLE.encode("latin-1")))], "ok",
                        new_articles=1, body=ACCENTED),
        "Windows-1252 curly quotes": Case(
            ["ingest", str(write(t / "cp1252.txt", UNICODE_ARTICLE.replace('"', "\u201c", 1).encode("cp1252")))], "ok",
            new_articles=1, body="\u201cWe will not accept"),
        "UTF-8 with BOM": Case(["ingest", str(write(t / "bom.txt", b"\xef\xbb\xbf" + UNICODE_ARTICLE.encode()))], "ok",
                               new_articles=1, body=ACCENTED),
        "UTF-8 with a few invalid bytes": Case(
            ["ingest", str(write(t / "badutf8.txt", UNICODE_ARTICLE.encode().replace(b"Lisbon", b"Lis\xff\xfebon")))],
            "either"),
        "control characters in the text": Case(
            ["ingest", str(write(t / "ctrl.txt", ARTICLE.replace(" ", " \x07", 5).replace("\n\n", "\n\x0c\n", 2)))],
            "either"),
        "50 MB file": Case(["ingest", str(big)], "error", stdout=None),
        "50 MB on standard input": Case(["ingest", "-"], "error", stdin=big),
        "empty standard input": Case(["ingest", "-"], "error"),
        "binary standard input": Case(["ingest", "-"], "error", stdin=bytes(range(256)) * 64),
        "folder of mixed files": Case(["ingest", str(mixed)], "partial", errors=3, new_articles=1),
        "folder of mixed files, two workers": Case(["ingest", "--jobs", "2", str(mixed)], "partial", errors=3,
                                                   new_articles=1),  # the others are in the store
        "missing path among good ones": Case(["ingest", str(good), str(t / "missing.txt")], "error"),
        "symlink loop": Case(["ingest", str(loop)], "error"),
        "dangling symlink": Case(["ingest", str(dangling)], "error"),
        "folder with link loops": Case(["ingest", str(loops)], "ok", new_articles=1),
        "empty folder": Case(["ingest", str(empty)], "error"),
        "folder of no article files": Case(["ingest", str(write(t / "pdfs" / "a.pdf", b"%PDF-1.4").parent)], "error"),
        "malformed HTML": Case(["ingest", str(write(t / "broken.html", (
            "<html><head><title>Harbour talks</title><body><div><p>" + ARTICLE.replace("\n\n", "</p><p><b><i>")
            + "</div></span></table><p><<<>>>&&&;</html"))), "--published", PUBLISHED], "either"),
        "HTML without text": Case(["ingest", str(write(t / "script.html",
                                                       "<html><script>alert(1)</script><style>p{}</style></html>"))],
                                  "error"),
        "hundreds of unbalanced quotation marks": Case(
            ["ingest", str(write(t / "quotes.txt", "Quote storm\n\n" + quotes * 3 + ARTICLE))], "ok", new_articles=1),
        "one 240 KB line": Case(["ingest", str(write(t / "line.txt", long_line))], "either"),
        "empty file whose name has a newline": Case(["ingest", str(write(t / "two\nlines.txt", ""))], "error"),
        "URL with spaces, quotes and braces": Case(
            ["ingest", str(good), "--url", 'http://example.org/a b"<>{}|^`\\'], "either"),
        "title and publisher with newlines and quotes": Case(
            ["ingest", str(write(t / "other.txt", ARTICLE.replace("Lisbon", "Porto"))), "--title",
             'Line one\nline "two" } ;', "--publisher", '"> . DROP ALL'], "ok",
            new_articles=1),
        # -- queries ----------------------------------------------------------------------------
        "an update in a .rq file": Case(["query", str(write(rq / "drop.rq", "DROP ALL"))], "error"),
        "an update after a query in a .rq file": Case(
            ["query", str(write(rq / "sneaky.rq", "SELECT * WHERE { ?s ?p ?o } ; DELETE WHERE { ?s ?p ?o }"))], "error"),
        "a CONSTRUCT .rq": Case(["query", str(write(rq / "c.rq", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))],
                                "error"),
        "a .rq that is not UTF-8": Case(["query", str(write(rq / "latin.rq", "# Caf\xe9\nSELECT * {}".encode("latin-1")))],
                                        "error"),
        "a folder named .rq": Case(["query", str(rq / "folder.rq")], "error"),
        "a parameter the SELECT does not list (bound all the same)": Case(["query", str(write(rq / "p.rq", (
            "# Fine.\n# Parameters: x (required) - a value.\nSELECT ?s WHERE { GRAPH ?g { ?s ?p $x } }\n"))),
            "-p", "x", "1"], "ok", stdout="(0 rows)"),
        "SPARQL in a parameter (claims-by)": Case(["query", "claims-by", "-p", "speaker", INJECTION, "-f", "csv"], "ok",
                                                  stdout="speaker_name,quote"),
        "SPARQL in an optional parameter (meetings)": Case(
            ["query", "meetings", "-p", "person", "marsh", "-p", "other", INJECTION], "ok", stdout="(0 rows)"),
        "SPARQL in a parameter (timeline)": Case(["query", "timeline", "-p", "entity", "x\" ) } } DROP ALL #"], "ok",
                                                 stdout="(0 rows)"),
        "a 100 KB parameter": Case(["query", "claims-by", "-p", "speaker", "ab\\\"" * 25000], "ok", stdout="(0 rows)"),
        "an empty --format": Case(["query", "claims", "--format", ""], "error"),
        "an upper-case export format": Case(["export", "--format", "TURTLE"], "error"),
        # -- the store and files kb writes --------------------------------------------------------
        "store path under a file": Case(["ingest", str(good), "--store", str(store_file / "store")], "error",
                                        untouched=[store_file]),
        "store path that is a symlink loop": Case(["ingest", str(good), "--store", str(store_loop)], "error"),
        "export into a missing folder": Case(["export", "-o", str(t / "no" / "such" / "out.ttl")], "error",
                                             untouched=[t / "no"]),
        "export onto a folder": Case(["export", "-o", str(mixed)], "error"),
        "validate a binary .ttl": Case(["validate", str(write(t / "bin.ttl", bytes(range(256)) * 4))], "error"),
    }


NAMES = [
    "NUL bytes only", "gzip data named .txt", "executable named .txt", "UTF-16 LE with BOM", "UTF-16 BE with BOM",
    "Latin-1", "Windows-1252 curly quotes", "UTF-8 with BOM", "UTF-8 with a few invalid bytes",
    "control characters in the text", "50 MB file", "50 MB on standard input", "empty standard input",
    "binary standard input", "folder of mixed files", "folder of mixed files, two workers",
    "missing path among good ones", "symlink loop", "dangling symlink", "folder with link loops", "empty folder",
    "folder of no article files", "malformed HTML", "HTML without text", "hundreds of unbalanced quotation marks",
    "one 240 KB line", "empty file whose name has a newline", "URL with spaces, quotes and braces",
    "title and publisher with newlines and quotes", "an update in a .rq file", "an update after a query in a .rq file",
    "a CONSTRUCT .rq", "a .rq that is not UTF-8", "a folder named .rq", "a parameter the SELECT does not list (bound all the same)",
    "SPARQL in a parameter (claims-by)", "SPARQL in an optional parameter (meetings)",
    "SPARQL in a parameter (timeline)", "a 100 KB parameter", "an empty --format", "an upper-case export format",
    "store path under a file", "store path that is a symlink loop", "export into a missing folder",
    "export onto a folder", "validate a binary .ttl",
]


def test_the_matrix_is_listed_and_large(tmp_path: Path) -> None:
    assert sorted(NAMES) == sorted(_cases(tmp_path))
    assert len(NAMES) + 2 >= 30  # and the two store tests below


def kb(argv: list[str], store: Path, stdin: bytes | Path = b"", timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KB_")}
    env["KB_STORE"] = str(store)
    if isinstance(stdin, Path):
        with open(stdin, "rb") as fh:
            return subprocess.run([sys.executable, "-m", "kb", *argv], stdin=fh, capture_output=True, env=env,
                                  cwd=ROOT, timeout=timeout)
    return subprocess.run([sys.executable, "-m", "kb", *argv], input=stdin, capture_output=True, env=env, cwd=ROOT,
                          timeout=timeout)


def error_lines(err: str, n: int = 1) -> list[str]:
    lines = err.splitlines()
    assert len(lines) == n, f"expected {n} line(s) on stderr, got {lines!r}"
    for line in lines:
        assert line.startswith("kb: error: "), line
    return lines


def _bodies(store: Path) -> list[str]:
    from kb.store import Store

    with Store(store, wait=5) as db:
        sols = db.query("SELECT ?b WHERE { GRAPH ?g { ?a <https://schema.org/articleBody> ?b } }")
        return [s["b"].value for s in sols]


def _snapshot(paths: list[Path]) -> dict[Path, bytes | None]:
    return {p: (p.read_bytes() if p.is_file() else b"<dir>" if p.is_dir() else None) for p in paths}


@pytest.mark.parametrize("name", NAMES)
def test_hostile_input(name: str, filled_store: Path, tmp_path: Path) -> None:
    case = _cases(tmp_path / "in")[name]
    before = dump(filled_store)
    graphs_before = {line.rsplit(" ", 2)[-2] for line in before}
    files_before = _snapshot(case.untouched)
    started = time.monotonic()
    p = kb(case.argv, filled_store, case.stdin)
    out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    assert "Traceback" not in out + err, err
    assert time.monotonic() - started < 60
    after = dump(filled_store)
    expect = case.expect
    if expect == "either":
        expect = "ok" if p.returncode == 0 else "error"
    if expect == "error":
        assert p.returncode != 0, out
        error_lines(err)
        assert after == before
    elif expect == "ok":
        assert p.returncode == 0, err
        assert err == ""
        assert set(before) <= set(after)  # nothing lost or changed
        if case.new_articles or case.argv[0] == "ingest":
            graphs_after = {line.rsplit(" ", 2)[-2] for line in after}
            if case.new_articles:
                assert len(graphs_after - graphs_before) == case.new_articles
        else:
            assert after == before
    else:  # partial
        assert p.returncode == 1, err
        error_lines(err, case.errors)
        assert set(before) <= set(after)
        graphs_after = {line.rsplit(" ", 2)[-2] for line in after}
        assert len(graphs_after - graphs_before) == case.new_articles
    if case.body is not None:
        assert any(case.body in b for b in _bodies(filled_store))
    if case.stdout is not None:
        assert case.stdout in out
    assert _snapshot(case.untouched) == files_before


# -- the store: not writable, in use -----------------------------------------------------------
def test_store_on_a_read_only_file_system(filled_store: Path, tmp_path: Path) -> None:
    """A real read-only store folder: a read-only bind mount of a copy (root ignores permission bits)."""
    ro = tmp_path / "ro-store"
    ro.mkdir()
    if os.geteuid() == 0:
        mounted = subprocess.run(["mount", "--bind", str(filled_store), str(ro)], capture_output=True)
        if mounted.returncode != 0:
            pytest.skip(f"cannot bind-mount as root here ({mounted.stderr.decode().strip()}); as root, permission "
                        f"bits do not stop writes, so there is no honest read-only store folder to test")
        remount = subprocess.run(["mount", "-o", "remount,ro,bind", str(ro)], capture_output=True)
        if remount.returncode != 0:
            subprocess.run(["umount", str(ro)])
            pytest.skip(f"cannot remount read-only here: {remount.stderr.decode().strip()}")
    else:
        shutil.rmtree(ro)
        shutil.copytree(filled_store, ro)
        ro.chmod(0o555)
    try:
        before = dump(filled_store)
        article = write(tmp_path / "harbour-ro.txt", ARTICLE)
        for argv in (["ingest", str(article)], ["query", "claims"], ["export"]):
            p = kb(argv, ro)
            err = p.stderr.decode()
            assert p.returncode == 2, err
            assert "not writable" in error_lines(err)[0]
            assert "Traceback" not in err
        assert dump(filled_store) == before  # the folder under the mount is untouched
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(ro)], capture_output=True)
        else:
            ro.chmod(0o755)


def test_store_in_use_by_another_process(filled_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Another process holds the store: kb waits (shortened here), then one line, and no change."""
    from kb.cli import run
    from kb.store import Store

    before = dump(filled_store)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, pyoxigraph\ns = pyoxigraph.Store(sys.argv[1])\nprint('open', flush=True)\nsys.stdin.read()\n",
         str(filled_store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    monkeypatch.setitem(Store.__init__.__kwdefaults__, "wait", 0.5)
    try:
        assert holder.stdout.readline().strip() == "open"
        article = write(tmp_path / "harbour-busy.txt", ARTICLE)
        for argv in (["ingest", str(article)], ["query", "claims"], ["export"], ["validate"]):
            assert run(argv) == 2, argv
            out, err = capsys.readouterr()
            assert "in use" in error_lines(err)[0]
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert dump(filled_store) == before
