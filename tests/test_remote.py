"""Remote SPARQL servers: ``kb push`` and ``kb query --endpoint`` against real servers on loopback
(``oxigraph serve`` and Virtuoso 7), and every way talking to a server can fail, one line each.

The servers: ``.ci/run`` starts them and exports ``KB_TEST_OXIGRAPH_URL`` and ``KB_TEST_VIRTUOSO_URL``
(with ``KB_TEST_VIRTUOSO_USER`` and ``KB_TEST_VIRTUOSO_PASSWORD``); without those, the tests start a
server themselves when its binary is installed (``oxigraph`` from the ``servers`` extra, ``virtuoso-t``
from the Debian package ``virtuoso-opensource``) and skip with the reason when it is not, unless
``KB_TEST_REQUIRE_SERVERS`` is set (CI), where a missing server fails the tests.
"""
from __future__ import annotations

import datetime as dt
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from conftest import QUERY_PARAMS
from kb.cli import run
from kb.queries import find_query, run_query, saved_queries, term_text
from kb.remote import Endpoint, literal, run_remote, term, with_values
from kb.store import Store

VENV_BIN = Path(sys.executable).parent
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "lavrov-rubio-kuala-lumpur.txt"
SAMPLE_PARAMS = {"claims-by": {"speaker": "Ryabkov"}, "meetings": {"person": "Rubio", "other": "lavrov"},
                 "timeline": {"entity": "Lavrov"}, "entity": {"name": "Lavrov"}}
INJECTION = '" } ; DROP ALL ; #'
UNICODE_ARTICLE = ("Zoë talks in 北京\n\n“We will not accept 🙂 a closure,” Zoë Ångström told reporters in Lisbon "
                   "on Tuesday.\n\nBack\\slash said \"tab\there\" and \\u0022 quote.\n")


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert lines[0].startswith("kb: error: "), lines[0]
    return lines[0]


# -- servers --------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen | None, log: Path | None, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            if (proc is not None and proc.poll() is not None) or time.monotonic() > deadline:
                tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
                pytest.fail(f"the server at {url} did not start: {tail}")
            time.sleep(0.3)


def _missing(reason: str) -> None:
    if os.environ.get("KB_TEST_REQUIRE_SERVERS"):
        pytest.fail(f"{reason} (KB_TEST_REQUIRE_SERVERS is set: CI must run the remote tests)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    base = os.environ.get("KB_TEST_OXIGRAPH_URL")
    proc = None
    if not base:
        binary = shutil.which("oxigraph") or (str(VENV_BIN / "oxigraph") if (VENV_BIN / "oxigraph").exists() else None)
        if binary is None:
            _missing("oxigraph serve is not installed (pip install -e '.[servers]'); set KB_TEST_OXIGRAPH_URL "
                     "to use a running one")
        root = tmp_path_factory.mktemp("oxigraph")
        port = _free_port()
        log = root / "log"
        proc = subprocess.Popen([binary, "serve", "--location", str(root / "db"), "--bind", f"127.0.0.1:{port}"],
                                stdout=open(log, "wb"), stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        _wait(f"{base}/query?query=ASK%7B%7D", proc, log)
    else:
        _wait(f"{base}/query?query=ASK%7B%7D", None, None, 30)
    yield {"name": "oxigraph", "query": f"{base}/query", "update": f"{base}/update", "gsp": f"{base}/store",
           "user": None, "password": None}
    if proc is not None:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    base = os.environ.get("KB_TEST_VIRTUOSO_URL")
    user = os.environ.get("KB_TEST_VIRTUOSO_USER", "dba")
    password = os.environ.get("KB_TEST_VIRTUOSO_PASSWORD", "dba")
    proc = None
    if not base:
        binary = shutil.which("virtuoso-t")
        ini = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
        if binary is None or not ini.exists():
            _missing("Virtuoso 7 is not installed (apt-get install virtuoso-opensource); set KB_TEST_VIRTUOSO_URL "
                     "to use a running one")
        root = tmp_path_factory.mktemp("virtuoso")
        port, sql_port = _free_port(), _free_port()
        lines = []
        for line in ini.read_text().splitlines():
            line = line.replace("/var/lib/virtuoso-opensource-7/db/", f"{root}/")
            key = line.split("=", 1)[0].strip()
            if key == "ServerPort" and line.split("=", 1)[1].strip().startswith("1111"):
                line = f"ServerPort = {sql_port}"
            elif key == "ServerPort" and line.split("=", 1)[1].strip().startswith("8890"):
                line = f"ServerPort = {port}"
            elif key == "DirsAllowed":
                line = f"{line}, {root}"
            lines.append(line)
        (root / "virtuoso.ini").write_text("\n".join(lines) + "\n")
        log = root / "out.log"
        proc = subprocess.Popen([binary, "-f", "-c", str(root / "virtuoso.ini")], cwd=root,
                                stdout=open(log, "wb"), stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        _wait(f"{base}/sparql?query=ASK%7B%7D", proc, log)
    else:
        _wait(f"{base}/sparql?query=ASK%7B%7D", None, None, 30)
    yield {"name": "virtuoso", "query": f"{base}/sparql", "update": f"{base}/sparql-auth",
           "gsp": f"{base}/sparql-graph-crud-auth", "user": user, "password": password}
    if proc is not None:
        proc.terminate()
        proc.wait(timeout=60)


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest, _pushed: dict) -> dict:
    """A server holding exactly the articles of the fixture store (pushed once per session)."""
    info = request.getfixturevalue(request.param)
    if request.param not in _pushed:
        rc, out, err = _kb(["push", *_push_args(info), "--store", str(_pushed["store"])], info)
        assert rc == 0, err
        _pushed[request.param] = out
    return info


@pytest.fixture(scope="session")
def _pushed(_filled: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("remote")
    path = root / "store"
    shutil.copytree(_filled[0], path)
    from kb.ingest import IngestOptions, ingest

    article = root / "unicode.txt"  # characters a server might mangle: accents, CJK, emoji, quotes, backslashes
    article.write_text(UNICODE_ARTICLE, encoding="utf-8")
    with Store(path) as db:
        assert ingest([str(article)], db, IngestOptions()).ingested == 1
        # the project's sample article, as the README ingests it
        sample = ingest([str(SAMPLE)], db, IngestOptions(published=dt.date(2025, 7, 11)))
        assert sample.ingested == 1
    return {"store": path}


def _push_args(info: dict) -> list[str]:
    args = ["--endpoint", info["query"], "--update-endpoint", info["update"]]
    if info["user"]:
        args += ["--user", info["user"]]
    return args


def _kb(argv: list[str], info: dict | None = None, password: str | None = None) -> tuple[int, str, str]:
    """Run the CLI in this process with the server's password in KB_PASSWORD; (rc, stdout, stderr)."""
    import contextlib
    import io

    old = os.environ.get("KB_PASSWORD")
    pw = password if password is not None else (info or {}).get("password")
    if pw is not None:
        os.environ["KB_PASSWORD"] = pw
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = run(argv)
    finally:
        if old is None:
            os.environ.pop("KB_PASSWORD", None)
        else:
            os.environ["KB_PASSWORD"] = old
    return rc, out.getvalue(), err.getvalue()


def _endpoint(info: dict) -> Endpoint:
    return Endpoint(info["query"], info["update"], info["gsp"], info["user"], info["password"], 30)


def _plain(term: object) -> str:
    """A term's plain value, the same however a server types it: numbers compare by value."""
    text = term_text(term)
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return text
    if not number.is_finite():
        return text
    return str(number.normalize()) if number != number.to_integral_value() else str(int(number))


def _rows(results, query: str = "") -> set[tuple[str, ...]]:  # noqa: ANN001 - kb.queries.Results
    """Rows as a set of tuples of plain values; GROUP_CONCAT's parts sorted (SPARQL leaves their order
    to the engine: Virtuoso and Oxigraph differ)."""
    import re

    concat = {m.group(2): m.group(1) for m in re.finditer(
        r'GROUP_CONCAT\(.*?separator\s*=\s*"([^"]*)"\s*\)\s*AS\s*[?$](\w+)', query, re.I | re.S)}

    def value(var: str, t: object) -> str:
        v = _plain(t)
        return concat[var].join(sorted(v.split(concat[var]))) if var in concat else v

    return {tuple(value(var, t) for var, t in zip(results.variables, row)) for row in results.rows}


def _local(store: Path, name: str, values: dict[str, str]):  # noqa: ANN202
    with Store(store, wait=10) as db:
        return run_query(db, find_query(name), values)


def _params(name: str) -> dict[str, str]:
    q = find_query(name)
    return {p.name: QUERY_PARAMS[p.name] for p in q.params}


def _graph_sizes(info: dict) -> dict[str, int]:
    from kb.remote import select

    data = select(_endpoint(info), "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                   "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/kb/id/article/')) } GROUP BY ?g")
    return {b["g"]["value"]: int(b["n"]["value"]) for b in data["results"]["bindings"]}


def _local_sizes(store: Path) -> dict[str, int]:
    with Store(store, wait=10) as db:
        return {g: sum(1 for _ in db.quads(g)) for g in db.graphs()}


# -- the same rows remotely as locally --------------------------------------------------------
@pytest.mark.parametrize("name", [q.name for q in saved_queries()])
def test_every_saved_query_gives_the_same_rows_remotely(name: str, server: dict, _pushed: dict) -> None:
    values = _params(name)
    local = _local(_pushed["store"], name, values)
    remote = run_remote(_endpoint(server), find_query(name), values)
    assert remote.variables == local.variables
    assert local.rows, f"the fixture store gives no rows for {name}: the comparison would prove nothing"
    text = find_query(name).text
    assert _rows(remote, text) == _rows(local, text)
    assert len(remote.rows) == len(local.rows)


@pytest.mark.parametrize("name", [q.name for q in saved_queries()])
def test_the_sample_article_gives_the_same_rows_remotely(name: str, server: dict, _pushed: dict) -> None:
    """The sample article of data/ (ingested with the fixtures): every saved query, with parameters that
    select its people, gives the same rows on the server as locally."""
    values = SAMPLE_PARAMS.get(name, {})
    local = _local(_pushed["store"], name, values)
    remote = run_remote(_endpoint(server), find_query(name), values)
    text = find_query(name).text
    assert local.rows, f"the sample article gives no rows for {name}"
    assert _rows(remote, text) == _rows(local, text)
    assert len(remote.rows) == len(local.rows)


@pytest.mark.parametrize("values", [{"person": "marsh"}, {"person": "marsh", "other": "REYES"},
                                    {"person": "marsh", "other": "Nobody"}, {"person": "marsh", "other": ""},
                                    {"person": "Nobody"}])
def test_the_optional_parameter_idiom_agrees(values: dict[str, str], server: dict, _pushed: dict) -> None:
    local = _local(_pushed["store"], "meetings", values)
    remote = run_remote(_endpoint(server), find_query("meetings"), values)
    text = find_query("meetings").text
    assert _rows(remote, text) == _rows(local, text)
    if values.get("other") == "Nobody" or values["person"] == "Nobody":
        assert not local.rows
    else:
        assert local.rows


def test_every_triple_comes_back_the_same(server: dict, _pushed: dict) -> None:
    """The server holds each article graph triple for triple (terms compared whole: IRIs, literals
    with their datatype, the article text with every character)."""
    from kb.remote import select

    with Store(_pushed["store"], wait=10) as db:
        graphs = {g: {(str(q.subject), str(q.predicate), str(q.object)) for q in db.quads(g)} for g in db.graphs()}
    for graph, local in graphs.items():
        data = select(_endpoint(server), f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        remote = {tuple(str(term(b[v])) for v in ("s", "p", "o")) for b in data["results"]["bindings"]}
        assert remote == local, (graph, sorted(remote ^ local)[:4])


def _stats_triples(store: Path) -> set[tuple[str, str, str]]:
    from kb.stats import STATS_GRAPH

    with Store(store, wait=10) as db:
        return {(str(q.subject), str(q.predicate), str(q.object)) for q in db.quads(STATS_GRAPH)}


def test_the_statistics_come_back_the_same(server: dict, _pushed: dict) -> None:
    """A full push sends the entity statistics graph too, triple for triple."""
    from kb.remote import select
    from kb.stats import STATS_GRAPH

    local = _stats_triples(_pushed["store"])
    assert len(local) > 100
    data = select(_endpoint(server), f"SELECT ?s ?p ?o WHERE {{ GRAPH <{STATS_GRAPH}> {{ ?s ?p ?o }} }}")
    remote = {tuple(str(term(b[v])) for v in ("s", "p", "o")) for b in data["results"]["bindings"]}
    assert remote == local, sorted(remote ^ local)[:4]


def test_pages_of_the_ranking_are_the_same_remotely(server: dict, _pushed: dict) -> None:
    """`entities` pages (the end of the page written into its sub-select) give the local rows."""
    q = find_query("entities")
    with Store(_pushed["store"], wait=10) as db:
        total = len(run_query(db, q).rows)
        for offset in (0, 5, total - 3):
            local = run_query(db, q, limit=5, offset=offset)
            remote = run_remote(_endpoint(server), q, limit=5, offset=offset)
            assert _rows(remote) == _rows(local) and len(remote.rows) == len(local.rows) > 0
            assert (remote.more, local.more) == (offset + 5 < total,) * 2
            counts = [int(r[3].value) for r in remote.rows]
            assert counts == sorted(counts, reverse=True)


def test_the_cli_prints_the_same_csv(server: dict, _pushed: dict) -> None:
    for name in ("claims", "claims-by"):
        extra = ["-p", "speaker", "Marsh"] if name == "claims-by" else []
        rc, remote, err = _kb(["query", name, *extra, "--endpoint", server["query"], "--format", "csv"], server)
        assert rc == 0, err
        rc, local, err = _kb(["query", name, *extra, "--store", str(_pushed["store"]), "--format", "csv"])
        assert rc == 0, err
        assert remote.splitlines()[0] == local.splitlines()[0]
        assert sorted(remote.splitlines()) == sorted(local.splitlines())


def test_push_is_idempotent_and_replaces(server: dict, _pushed: dict) -> None:
    expected = _local_sizes(_pushed["store"])
    assert _graph_sizes(server) == expected
    rc, out, err = _kb(["push", *_push_args(server), "--store", str(_pushed["store"]), "--batch", "7"], server)
    assert rc == 0, err
    assert _graph_sizes(server) == expected  # small batches, pushed again: the same graphs
    assert f"{len(expected)} articles, {sum(expected.values())} triples pushed" in out
    assert f"(and the entity statistics: {len(_stats_triples(_pushed['store']))} triples)" in out


def test_push_through_the_graph_store_protocol(server: dict, _pushed: dict) -> None:
    expected = _local_sizes(_pushed["store"])
    args = ["push", "--gsp", "--endpoint", server["query"], "--store", str(_pushed["store"])]
    if server["user"]:
        args += ["--user", server["user"]]
    rc, out, err = _kb(args, server)
    assert rc == 0, err
    assert server["gsp"] in out
    assert _graph_sizes(server) == expected
    q = find_query("claims")
    assert _rows(run_remote(_endpoint(server), q)) == _rows(_local(_pushed["store"], "claims", {}))


def test_push_one_article(server: dict, _pushed: dict) -> None:
    sizes = _local_sizes(_pushed["store"])
    graph = sorted(sizes)[0]
    rc, out, err = _kb(["push", *_push_args(server), "--article", graph.rsplit("/", 1)[-1], "-q",
                        "--store", str(_pushed["store"])], server)
    assert rc == 0, err
    assert out.startswith(f"1 article, {sizes[graph]} triples pushed")
    assert _graph_sizes(server) == sizes


def test_parameters_carrying_sparql_are_only_values(server: dict, _pushed: dict) -> None:
    before = _graph_sizes(server)
    for name, param in (("claims-by", "speaker"), ("meetings", "other"), ("timeline", "entity")):
        values = dict(_params(name), **{param: INJECTION})
        remote = run_remote(_endpoint(server), find_query(name), values)
        local = _local(_pushed["store"], name, values)
        assert _rows(remote, find_query(name).text) == _rows(local, find_query(name).text)
    assert _graph_sizes(server) == before


def test_wrong_password_is_one_line(virtuoso: dict, _pushed: dict) -> None:
    rc, out, err = _kb(["push", *_push_args(virtuoso), "--store", str(_pushed["store"])], virtuoso,
                       password="not-the-password-4711")
    assert rc == 3
    assert "401" in one_error_line(err)
    assert "not-the-password-4711" not in out + err


# -- binding parameters as RDF terms ------------------------------------------------------------
def test_literal_escaping() -> None:
    assert literal('a"b') == r'"a\"b"'
    assert literal("a\\b") == r'"a\\b"'
    assert literal("l1\nl2\r\t") == r'"l1\nl2\r\t"'
    assert literal("Zoë ‘x’ 北京") == '"Zoë ‘x’ 北京"'
    assert literal(INJECTION) == r'"\" } ; DROP ALL ; #"'


def test_values_go_into_every_group_that_uses_a_parameter() -> None:
    text = find_query("meetings").text
    bound = with_values(text, ["person", "other"], {"person": "marsh"})
    block = ' VALUES (?person ?other) { ("marsh" UNDEF) } '
    # the GRAPH group, whose filters use both (EXISTS substitutes its solutions)
    assert bound.count(block) == 1
    assert "GRAPH ?g {" + block in bound
    assert bound.replace(block, "") == text


def test_values_skip_strings_comments_and_iris() -> None:
    text = ('# a { comment with $p\nSELECT ?x $p WHERE { ?x <http://e/{p}> "{ $p }" . '
            'OPTIONAL { ?x ?y ?z FILTER(?z = $p) } { SELECT ?x WHERE { ?x ?q $p } } }')
    bound = with_values(text, ["p"], {"p": "v"})
    block = ' VALUES (?p) { ("v") } '
    assert bound.count(block) == 2  # OPTIONAL, the sub-select's WHERE; not its SELECT brace
    assert "{ SELECT ?x WHERE {" + block in bound
    assert bound.replace(block, "") == text
    exists = with_values("SELECT ?x WHERE { ?x ?y ?z FILTER NOT EXISTS { ?x ?q $p } }", ["p"], {})
    assert exists == "SELECT ?x WHERE { VALUES (?p) { (UNDEF) }  ?x ?y ?z FILTER NOT EXISTS { ?x ?q $p } }"


@pytest.mark.parametrize("value", [INJECTION, "back\\slash \\u0022", "new\nline", "'single' \"double\"", "#"])
def test_hostile_values_are_bound_not_parsed(value: str, tmp_path: Path) -> None:
    """The VALUES text the remote query gets, run by pyoxigraph: the value comes back whole."""
    import pyoxigraph as ox

    text = with_values("SELECT ?v $p WHERE { BIND(STR($p) AS ?v) }", ["p"], {"p": value})
    rows = list(ox.Store().query(text))
    assert [r["v"].value for r in rows] == [value]


# -- failures, one line each (a fake server: these run everywhere) -------------------------------
class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        path = self.path.split("?")[0].strip("/").split("/")[0]
        if path == "slow":
            time.sleep(3)
        if path.isdigit():
            code = int(path)
            self.send_response(code)
            if code == 401:
                self.send_header("WWW-Authenticate", 'Basic realm="kb-test"')
            body = f"error {code} from the fake server".encode()
        else:
            self.send_response(200)
            body = b"<html>not SPARQL</html>"
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer


@pytest.fixture(scope="module")
def fake() -> str:
    class Server(http.server.ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # the client gave up on a slow answer: expected

    httpd = Server(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("path,code,words", [
    ("401", 401, "401 Unauthorized"), ("403", 403, "403 Forbidden"), ("404", 404, "no SPARQL endpoint"),
    ("500", 500, "HTTP 500"), ("502", 502, "HTTP 502"), ("503", 503, "HTTP 503"), ("400", 400, "HTTP 400"),
    ("html", 200, "did not answer with SPARQL JSON results"), ("slow", 200, "did not answer within 1 s"),
])
@pytest.mark.parametrize("command", ["query", "push"])
def test_server_failures_are_one_line(path: str, code: int, words: str, command: str, fake: str,
                                      filled_store: Path) -> None:
    if command == "push" and path == "html":
        pytest.skip("an update's answer body is not read")
    url = f"{fake}/{path}/sparql"
    argv = (["query", "claims", "--endpoint", url] if command == "query"
            else ["push", "--endpoint", url, "--store", str(filled_store)])
    argv += ["--timeout", "1", "--user", "someone"]
    rc, out, err = _kb(argv, password="hunter2-secret")
    assert rc == 3, err
    line = one_error_line(err)
    assert words in line
    assert "hunter2-secret" not in out + err
    assert "Traceback" not in out + err


def test_connection_refused(filled_store: Path) -> None:
    url = f"http://127.0.0.1:{_free_port()}/sparql"
    for argv in (["query", "claims", "--endpoint", url], ["push", "--endpoint", url]):
        rc, out, err = _kb(argv)
        assert rc == 3
        assert "connection refused" in one_error_line(err)


@pytest.mark.parametrize("argv,words", [
    (["query", "claims", "--endpoint", "ftp://example.org/sparql"], "not an http:// or https:// URL"),
    (["push", "--endpoint", "localhost:7878"], "not an http:// or https:// URL"),
    (["push", "--endpoint", "http://127.0.0.1:9/x", "--gsp"], "pass --gsp-endpoint"),
    (["query", "claims", "--endpoint", "http://127.0.0.1:9/q", "--timeout", "0"], "--timeout"),
    (["query", "claims-by", "--endpoint", "http://127.0.0.1:9/q"], "needs parameter 'speaker'"),
])
def test_bad_remote_usage(argv: list[str], words: str, filled_store: Path) -> None:
    rc, out, err = _kb(argv)
    assert rc == 2
    assert words in one_error_line(err)


def test_credentials_in_the_url_are_not_printed(filled_store: Path) -> None:
    url = f"http://someone:pa55word-in-url@127.0.0.1:{_free_port()}/sparql"
    rc, out, err = _kb(["query", "claims", "--endpoint", url])
    assert rc == 3
    assert "pa55word-in-url" not in one_error_line(err)


def test_user_without_a_password_and_no_terminal(filled_store: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KB_PASSWORD"}
    p = subprocess.run([sys.executable, "-m", "kb", "push", "--endpoint", "http://127.0.0.1:9/sparql",
                        "--user", "dba"], stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env,
                       timeout=60)
    assert p.returncode == 2
    assert "set KB_PASSWORD" in one_error_line(p.stderr)


def test_push_without_a_store(tmp_path: Path) -> None:
    rc, out, err = _kb(["push", "--endpoint", "http://127.0.0.1:9/sparql", "--store", str(tmp_path / "none")])
    assert rc == 2
    assert "no store" in one_error_line(err)
    assert not (tmp_path / "none").exists()
