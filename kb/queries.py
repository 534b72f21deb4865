"""Saved SPARQL queries: find them, read their headers, bind parameters, run them.

A saved query is a ``.rq`` file in ``queries/`` whose leading ``#`` comment is its header: the
first line is the description; a line ``# Parameters: NAME (required) - ..., NAME (optional) - ...``
declares its parameters (``(required, name)``: a name, lower-cased by kb as ``kb:nameKey`` holds
names); a line ``# Sort: COLUMN, ...`` says how kb orders the rows of a query that has no ORDER BY
(listings stream, so that a page costs the same in any store).  A comment line
``# LIMIT <end of page>`` in a sub-select is where kb writes ``LIMIT offset+limit`` when it runs a
page (a ranking can then read only the rows up to the page's end; run as it is, the query answers
every row).  A parameter NAME is the query
variable ``$NAME``; if the query lists it in its SELECT clause, its column is left out of the
results.  Values are bound as RDF literals in a ``VALUES`` block placed
in every group that uses the parameter, locally and on a remote endpoint alike (written by
:func:`kb.remote.literal`, which escapes every character that could end the literal): values are
data, never query syntax.  A parameter not given is ``UNDEF``.  Test an optional one as
``test || COALESCE(STR($NAME), "") = ""`` (Virtuoso rejects ``EXISTS`` inside ``COALESCE``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kb.errors import QueryError
from kb.paths import shipped_dir

_PARAM = re.compile(r"([A-Za-z_]\w*)\s*\((required|optional)(,\s*name)?\)")
FORMATS = ("table", "csv", "tsv", "json")


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    required: bool
    name_key: bool = False  # "(required, name)": a name as kb:nameKey holds it (lower case, single spaces)


@dataclass(frozen=True, slots=True)
class SavedQuery:
    name: str
    path: Path
    text: str
    description: str
    params: tuple[Param, ...]
    sort: tuple[str, ...] = ()  # columns kb sorts the rows by (the "# Sort:" header)


def _parse_header(text: str) -> tuple[str, tuple[Param, ...], tuple[str, ...]]:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    desc: list[str] = []
    for line in lines:
        if not line or line.startswith(("Columns:", "Parameters:", "Sort:")):
            break
        desc.append(line)
    description = " ".join(desc)
    params: list[Param] = []
    header = " ".join(lines)
    m = re.search(r"Parameters:\s*(.*?)(?=\bSort:|$)", header)
    if m:
        for name, req, key in _PARAM.findall(m.group(1)):
            params.append(Param(name, req == "required", bool(key)))
    sort: tuple[str, ...] = ()
    for line in lines:
        if line.startswith("Sort:"):
            sort = tuple(c for c in re.split(r"[\s,]+", line[5:]) if c)
    return description, tuple(params), sort


def _load(path: Path, name: str) -> SavedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"query file {path} is not UTF-8 text") from exc
    except OSError as exc:
        raise QueryError(f"cannot read query file {path}: {exc.strerror or exc}") from exc
    if not text.strip():
        raise QueryError(f"query file {path} is empty")
    description, params, sort = _parse_header(text)
    return SavedQuery(name, path, text, description, params, sort)


def saved_queries() -> list[SavedQuery]:
    """Every saved query shipped with kb, by name."""
    return [_load(p, p.stem) for p in sorted(shipped_dir("queries").glob("*.rq"))]


def find_query(name_or_file: str) -> SavedQuery:
    """A saved query by name (``claims``) or a ``.rq`` file by path. Raises :class:`QueryError`."""
    path = Path(name_or_file)
    if name_or_file.endswith(".rq") or path.is_file():
        if not path.is_file():
            raise QueryError(f"no query file {name_or_file}")
        return _load(path, path.stem)
    candidate = shipped_dir("queries") / f"{name_or_file}.rq"
    if candidate.is_file():
        return _load(candidate, name_or_file)
    names = ", ".join(q.name for q in saved_queries())
    raise QueryError(f"unknown query {name_or_file!r}; saved queries are: {names} (or give a .rq file)")


def bind(query: SavedQuery, values: dict[str, str]) -> dict[str, str]:
    """Check ``values`` against the query's parameters; return them as the query compares them
    (:func:`clean_values`), ready for a ``VALUES`` block."""
    declared = {p.name for p in query.params}
    unknown = sorted(set(values) - declared) if query.params or values else []
    if unknown:
        allowed = ", ".join(sorted(declared)) or "none"
        raise QueryError(f"query {query.name} has no parameter {unknown[0]!r}; its parameters: {allowed}")
    missing = [p.name for p in query.params if p.required and p.name not in values]
    if missing:
        raise QueryError(f"query {query.name} needs parameter {missing[0]!r}: pass -p {missing[0]} VALUE")
    return clean_values(query, values)


def clean_values(query: SavedQuery, values: dict[str, str]) -> dict[str, str]:
    """Parameter values as the queries compare them: spaces at the ends dropped, runs of white space
    made one space; a name parameter also lower-cased, as kb:nameKey holds names ("  Elena   MARSH "
    is "elena marsh")."""
    keys = {p.name for p in query.params if p.name_key}
    return {name: (" ".join(value.split()).lower() if name in keys else " ".join(value.split()))
            for name, value in values.items()}


@dataclass(frozen=True)
class Results:
    """Query results: variable names and rows of RDF terms (None where unbound)."""

    variables: list[str]
    rows: list[list[object]]
    more: bool = False  # rows follow this page


_PAGE_END = re.compile(r"^[ \t]*#[ \t]*LIMIT <end of page>[ \t]*$", re.M)


def paged(query: SavedQuery, limit: int | None = None, offset: int = 0) -> str:
    """The query's text with a LIMIT / OFFSET for one page of rows, asking for one row more than
    ``limit`` (:func:`page_results` drops it: it tells whether more rows follow). The end of that
    row's page goes where a ``# LIMIT <end of page>`` comment line stands."""
    if limit is not None and limit < 0 or offset < 0:
        raise QueryError("--limit and --offset take a number >= 0")
    text = query.text
    if limit is not None:
        end = int(offset) + int(limit) + 1
        text = _PAGE_END.sub(f"LIMIT {end}", text) + f"\nLIMIT {int(limit) + 1}"
    if offset:
        text += f"\nOFFSET {int(offset)}"
    return text


def page_results(query: SavedQuery, variables: list[str], rows: list[list[object]], limit: int | None) -> Results:
    """The results of a query run as :func:`paged` wrote it: the row past ``limit`` dropped (in the
    engine's order, so that the next page starts with it), then the rows sorted (:func:`sort_rows`)."""
    more = limit is not None and len(rows) > limit
    if more:
        rows = rows[:limit]
    return Results(variables, sort_rows(query, variables, rows), more)


_NUMBERS = frozenset(f"http://www.w3.org/2001/XMLSchema#{t}" for t in (
    "integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger"))


def _sort_key(term: object) -> tuple:
    """Order like SPARQL's ORDER BY for what kb's queries return: unbound first, then numbers by
    value, then everything else by its text."""
    if term is None:
        return (0, 0, "")
    if getattr(getattr(term, "datatype", None), "value", "") in _NUMBERS:
        try:
            return (1, float(term.value), "")
        except ValueError:
            pass
    return (2, 0, term_text(term))


def sort_rows(query: SavedQuery, variables: list[str], rows: list[list[object]]) -> list[list[object]]:
    """``rows`` ordered by the query's Sort columns (the queries that return every row of a kind have
    no ORDER BY, so that the engine streams them and a page costs the same in any store)."""
    cols = [variables.index(c) for c in query.sort if c in variables]
    if not cols:
        return rows
    return sorted(rows, key=lambda r: [_sort_key(r[i]) for i in cols])


def run_query(store: "Store", query: SavedQuery, values: dict[str, str] | None = None,  # noqa: F821
              *, limit: int | None = None, offset: int = 0) -> Results:
    """Run a SELECT query on the local store. Raises :class:`QueryError` on bad syntax or parameters.

    ``limit`` / ``offset`` select a page of rows (SPARQL LIMIT / OFFSET; ``more`` in the results says
    whether rows follow it). Queries with a Sort header return their rows in the store's order,
    sorted by kb within what is returned: without a limit that is every row in order; with one, the
    page's rows in order.
    """
    import pyoxigraph as ox

    from kb.remote import with_values

    values = bind(query, values or {})
    # Parameters are bound by a VALUES block in each group that uses them, as on a remote endpoint:
    # Oxigraph then starts from them (with its substitutions it reads every candidate first).
    text = with_values(paged(query, limit, offset), [p.name for p in query.params], values)
    try:
        sols = store.query(text)
        if not isinstance(sols, ox.QuerySolutions):
            raise QueryError(f"query {query.name} is not a SELECT query; kb query runs SELECT queries "
                             f"(use kb export for graphs)")
        params = {p.name for p in query.params}
        variables = [v.value for v in sols.variables if v.value not in params]
        results = page_results(query, variables, [[sol[v] for v in variables] for sol in sols], limit)
    except SyntaxError as exc:
        msg = " ".join(str(exc).split())
        raise QueryError(f"query {query.name} ({query.path}) is not valid SPARQL: {msg}") from exc
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"query {query.name} failed: {' '.join(str(exc).split())}") from exc
    return results


def term_text(term: object) -> str:
    """The plain value of an RDF term: an IRI's string, a literal's lexical form, '' if unbound."""
    if term is None:
        return ""
    return getattr(term, "value", str(term))


def _term_json(term: object) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}  # type: ignore[attr-defined]
    if term.language:  # type: ignore[attr-defined]
        out["xml:lang"] = term.language  # type: ignore[attr-defined]
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":  # type: ignore[attr-defined]
        out["datatype"] = term.datatype.value  # type: ignore[attr-defined]
    return out


def _csv_field(value: str) -> str:
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def _tsv_term(term: object) -> str:
    """A term in SPARQL 1.1 TSV: N-Triples-like syntax."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        v = term.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        if term.language:
            return f'"{v}"@{term.language}'
        dt = term.datatype.value
        if dt in ("http://www.w3.org/2001/XMLSchema#integer",):
            return term.value
        if dt != "http://www.w3.org/2001/XMLSchema#string":
            return f'"{v}"^^<{dt}>'
        return f'"{v}"'
    return str(term)


def format_results(results: Results, fmt: str) -> str:
    """Results as W3C SPARQL 1.1 CSV, TSV or JSON, or a readable table."""
    import json

    if fmt == "csv":
        lines = [",".join(results.variables)]
        lines += [",".join(_csv_field(term_text(t)) for t in row) for row in results.rows]
        return "\r\n".join(lines) + "\r\n"
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in results.variables)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in results.rows]
        return "\n".join(lines) + "\n"
    if fmt == "json":
        bindings = [{v: _term_json(t) for v, t in zip(results.variables, row) if t is not None}
                    for row in results.rows]
        return json.dumps({"head": {"vars": results.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1) + "\n"
    if fmt == "table":
        return _table(results)
    raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _table(results: Results, width: int = 60) -> str:
    def cell(t: object) -> str:
        s = " ".join(term_text(t).split())
        return s if len(s) <= width else s[: width - 1] + "\u2026"

    rows = [[cell(t) for t in row] for row in results.rows]
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(results.variables)]
    out = ["  ".join(v.ljust(w) for v, w in zip(results.variables, widths)).rstrip(),
           "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
