"""SHACL validation of one article's graph (pySHACL) against the shapes in ``shapes/``.

:func:`validate_graph` returns what each reader needs: ``conforms`` for control flow,
``violations`` (focus node, path, message) for people, and the report graph for machines.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kb.errors import ValidationError
from kb.paths import shipped_dir
from kb.vocab import PREFIXES


@dataclass(frozen=True, slots=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str = "Violation"

    def __str__(self) -> str:
        return f"{self.focus}: {self.path}: {self.message}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]
    graph: Graph

    def text(self) -> str:
        return "\n".join(str(v) for v in self.violations)


@cache
def shapes() -> Graph:
    """Every ``*.ttl`` file of the shapes folder, parsed once (into an indexed store: pySHACL reads
    the shapes graph afresh on every validation)."""
    from kb.rdf import ArticleStore

    g = Graph(store=ArticleStore())
    for path in sorted(shipped_dir("shapes").glob("*.ttl")):
        g.parse(path, format="turtle")
    return g


@cache
def _names() -> Graph:
    """kb's prefixes, so that a graph read from N-Triples is reported as readably."""
    names = Graph()
    for prefix, ns in PREFIXES.items():
        names.bind(prefix, ns)
    return names


def _short(node: object, g: Graph) -> str:
    if isinstance(node, URIRef):
        try:
            return g.namespace_manager.normalizeUri(node)
        except Exception:  # noqa: BLE001 - a display nicety only
            return str(node)
    return str(node) if node is not None else "-"


def validate_graph(data: Graph) -> Report:
    """Validate ``data`` against kb's shapes. Never raises for a non-conforming graph."""
    from pyshacl import validate  # heavy import, kept out of `kb --help`

    conforms, report, _ = validate(data, shacl_graph=shapes(), inference="none", abort_on_first=False, inplace=True,
                                   allow_warnings=False, advanced=False)
    names = _names()
    violations = []
    for result in report.subjects(SH.resultSeverity, None):
        violations.append(Violation(
            focus=_short(report.value(result, SH.focusNode), names),
            path=_short(report.value(result, SH.resultPath), names),
            message=str(report.value(result, SH.resultMessage) or "does not conform"),
            severity=_short(report.value(result, SH.resultSeverity), report).rsplit("#", 1)[-1],
        ))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return Report(bool(conforms), tuple(violations), report)


def check_graph(data: Graph, what: str) -> None:
    """Raise :class:`ValidationError` when ``data`` does not conform; ``what`` names it for the user."""
    report = validate_graph(data)
    if not report.conforms:
        first = report.violations[0] if report.violations else None
        more = f" (and {len(report.violations) - 1} more)" if len(report.violations) > 1 else ""
        raise ValidationError(
            f"{what} does not conform to the SHACL shapes, nothing was written: {first}{more}",
            report.text())
