"""Ingest: articles in, validated named graphs out.

Each article goes through one pure step, :func:`process` (read, extract, build the graph,
validate it with SHACL, serialise it), which can run in worker processes; the parent
process alone writes to the store, in batches, each batch one transaction.

Identity: an article is known by its *source key*: the URL (``--url`` or the HTML's own),
else the file's absolute path as a ``file://`` URI, else (standard input) its content hash.
Ingesting the same content again changes nothing; changed content under the same key
replaces the article's graph; the same content under another key is skipped as a duplicate.
"""
from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kb.errors import InputError, KbError
from kb.reading import STDIN, Document, iter_paths, read_document

if TYPE_CHECKING:
    from kb.stats import Counts, Key
    from kb.store import Store

# A batch of articles is written in one atomic step when it reaches any of these bounds. Large
# batches make the store's work cheaper (fewer, larger database files to merge: 64-article batches
# cost the parent 12 ms of CPU per article, 512-article ones 7 ms); the time bound keeps progress
# visible and limits what an interrupted run has to redo.
BATCH_ARTICLES = 256
BATCH_QUADS = 160_000
BATCH_SECONDS = 5.0
COMPACT_AFTER_REPLACED = 64  # replacements go through transactions: compact what they leave behind


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """What the user says about the articles (overrides what the files say)."""

    published: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What became of one article."""

    source: str
    status: str  # ingested, replaced, unchanged, duplicate, failed
    graph: str | None = None
    claims: int = 0
    events: int = 0
    entities: int = 0
    triples: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != "failed"


@dataclass(frozen=True)
class Processed:
    """An article ready to be written: its graph as N-Quads, and what it holds."""

    source: str
    graph: str
    content_hash: str
    nquads: bytes
    claims: int
    events: int
    entities: int
    triples: int
    counts: dict[Key, Counts]  # its entity counts (kb.stats.graph_counts), for the store's statistics


@dataclass
class Summary:
    articles: int = 0
    ingested: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    claims: int = 0
    events: int = 0
    entities: int = 0
    triples: int = 0
    failures: list[ArticleResult] = field(default_factory=list)

    def add(self, r: ArticleResult) -> None:
        self.articles += 1
        if r.status == "failed":
            self.failed += 1
            self.failures.append(r)
            return
        setattr(self, {"duplicate": "duplicates"}.get(r.status, r.status),
                getattr(self, {"duplicate": "duplicates"}.get(r.status, r.status)) + 1)
        self.claims += r.claims
        self.events += r.events
        self.entities += r.entities
        self.triples += r.triples


def source_key(doc: Document, options: IngestOptions) -> str:
    if options.url:
        return options.url
    if doc.url:
        return doc.url
    if doc.source == STDIN:
        return f"sha256:{doc.content_hash}"
    return Path(doc.source).resolve().as_uri()


def process(doc: Document, options: IngestOptions) -> Processed:
    """Extract, build and validate one article's graph. Raises :class:`ValidationError`."""
    from kb.extract import extract
    from kb.rdf import ArticleInfo, article_graph, nquads
    from kb.shacl import check_graph
    from kb.stats import graph_counts

    published = options.published or doc.published
    info = ArticleInfo(
        source_key=source_key(doc, options),
        content_hash=doc.content_hash,
        title=options.title or doc.title,
        url=options.url or doc.url,
        published=published,
        publisher=options.publisher or doc.publisher,
        author=doc.author,
    )
    x = extract(doc.text, published=published)
    g = article_graph(info, x)
    name = doc.source if doc.source != STDIN else "standard input"
    check_graph(g, f"the graph of {name}")
    graph = str(info.iri)
    data = nquads(g, graph)
    n_claims = sum(1 for c in x.claims if c.speaker is not None)
    n_events = sum(1 for e in x.events if e.participants)
    return Processed(doc.source, graph, doc.content_hash, data, n_claims, n_events,
                     sum(1 for e in x.entities if e.kind != "Event"), len(g), graph_counts(g))


@dataclass(frozen=True)
class _Known:
    """An article whose content is already in the store: under its own graph, or another one's."""

    source: str
    graph: str
    content_hash: str


# -- workers ------------------------------------------------------------------------------
_KNOWN: frozenset[str] = frozenset()
_OPTIONS = IngestOptions()


def _init_worker(known: frozenset[str], options: IngestOptions) -> None:
    global _KNOWN, _OPTIONS
    _KNOWN, _OPTIONS = known, options


def _work(item: tuple[str, bytes | None]) -> Processed | ArticleResult | _Known:
    """Read and process one source; failures come back as results, never as exceptions."""
    source, data = item
    try:
        doc = read_document(source, data)
        if doc.content_hash in _KNOWN:
            from kb.rdf import article_iri

            return _Known(source, str(article_iri(source_key(doc, _OPTIONS))), doc.content_hash)
        return process(doc, _OPTIONS)
    except KbError as exc:
        return ArticleResult(source, "failed", error=str(exc))
    except RecursionError:
        return ArticleResult(source, "failed", error=f"{source}: the article is nested too deeply to read")
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
        return ArticleResult(source, "failed", error=f"{source}: internal error {type(exc).__name__}: {exc} "
                                                    f"(please report this as a kb bug)")


def sources(paths: Iterable[str]) -> list[str]:
    """Every article file named by ``paths`` (folders are walked). Raises InputError."""
    out = list(iter_paths(paths))
    if not out:
        raise InputError("no article files found in " + ", ".join(paths) + "; kb reads .txt, .html, .htm and .md files")
    return out


def ingest(paths: Iterable[str], store: Store, options: IngestOptions = IngestOptions(), *,
           jobs: int = 1, stdin: bytes | None = None,
           on_result: Callable[[ArticleResult], None] | None = None) -> Summary:
    """Ingest every article named by ``paths`` into ``store``; returns a summary.

    Articles that fail (unreadable, not conforming to the shapes) are reported in the summary
    and skipped; the others are written. Each batch of articles is one transaction.
    """
    from kb.store import ArticleWrite

    items = sources(paths)
    if options.url and len(items) > 1:
        raise InputError("--url names one article, but several were given; ingest them one at a time")
    store.count_uncounted()  # articles a crash left out of the entity statistics
    known = frozenset(store.content_hashes())
    work = [(s, stdin if s == STDIN else None) for s in items]
    summary = Summary()
    pending: list[tuple[Processed, bool]] = []
    pending_quads = 0
    pending_since = 0.0
    batch_hashes: set[str] = set()

    def flush() -> None:
        nonlocal pending_quads
        if not pending:
            return
        store.write([ArticleWrite(p.graph, p.nquads, replace, p.counts) for p, replace in pending])
        for p, replace in pending:
            emit(ArticleResult(p.source, "replaced" if replace else "ingested", p.graph, p.claims, p.events,
                               p.entities, p.triples))
        pending.clear()
        pending_quads = 0

    def emit(r: ArticleResult) -> None:
        summary.add(r)
        if on_result:
            on_result(r)

    for out in _results(work, known, options, jobs):
        if isinstance(out, ArticleResult):
            emit(out)
            continue
        if isinstance(out, _Known):  # same content as an article in the store: this one, or another
            if store.article_hash(out.graph) == out.content_hash:
                emit(ArticleResult(out.source, "unchanged", out.graph))
            else:
                emit(ArticleResult(out.source, "duplicate", store.graph_with_hash(out.content_hash)))
            continue
        if out.content_hash in batch_hashes:
            emit(ArticleResult(out.source, "duplicate", out.graph))
            continue
        if any(p.graph == out.graph for p, _ in pending):
            flush()  # the same article (key) twice in one batch: the later version replaces the earlier
        old = store.article_hash(out.graph)
        if old == out.content_hash:
            emit(ArticleResult(out.source, "unchanged", out.graph))
            continue
        other = store.graph_with_hash(out.content_hash) if old is None else None
        if other:
            emit(ArticleResult(out.source, "duplicate", other))
            continue
        batch_hashes.add(out.content_hash)
        if not pending:
            pending_since = time.monotonic()
        pending.append((out, old is not None))
        pending_quads += out.triples
        if (len(pending) >= BATCH_ARTICLES or pending_quads >= BATCH_QUADS
                or time.monotonic() - pending_since >= BATCH_SECONDS):
            flush()
    flush()
    store.write_stats()
    if summary.replaced >= COMPACT_AFTER_REPLACED:
        store.optimize()
    return summary


def _preload() -> None:
    """Import and load what processing needs (extraction resources, pySHACL, the shapes) before
    the workers are forked, so that they share it instead of each loading it again."""
    from kb.extract import extract
    from kb.rdf import ArticleInfo, article_graph
    from kb.shacl import validate_graph

    x = extract("The minister said on Monday that officials met in London.")
    validate_graph(article_graph(ArticleInfo("urn:kb:preload", "0" * 64), x))


def _results(work: list[tuple[str, bytes | None]], known: frozenset[str], options: IngestOptions,
             jobs: int) -> Iterator[Processed | ArticleResult | _Known]:
    jobs = max(1, min(jobs, len(work)))
    if jobs == 1:
        _init_worker(known, options)
        for item in work:
            yield _work(item)
        return
    import multiprocessing as mp

    if hasattr(os, "fork"):
        ctx = mp.get_context("fork")
        _preload()  # once here, instead of once in every worker
    else:
        ctx = mp.get_context()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(known, options)) as pool:
        yield from pool.imap(_work, work, chunksize=4)


__all__ = ["IngestOptions", "ArticleResult", "Summary", "Processed", "process", "ingest", "source_key",
           "sources"]
