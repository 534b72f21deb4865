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
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kb.errors import StoreError
from kb.vocab import KB

ENV = "KB_STORE"
FLUSH_QUADS = 100_000  # write the database's in-memory buffers to disk after this many quads
BULK_PREFIX = "bulk-"  # Oxigraph's bulk loader writes its new files as bulk-<random>.sst in the store


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


def _replace_update(old: list[str], nquads: bytes) -> str:
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


class Store:
    """An open kb store. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, wait: float = 10.0,
                 create: bool = True) -> None:
        self.path = resolve_path(path)
        self._unflushed = 0
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
        db = getattr(self, "_db", None)
        if db is not None:
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
        return sorted(g.value for g in self.db.named_graphs())

    def __len__(self) -> int:
        return len(self.db)

    def query(self, sparql: str, substitutions: dict[str, object] | None = None) -> object:
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        return self.db.query(sparql, substitutions=subs or None)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        return self.db.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None)

    # writing ------------------------------------------------------------------------
    def write(self, batch: Iterable[ArticleWrite]) -> int:
        """Write a batch of article graphs; returns the number of quads written.

        The whole batch is written in one atomic step, graphs to replace dropped in the same one, so
        after a crash each article is complete (old or new) or absent, never partly written or lost.
        """
        batch = list(batch)
        try:
            old = [item.graph for item in batch
                   if item.replace and self.db.contains_named_graph(ox.NamedNode(item.graph))]
            data = b"".join(item.nquads for item in batch)
            if old:  # drop and insert in one update: one transaction (load and remove_graph are two)
                self.db.update(_replace_update(old, data))
            elif data:  # new graphs only: the bulk loader (atomic, no in-memory write buffers)
                self.db.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        except (OSError, RuntimeError, SyntaxError) as exc:
            raise StoreError(f"writing to store {self.path} failed: {exc}; nothing of this batch was written") from exc
        written = sum(item.nquads.count(b"\n") for item in batch)
        if old:
            self._unflushed += written
        if self._unflushed >= FLUSH_QUADS:  # bound the database's in-memory write buffers
            self._unflushed = 0
            try:
                self.db.flush()
            except OSError as exc:
                raise StoreError(f"writing to store {self.path} failed: {exc}") from exc
        return written

    def optimize(self) -> None:
        """Compact the database files (after a batch: the store on disk shrinks to about a third)."""
        try:
            self.db.optimize()
        except OSError as exc:
            raise StoreError(f"compacting store {self.path} failed: {exc}") from exc

    def remove(self, graph: str) -> None:
        try:
            self.db.remove_graph(ox.NamedNode(graph))
        except OSError as exc:
            raise StoreError(f"removing {graph} from store {self.path} failed: {exc}") from exc
