"""kb: a fact and claim tracking knowledge base for news.

The command line (:mod:`kb.cli`) is a thin layer over plain functions:
:func:`kb.ingest.ingest` (articles in, validated named graphs out),
:func:`kb.queries.run_query` (saved SPARQL queries), :func:`kb.export.export` and
:func:`kb.shacl.validate_graph`.  Extraction itself is :func:`kb.extract.extract`.
"""
__version__ = "0.1.0"
