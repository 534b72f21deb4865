"""Remote SPARQL 1.1 servers: push article graphs to them, run the saved queries on them.

Talks the SPARQL 1.1 Protocol through SPARQLWrapper (queries and updates) and, as an option,
the Graph Store Protocol (HTTP PUT of a whole graph).

Push replaces each article's named graph: ``DROP SILENT GRAPH <g>`` and the first batch of its
triples go in one update request (one transaction on servers that make a request one, such as
Oxigraph), further batches follow as ``INSERT DATA``.  Triples are written in N-Triples syntax
(full IRIs, no prefixed names), which every SPARQL server reads alike.  Pushing again gives the
same graphs: push is idempotent.  Pushing every article also replaces the entity statistics graph
(:mod:`kb.stats`), which the ``entities`` and ``entity`` queries read, after the articles; pushing
one article leaves it as it is.

Query parameters cannot use the local engine's substitutions on a remote server; they are bound
as RDF terms with a ``VALUES`` block.  A trailing ``VALUES`` clause would be joined only after the
``WHERE`` pattern, so a ``FILTER`` inside a group would still see the parameter unbound (and
every standard engine returns nothing); instead the block is put at the start of every group
that uses a parameter (for a use inside ``EXISTS``, of the group around it, whose solutions
``EXISTS`` substitutes: Virtuoso 7 mishandles ``VALUES`` inside ``EXISTS``).  The solutions of
those groups carry the values up to ``SELECT`` and ``GROUP BY``.  A parameter not given is
``UNDEF``, as it is unbound locally.

Authentication: basic or digest, whichever the server asks for, from a user name and a password
that is never printed, logged or put in an error message.  Errors are :class:`RemoteError`, one
line each: a timeout, refused connection, 401, 403, 404, 5xx, a rejected query.
"""
from __future__ import annotations

import http.client
import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from kb.errors import InputError, KbError, QueryError

DEFAULT_TIMEOUT = 60.0
BATCH_TRIPLES = 1000  # triples per INSERT DATA request
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class RemoteError(KbError):
    """A SPARQL server could not be reached, refused a request or failed (exit status 3)."""

    exit_code = 3


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL server: its query URL, update URL, Graph Store URL and credentials."""

    query_url: str
    update_url: str | None = None
    gsp_url: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = DEFAULT_TIMEOUT

    @property
    def update(self) -> str:
        return self.update_url or self.query_url

    def opener(self) -> urllib.request.OpenerDirector:
        """An opener answering the server's basic or digest challenge (the password stays here)."""
        handlers: list[urllib.request.BaseHandler] = []
        if self.user:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {self.query_url, self.update, self.gsp_url or self.query_url}:
                manager.add_password(None, url, self.user, self.password or "")
            # digest first: urllib's basic handler raises on a digest challenge
            handlers += [urllib.request.HTTPDigestAuthHandler(manager),
                         urllib.request.HTTPBasicAuthHandler(manager)]
        return urllib.request.build_opener(*handlers)


def redact(url: str) -> str:
    """``url`` without a user name or password in it, for messages."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def check_url(url: str, what: str = "--endpoint") -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{what} {redact(url)!r} is not an http:// or https:// URL")
    return url


# -- the HTTP layer ----------------------------------------------------------------------------
def _wrapper(endpoint: Endpoint, url: str):  # noqa: ANN202 - a SPARQLWrapper
    from SPARQLWrapper import POST, SPARQLWrapper

    opener = endpoint.opener()

    class _Wrapper(SPARQLWrapper):
        """SPARQLWrapper sending through our own opener: no process-wide state, and HTTP errors
        come back whole (status and body) so that they can be reported in one line."""

        def _query(self):  # noqa: ANN202
            request = self._createRequest()
            return opener.open(request, timeout=endpoint.timeout), self.returnFormat

    w = _Wrapper(url, updateEndpoint=url)
    w.setMethod(POST)
    w.setTimeout(max(1, int(round(endpoint.timeout))))
    return w


def _call(url: str, what: str, timeout: float, fn: Callable[[], bytes]) -> bytes:
    """Run one HTTP exchange; turn every failure into one :class:`RemoteError` line."""
    where = redact(url)
    try:
        return fn()
    except urllib.error.HTTPError as exc:
        raise RemoteError(_http_message(exc, where, what)) from None
    except (TimeoutError, socket.timeout) as exc:
        raise RemoteError(f"{where} did not answer within {timeout:g} s ({what}); "
                          f"is the server overloaded? try a longer --timeout") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise RemoteError(f"{where} did not answer within {timeout:g} s ({what}); "
                              f"is the server overloaded? try a longer --timeout") from None
        if isinstance(reason, ConnectionRefusedError):
            raise RemoteError(f"cannot connect to {where}: connection refused; is the SPARQL server "
                              f"running on that host and port?") from None
        if isinstance(reason, socket.gaierror):
            raise RemoteError(f"cannot connect to {where}: unknown host") from None
        text = getattr(reason, "strerror", None) or str(reason)
        raise RemoteError(f"cannot connect to {where}: {text}") from None
    except http.client.HTTPException as exc:  # a broken answer: cut short, not HTTP
        raise RemoteError(f"{where} sent a broken answer ({what}): {type(exc).__name__}") from None
    except (ConnectionError, OSError) as exc:  # reset or closed while talking
        raise RemoteError(f"connection to {where} failed ({what}): "
                          f"{getattr(exc, 'strerror', None) or exc}") from None
    except ValueError as exc:  # urllib: an unsupported authentication scheme, a bad URL
        raise RemoteError(f"cannot talk to {where}: {exc}") from None


def _http_message(exc: urllib.error.HTTPError, where: str, what: str) -> str:
    code = exc.code
    try:
        body = exc.read().decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - the body is only a hint
        body = ""
    hint = " ".join(body.split())[:200]
    if code == 401:
        return (f"{where} refused the credentials (HTTP 401 Unauthorized, {what}); "
                f"give --user and the password in KB_PASSWORD")
    if code == 403:
        return f"{where} forbids this (HTTP 403 Forbidden, {what}); the user may lack the right to do it"
    if code == 404:
        return f"no SPARQL endpoint at {where} (HTTP 404 Not Found, {what}); check the URL"
    if code == 400:
        return f"{where} rejected the request (HTTP 400 Bad Request, {what})" + (f": {hint}" if hint else "")
    if code >= 500:
        return f"{where} failed (HTTP {code} {exc.reason}, {what})" + (f": {hint}" if hint else "")
    return f"{where} answered HTTP {code} {exc.reason} ({what})" + (f": {hint}" if hint else "")


def select(endpoint: Endpoint, text: str, what: str = "query") -> dict:
    """Run a SELECT query; the W3C SPARQL 1.1 JSON results as a dict."""
    from SPARQLWrapper import JSON

    def go() -> bytes:
        w = _wrapper(endpoint, endpoint.query_url)
        w.setQuery(text)
        w.setReturnFormat(JSON)
        response = w.query().response
        return response.read()

    data = _call(endpoint.query_url, what, endpoint.timeout, go)
    try:
        out = json.loads(data.decode("utf-8"))
        out["head"]["vars"]
        return out
    except (ValueError, KeyError, TypeError):
        raise RemoteError(f"{redact(endpoint.query_url)} did not answer with SPARQL JSON results ({what}); "
                          f"is it a SPARQL query endpoint?") from None


def update(endpoint: Endpoint, text: str, what: str = "update") -> None:
    """Run a SPARQL 1.1 Update request."""

    def go() -> bytes:
        w = _wrapper(endpoint, endpoint.update)
        w.setQuery(text)
        if not w.isSparqlUpdateRequest():  # SPARQLWrapper tells updates by their first keyword
            raise ValueError("not an update")
        return w.query().response.read()

    _call(endpoint.update, what, endpoint.timeout, go)


def put_graph(endpoint: Endpoint, graph: str, ntriples: bytes, what: str = "graph store PUT") -> None:
    """Replace a named graph through the Graph Store Protocol (HTTP PUT, N-Triples body)."""
    if not endpoint.gsp_url:
        raise RemoteError("--gsp needs the Graph Store URL: pass --gsp-endpoint URL")
    url = endpoint.gsp_url
    sep = "&" if "?" in url else "?"
    # Virtuoso's graph CRUD endpoint reads graph-uri, the standard one graph
    param = "graph-uri" if "sparql-graph-crud" in url else "graph"
    target = f"{url}{sep}{urllib.parse.urlencode({param: graph})}"

    def go() -> bytes:
        request = urllib.request.Request(target, data=ntriples, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        with endpoint.opener().open(request, timeout=endpoint.timeout) as response:
            return response.read()

    _call(url, what, endpoint.timeout, go)


def gsp_url_for(query_url: str, user: str | None) -> str | None:
    """The Graph Store URL that goes with a query URL on the servers kb knows (Oxigraph, Virtuoso)."""
    parts = urllib.parse.urlsplit(query_url)
    path = parts.path.rstrip("/")
    if path.endswith("/query"):
        new = path[: -len("/query")] + "/store"
    elif path.endswith(("/sparql", "/sparql-auth")):
        new = path.rsplit("/", 1)[0] + ("/sparql-graph-crud-auth" if user else "/sparql-graph-crud")
    else:
        return None
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, new, "", ""))


# -- terms ----------------------------------------------------------------------------------
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def literal(value: str) -> str:
    """A plain string literal in N-Triples (and SPARQL) syntax.

    Only the characters that must be escaped are (``\\ " LF CR`` and tab, backspace, form feed, with
    their two-character escapes); no ``\\u`` escapes, which SPARQL may decode before parsing.
    """
    return '"' + "".join(_ECHAR.get(c, c) for c in value) + '"'


def term(binding: dict | None) -> object:
    """A SPARQL JSON results term as a pyoxigraph term (None when unbound)."""
    import pyoxigraph as ox

    if not binding:
        return None
    kind = binding.get("type")
    value = binding.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if binding.get("xml:lang"):
        return ox.Literal(value, language=binding["xml:lang"])
    datatype = binding.get("datatype")
    if datatype and datatype != XSD_STRING:
        try:
            return ox.Literal(value, datatype=ox.NamedNode(datatype))
        except ValueError:
            pass
    return ox.Literal(value)


# -- queries --------------------------------------------------------------------------------
_TOKEN = re.compile(r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
              |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\ufffd]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
  | (?P<punct>[{}()])
  | (?P<other>.)
''', re.X | re.S)


def with_values(text: str, names: list[str], values: dict[str, str]) -> str:
    """``text`` with the parameters ``names`` bound by a ``VALUES`` block in every group that uses
    one of them (the group around an ``EXISTS`` for a use in it); a parameter missing from
    ``values`` is ``UNDEF``."""
    if not names:
        return text
    wanted = set(names)
    row = " ".join(literal(values[n]) if n in values else "UNDEF" for n in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
    stack: list[tuple[int, bool]] = []  # open braces: (offset after it, takes no VALUES block)
    targets: set[int] = set()
    tokens = [m for m in _TOKEN.finditer(text) if m.lastgroup != "comment" and not m.group().isspace()]
    for i, m in enumerate(tokens):
        kind = m.lastgroup
        if kind == "punct" and m.group() == "{":
            before = tokens[i - 1].group().upper() if i else ""
            after = tokens[i + 1].group().upper() if i + 1 < len(tokens) else ""
            # EXISTS groups see the solution around them; a sub-SELECT's brace cannot take VALUES
            stack.append((m.end(), before == "EXISTS" or after == "SELECT"))
        elif kind == "punct" and m.group() == "}" and stack:
            stack.pop()
        elif kind == "var" and m.group()[1:] in wanted:
            for offset, skip in reversed(stack):  # outside every group: SELECT, GROUP BY (nothing to do)
                if not skip:
                    targets.add(offset)
                    break
    out, last = [], 0
    for offset in sorted(targets):
        out += [text[last:offset], block]
        last = offset
    out.append(text[last:])
    return "".join(out)


def run_remote(endpoint: Endpoint, query: "SavedQuery", values: dict[str, str] | None = None,  # noqa: F821
               *, limit: int | None = None, offset: int = 0) -> "Results":  # noqa: F821
    """Run a saved SELECT query on a remote endpoint; the same :class:`kb.queries.Results` as locally."""
    from kb.queries import bind, page_results, paged

    values = bind(query, values or {})  # the same checks and clean-up as locally
    names = [p.name for p in query.params]
    if not re.search(r"\bSELECT\b", re.sub(r"#[^\n]*", "", query.text), re.I):
        raise QueryError(f"query {query.name} is not a SELECT query; kb query runs SELECT queries")
    text = with_values(paged(query, limit, offset), names, values)
    data = select(endpoint, text, f"query {query.name}")
    params = set(names)
    variables = [v for v in data["head"]["vars"] if v not in params]
    bindings = data.get("results", {}).get("bindings", [])
    rows = [[term(b.get(v)) for v in variables] for b in bindings]
    return page_results(query, variables, rows, limit)


# -- push -----------------------------------------------------------------------------------
@dataclass
class Pushed:
    graph: str
    triples: int


def graph_ntriples(store: "Store", graph: str) -> list[bytes]:  # noqa: F821
    """The triples of one named graph as sorted N-Triples lines."""
    import pyoxigraph as ox

    triples = (q.triple for q in store.quads(graph))
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    return sorted(line + b"\n" for line in data.splitlines() if line.strip())


def _batches(lines: list[bytes], size: int) -> Iterator[list[bytes]]:
    for i in range(0, len(lines), size):
        yield lines[i:i + size]


def push_graph(endpoint: Endpoint, store: "Store", graph: str, *, gsp: bool = False,  # noqa: F821
               batch: int = BATCH_TRIPLES) -> Pushed:
    """Replace ``graph`` on the server with the local one."""
    lines = graph_ntriples(store, graph)
    if gsp:
        put_graph(endpoint, graph, b"".join(lines), f"push {graph}")
        return Pushed(graph, len(lines))
    g = f"<{graph}>"
    chunks = list(_batches(lines, max(1, batch))) or [[]]
    for i, chunk in enumerate(chunks):
        body = b"".join(chunk).decode("utf-8")
        insert = f"INSERT DATA {{ GRAPH {g} {{\n{body}}} }}" if chunk else ""
        if i == 0:
            text = f"DROP SILENT GRAPH {g}" + (f" ;\n{insert}" if insert else "")
        else:
            text = insert
        try:
            update(endpoint, text, f"push {graph}, batch {i + 1} of {len(chunks)}")
        except RemoteError as exc:
            if endpoint.update_url is None and exc.exit_code == 3:
                raise RemoteError(f"{exc}; updates went to the query URL: pass --update-endpoint if the server "
                                  f"takes them at another") from None
            raise
    return Pushed(graph, len(lines))


def push(endpoint: Endpoint, store: "Store", article: str | None = None, *, gsp: bool = False,  # noqa: F821
         batch: int = BATCH_TRIPLES, on_graph: Callable[[Pushed], None] | None = None,
         on_start: Callable[[int], None] | None = None) -> list[Pushed]:
    """Send every article's named graph, then the entity statistics graph (or one article's graph
    alone) to the server, replacing what it held."""
    from kb.export import find_article
    from kb.stats import STATS_GRAPH

    if article is not None:
        graphs = [find_article(store, article)]
    else:
        store.count_uncounted()  # the statistics must count every article pushed
        graphs = [*store.graphs(), STATS_GRAPH]
    if on_start:
        on_start(len(graphs))
    done = []
    for graph in graphs:
        p = push_graph(endpoint, store, graph, gsp=gsp, batch=batch)
        done.append(p)
        if on_graph:
            on_graph(p)
    return done


__all__ = ["Endpoint", "RemoteError", "Pushed", "push", "push_graph", "run_remote", "with_values", "literal",
           "select", "update", "put_graph", "gsp_url_for", "redact", "check_url"]
