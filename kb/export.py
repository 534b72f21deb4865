"""Export the store (or one article) in the standard RDF formats.

Dataset formats (TriG, N-Quads, JSON-LD) keep one named graph per article; graph formats
(Turtle, N-Triples) hold the union of every article's triples, each once.

The entity statistics graph (:mod:`kb.stats`) is not exported: it is derived from the articles
(kb counts them again when it reads them), and in a union of graphs its records would mix with the
articles' triples. ``kb push`` sends it to SPARQL servers, where the saved queries read it.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from kb.errors import ExportError
from kb.vocab import KB, PREFIXES

FORMATS = ("turtle", "trig", "nquads", "ntriples", "jsonld")


def _format(name: str):  # noqa: ANN202 - pyoxigraph.RdfFormat
    import pyoxigraph as ox

    table = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
             "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
    try:
        return table[name]
    except KeyError:
        raise ExportError(f"unknown export format {name!r}; use one of {', '.join(FORMATS)}") from None


def find_article(store: "Store", article: str) -> str:  # noqa: F821
    """The named graph of an article given as its IRI, its id (the IRI's last part), its URL,
    its source key or the path of the file it was read from. Raises :class:`ExportError`."""
    import pyoxigraph as ox

    graphs = store.graphs()
    if article in graphs:
        return article
    for g in graphs:
        if g.rsplit("/", 1)[-1] == article:
            return g
    keys = [article]
    if os.path.exists(article):
        keys.append(Path(article).resolve().as_uri())
    for key in keys:
        for q in store.db.quads_for_pattern(None, ox.NamedNode(str(KB.sourceKey)), ox.Literal(key), None):
            return q.graph_name.value
    raise ExportError(f"no article {article!r} in the store; `kb query articles` lists them")


def export(store: "Store", fmt: str = "turtle", *, article: str | None = None,  # noqa: F821
           output: BinaryIO | None = None) -> bytes | None:
    """Serialise the store, or one article's graph, in ``fmt``.

    Writes to ``output`` when given (and returns None), else returns the bytes.
    """
    import pyoxigraph as ox

    rdf_format = _format(fmt)
    quads = store.quads(find_article(store, article) if article is not None else None)
    # kb's resource IRIs have slashes in their local part (id:person/...), which Turtle must escape
    # (id:person\/...) and some readers mangle: they are written in full instead
    prefixes = {p: ns for p, ns in PREFIXES.items() if p != "id"}
    if rdf_format.supports_datasets:
        return ox.serialize(quads, output, format=rdf_format, prefixes=prefixes) \
            if rdf_format != ox.RdfFormat.N_QUADS else ox.serialize(quads, output, format=rdf_format)
    # graph formats: the union of the article graphs, each triple once
    union = ox.Store()
    union.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads)
    triples = (q.triple for q in union.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    if rdf_format == ox.RdfFormat.TURTLE:
        return ox.serialize(triples, output, format=rdf_format, prefixes=prefixes)
    return ox.serialize(triples, output, format=rdf_format)
