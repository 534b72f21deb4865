"""The persistent store: an embedded Oxigraph database, one named graph per article.

Location: the ``--store`` option, else the ``KB_STORE`` environment variable, else
``$XDG_DATA_HOME/kb/store`` (``~/.local/share/kb/store``).  A folder that does not exist yet
is created.  Only one process may have a store open at a time; another one waits up to
``wait`` seconds, then stops with "store in use".

Writes are atomic: :meth:`Store.write` either writes every article of the batch in full, or
nothing.  New articles go in through Oxigraph's bulk loader, which sorts the batch into new
database files (SST) and adds them to every index in one atomic step (RocksDB
``IngestExternalFiles``: after a crash all of them are in the database or none); that costs about
a third of a transactional insert.  Replacing articles (drop the old graph, insert the new) is
one SPARQL update, one transaction.

Besides the article graphs the store holds the entity statistics graph (:mod:`kb.stats`), which
the writes keep exact: a replacing update changes the statistics itself; the counts of new
articles are held and written in one later step (:meth:`Store.write_stats`, at the latest when the
store is closed).  Articles a crash leaves uncounted carry no marker in the statistics;
:meth:`Store.count_uncounted`, which ``kb ingest`` and ``kb push`` call first, counts them.
"""
from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kb import stats
from kb.errors import StoreError
from kb.vocab import KB

ENV = "KB_STORE"
FLUSH_QUADS = 100_000  # write the database's in-memory buffers to disk after this many quads
BULK_PREFIX = "bulk-"  # Oxigraph's bulk loader writes its new files as bulk-<random>.sst in the store
RECOUNT_ARTICLES = 256  # articles counted per update by Store.count_uncounted
STATS_EVERY = 4096  # new articles whose entity counts Store.write holds before it writes them


def default_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "kb" / "store"


def resolve_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The store folder: ``path`` if given, else ``$KB_STORE``, else :func:`default_path`."""
    if path:
        return Path(path)
    env = os.environ.get(ENV)
    return Path(env) if env else default_path()


@dataclass(frozen=True, slots=True)
class ArticleWrite:
    """One article's named graph, ready to be written."""

    graph: str  # the named graph IRI (the article IRI)
    nquads: bytes  # the graph's quads, every one in `graph`
    replace: bool = False  # drop what the graph held before
    counts: Mapping[stats.Key, stats.Counts] | None = None  # its entity counts (kb.stats.graph_counts), if known


def _replace_update(old: Iterable[str], nquads: bytes) -> str:
    """One SPARQL update that drops the graphs ``old`` and inserts ``nquads`` (N-Triples syntax)."""
    by_graph: dict[str, list[ox.Triple]] = {}
    for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
        if not isinstance(q.graph_name, ox.NamedNode):
            raise SyntaxError("an article's quads must all be in its named graph")
        by_graph.setdefault(q.graph_name.value, []).append(q.triple)
    parts = [f"DROP SILENT GRAPH <{g}>" for g in old]
    blocks = [f"GRAPH <{g}> {{\n{(ox.serialize(ts, format=ox.RdfFormat.N_TRIPLES) or b'').decode()}}}"
              for g, ts in by_graph.items()]
    if blocks:
        parts.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
    return " ;\n".join(parts)


def _given_counts(batch: list[ArticleWrite]) -> dict[stats.Key, stats.Counts] | None:
    """The entity counts of the batch's graphs from the counts given with them, or None if one is
    missing or a graph comes twice (its quads are merged: their counts do not simply add up)."""
    if any(item.counts is None for item in batch) or len({item.graph for item in batch}) < len(batch):
        return None
    return stats.total(item.counts for item in batch)


class Store:
    """An open kb store. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, wait: float = 10.0,
                 create: bool = True) -> None:
        self.path = resolve_path(path)
        self._unflushed = 0
        self._pending: dict[stats.Key, stats.Counts] = {}  # entity counts of new articles, not written yet
        self._pending_graphs: list[str] = []  # those articles
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"store path {self.path} is a file, not a folder; pass a folder with --store or KB_STORE")
        if not self.path.exists():
            if not create:
                raise StoreError(f"no store at {self.path}; ingest an article first or pass --store")
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create store folder {self.path}: {exc.strerror or exc}; "
                                 f"choose a writable place with --store or KB_STORE") from exc
        if not os.access(self.path, os.W_OK | os.X_OK):
            raise StoreError(f"store folder {self.path} is not writable; fix its permissions or "
                             f"choose another with --store or KB_STORE")
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                self._db = ox.Store(str(self.path))
                break
            except (OSError, RuntimeError) as exc:  # RuntimeError: a corrupt (or not a kb) store folder
                msg = str(exc)
                if "lock" in msg.lower() and time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                if "lock" in msg.lower():
                    raise StoreError(f"store {self.path} is in use by another kb process; "
                                     f"wait for it to finish or use another --store") from exc
                raise StoreError(f"cannot open store {self.path}: {msg}; is it a kb store?") from exc
        self._remove_stale_bulk_files()

    def _remove_stale_bulk_files(self) -> None:
        """Remove files a bulk load left behind when its process was killed before the files were
        added to the database (they belong to no one: this process holds the store's lock)."""
        for f in self.path.glob(f"{BULK_PREFIX}*.sst"):
            try:
                f.unlink()
            except OSError:
                pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Write the entity counts held (see :meth:`write_stats`), flush and close the database."""
        db = getattr(self, "_db", None)
        if db is not None:
            try:
                self.write_stats()
            except StoreError:
                pass  # the articles are stored; the next kb ingest counts them (count_uncounted)
            try:
                db.flush()
            except OSError:
                pass
            self._db = None
            del db

    @property
    def db(self) -> ox.Store:
        if self._db is None:
            raise StoreError("the store is closed")
        return self._db

    # reading ------------------------------------------------------------------------
    def article_hash(self, graph: str) -> str | None:
        """The content hash of the article stored in ``graph``, or None if it is not there."""
        g = ox.NamedNode(graph)
        for q in self.db.quads_for_pattern(g, ox.NamedNode(str(KB.contentHash)), None, g):
            return q.object.value
        return None

    def graph_with_hash(self, content_hash: str) -> str | None:
        """The named graph of an article with this content hash, if any."""
        lit = ox.Literal(content_hash)
        for q in self.db.quads_for_pattern(None, ox.NamedNode(str(KB.contentHash)), lit, None):
            return q.graph_name.value
        return None

    def content_hashes(self) -> set[str]:
        """The content hashes of every article in the store."""
        return {q.object.value for q in self.db.quads_for_pattern(None, ox.NamedNode(str(KB.contentHash)), None, None)}

    def graphs(self) -> list[str]:
        """The article graphs, sorted (not the statistics graph)."""
        return sorted(g.value for g in self.db.named_graphs() if g.value != stats.STATS_GRAPH)

    def __len__(self) -> int:
        return len(self.db)

    def query(self, sparql: str, substitutions: dict[str, object] | None = None) -> object:
        """Run a SPARQL query (the entity counts held written first, so that it sees them)."""
        self.write_stats()
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        return self.db.query(sparql, substitutions=subs or None)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads of one named graph, or of every article graph (not the statistics graph)."""
        if graph:
            return self.db.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        return itertools.chain.from_iterable(self.db.quads_for_pattern(None, None, None, ox.NamedNode(g))
                                             for g in self.graphs())

    # writing ------------------------------------------------------------------------
    def write(self, batch: Iterable[ArticleWrite]) -> int:
        """Write a batch of article graphs; returns the number of quads written.

        The whole batch is written in one atomic step, graphs to replace dropped in the same one, so
        after a crash each article is complete (old or new) or absent, never partly written or lost.
        The entity statistics follow in the same step when graphs already in the store change; the
        counts of new articles are held until :meth:`write_stats` (see there).
        """
        batch = list(batch)
        graphs = list(dict.fromkeys(item.graph for item in batch))
        data = b"".join(item.nquads for item in batch)
        try:
            existing = [g for g in graphs if self.db.contains_named_graph(ox.NamedNode(g))]
            if existing:  # drop (or add to) and insert in one update: one transaction, statistics included
                text = self._change_update(batch, graphs, existing, data)
                self.db.update(text)
                self._pending, self._pending_graphs = {}, []
                self._wrote(text.count("\n"))
            elif data:  # new graphs only: the bulk loader (atomic, no in-memory write buffers)
                self.db.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
            raise StoreError(f"writing to store {self.path} failed: {exc}; nothing of this batch was written") from exc
        if data and not existing:
            counts = _given_counts(batch)
            self._hold(graphs, self._stored_counts(graphs) if counts is None else counts)
        if len(self._pending_graphs) >= STATS_EVERY:
            self.write_stats()
        return sum(item.nquads.count(b"\n") for item in batch)

    def _change_update(self, batch: list[ArticleWrite], graphs: list[str], existing: list[str], data: bytes) -> str:
        """One SPARQL update writing a batch some of whose ``graphs`` are in the store already: drop
        those to replace, insert ``data``, and bring the statistics up to date (the counts held, the
        graphs' old counts out, their new counts in)."""
        replaced = {item.graph for item in batch if item.replace}.intersection(existing)
        added_to = [g for g in existing if g not in replaced]
        held = set(self._pending_graphs)
        marked = {g for g in existing if g not in held and stats.is_counted(self.db, g)}
        after = None if added_to else _given_counts(batch)
        if after is None:  # count the graphs as they will be, in memory
            memory = ox.Store()
            for g in added_to:
                memory.extend(self.db.quads_for_pattern(None, None, None, ox.NamedNode(g)))
            memory.load(data, format=ox.RdfFormat.N_QUADS)
            after = stats.count(memory, graphs)
        before = stats.count(self.db, [g for g in existing if g in held or g in marked])
        delta = stats.combine(stats.total([self._pending, after]), before)
        mark = [g for g in dict.fromkeys([*self._pending_graphs, *graphs]) if g not in marked]
        counting = stats.change(self.db, delta, mark).sparql()
        return " ;\n".join(part for part in (_replace_update(sorted(replaced), data), counting) if part)

    def _stored_counts(self, graphs: list[str]) -> dict[stats.Key, stats.Counts]:
        """The entity counts of article graphs in the store."""
        try:
            return stats.count(self.db, graphs)
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"counting the entities of articles in store {self.path} failed: {exc}; "
                             f"the articles are stored, and the next kb ingest counts them") from exc

    def _hold(self, graphs: list[str], counts: Mapping[stats.Key, stats.Counts]) -> None:
        """Keep the counts of new articles for :meth:`write_stats`."""
        stats.add(self._pending, counts)
        self._pending_graphs += graphs

    def write_stats(self) -> None:
        """Add the entity counts of the new articles written since the last call to the statistics,
        and mark the articles counted, in one atomic step (a bulk load when no record changes, else
        a transaction).

        Held until now because a transaction between two bulk loads costs the database more than it
        writes (it makes RocksDB flush and merge its buffers again); :meth:`write` calls this every
        :data:`STATS_EVERY` articles, and :meth:`query` and :meth:`close` before they run. Articles a
        crash leaves uncounted are counted by :meth:`count_uncounted`.
        """
        if not self._pending_graphs:
            return
        try:
            change = stats.change(self.db, self._pending, self._pending_graphs)
            if change.deleted:
                self.db.update(change.sparql())
                self._wrote(len(change))
            else:
                self.db.bulk_load(change.nquads(), format=ox.RdfFormat.N_QUADS)
        except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
            raise StoreError(f"counting the entities of new articles in store {self.path} failed: {exc}; "
                             f"the articles are stored, and the next kb ingest counts them") from exc
        self._pending, self._pending_graphs = {}, []

    def count_uncounted(self) -> int:
        """Count the articles the statistics do not include (a crash between writing articles and
        :meth:`write_stats` leaves some; so does a store made by a kb without statistics). Returns
        how many there were."""
        todo = sorted(set(self.graphs()) - stats.counted(self.db) - set(self._pending_graphs))
        for i in range(0, len(todo), RECOUNT_ARTICLES):
            chunk = todo[i:i + RECOUNT_ARTICLES]
            self._hold(chunk, self._stored_counts(chunk))
            self.write_stats()
        return len(todo)

    def _wrote(self, quads: int) -> None:
        """Account for ``quads`` written through a transaction; flush the database's in-memory
        write buffers when they hold many."""
        self._unflushed += quads
        if self._unflushed >= FLUSH_QUADS:
            self._unflushed = 0
            try:
                self.db.flush()
            except OSError as exc:
                raise StoreError(f"writing to store {self.path} failed: {exc}") from exc

    def optimize(self) -> None:
        """Compact the database files (after a batch: the store on disk shrinks to about a third)."""
        try:
            self.db.optimize()
        except OSError as exc:
            raise StoreError(f"compacting store {self.path} failed: {exc}") from exc
