"""``kb validate``: check an RDF file, or every article graph in the store, against the shapes."""
from __future__ import annotations

from pathlib import Path

from kb.errors import InputError
from kb.shacl import Report, validate_graph

_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".nq": "nquads",
            ".trig": "trig", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}


def validate_file(path: Path) -> Report:
    """Validate the triples of an RDF file (all its graphs together). Raises InputError if unreadable."""
    from rdflib import Dataset, Graph

    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"cannot tell the RDF format of {path} from its extension; use one of "
                         f"{', '.join(sorted(_FORMATS))}")
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    try:
        if fmt in ("nquads", "trig", "json-ld"):  # datasets: every named graph, not just the default one
            ds = Dataset()
            ds.parse(path, format=fmt)
            g = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
        else:
            g = Graph()
            g.parse(path, format=fmt)
    except Exception as exc:  # noqa: BLE001 - rdflib raises many kinds of parse errors
        raise InputError(f"{path} is not valid {fmt}: {' '.join(str(exc).split())[:300]}") from exc
    return validate_graph(g)


def validate_store(store: "Store") -> list[tuple[str, Report]]:  # noqa: F821
    """Validate each article graph of the store on its own."""
    from rdflib import Graph

    out = []
    for graph in store.graphs():
        data = store.db.dump(format=__import__("pyoxigraph").RdfFormat.N_TRIPLES,
                             from_graph=__import__("pyoxigraph").NamedNode(graph))
        g = Graph()
        g.parse(data=data, format="nt")
        out.append((graph, validate_graph(g)))
    return out
