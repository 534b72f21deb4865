"""The store's entity statistics graph: exactly the aggregate over the article graphs after every
kind of write (new articles, replaced ones, a mix, articles added to), unchanged by ingesting the
same content again, rebuilt for articles left uncounted; and kept out of the article graphs."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import ARTICLE, ARTICLE_2, PUBLISHED, PUBLISHED_2, write, write_synthetic
from kb import stats
from kb.ingest import IngestOptions, ingest, process
from kb.reading import read_document
from kb.store import ArticleWrite, Store
from kb.vocab import KB

CHANGED = ARTICLE.replace("Fisheries Minister Tomas Reyes", "Fisheries Minister Tomas Reyes and Mayor Ines Prado")
THIRD = """Quays reopen in Valmora

Mayor Ines Prado said on Monday that the northern quays would reopen. "The fleet is back," Prado told reporters.
"""
STATS = ox.NamedNode(stats.STATS_GRAPH)


def stats_quads(db: Store) -> list[str]:
    """The statistics graph as sorted N-Quads lines."""
    return sorted(str(q) for q in db.db.quads_for_pattern(None, None, None, STATS))


def records(db: Store) -> dict[stats.Key, stats.Counts]:
    """The counts the statistics graph holds, by entity, class and name."""
    fields: dict[str, dict[str, ox.Term]] = {}
    for q in db.db.quads_for_pattern(None, None, None, STATS):
        if q.subject != STATS:
            fields.setdefault(q.subject.value, {})[q.predicate.value] = q.object
    out = {}
    for f in fields.values():
        key = (f[str(KB.entity)].value, f[str(KB.entityClass)].value, f[str(KB.entityName)].value)
        out[key] = stats.Counts(int(f[str(KB.mentionCount)].value), int(f[str(KB.articleCount)].value))
    return out


def assert_exact(db: Store) -> None:
    """The statistics count every article of the store, and nothing else."""
    db.write_stats()
    assert stats.counted(db.db) == set(db.graphs())
    assert records(db) == stats.count(db.db, db.graphs())
    assert all(c.mentions >= c.articles > 0 for c in records(db).values())


def ingest_text(db: Store, folder: Path, name: str, text: str, published: str = PUBLISHED):  # noqa: ANN201
    path = write(folder / name, text)
    return ingest([str(path)], db, IngestOptions(published=dt.date.fromisoformat(published)))


def test_statistics_of_new_articles(tmp_path: Path) -> None:
    with Store(tmp_path / "store") as db:
        ingest_text(db, tmp_path / "a", "harbour.txt", ARTICLE)
        ingest_text(db, tmp_path / "a", "fleet.txt", ARTICLE_2, PUBLISHED_2)
        write_synthetic(db)  # written without counts: the store counts it
        assert len(db.graphs()) == 3
        assert_exact(db)
        marsh = [(key, c) for key, c in records(db).items() if key[2] == "Elena Marsh"]
        assert len(marsh) == 1 and marsh[0][1].articles == 3 and marsh[0][1].mentions >= 3


def test_the_workers_count_what_the_store_counts(tmp_path: Path) -> None:
    """kb.stats.graph_counts (on the graph as built) agrees with the count over the stored graph."""
    sample = Path(__file__).resolve().parent.parent / "data" / "lavrov-rubio-kuala-lumpur.txt"
    paths = [write(tmp_path / "harbour.txt", ARTICLE), write(tmp_path / "third.txt", THIRD), sample]
    with Store(tmp_path / "store") as db:
        for path in paths:
            p = process(read_document(str(path)), IngestOptions(published=dt.date(2025, 7, 11)))
            db.write([ArticleWrite(p.graph, p.nquads)])
            assert p.counts and p.counts == stats.count(db.db, [p.graph]), path


def test_replacing_moves_the_counts(tmp_path: Path) -> None:
    """A replaced article's old counts go, its new ones come, in the same update; the statistics are
    then those of a store that only ever held the new version."""
    with Store(tmp_path / "store") as db:
        ingest_text(db, tmp_path / "a", "harbour.txt", ARTICLE)
        ingest_text(db, tmp_path / "a", "fleet.txt", ARTICLE_2, PUBLISHED_2)
        assert not any(key[2] == "Ines Prado" for key in records(db))
        assert ingest_text(db, tmp_path / "a", "harbour.txt", CHANGED).replaced == 1
        assert_exact(db)
        assert any(key[2] == "Ines Prado" for key in records(db))
        replaced = stats_quads(db)
    with Store(tmp_path / "fresh") as db:
        ingest_text(db, tmp_path / "a", "harbour.txt", CHANGED)
        ingest_text(db, tmp_path / "a", "fleet.txt", ARTICLE_2, PUBLISHED_2)
        assert stats_quads(db) == replaced


def test_a_record_goes_when_its_last_mention_does(tmp_path: Path) -> None:
    with Store(tmp_path / "store") as db:
        ingest_text(db, tmp_path / "a", "harbour.txt", CHANGED)
        assert any(key[2] == "Ines Prado" for key in records(db))
        ingest_text(db, tmp_path / "a", "harbour.txt", ARTICLE)
        assert not any(key[2] == "Ines Prado" for key in records(db))
        assert not any("Prado" in line for line in stats_quads(db))
        assert_exact(db)


def test_a_batch_of_new_and_replaced_articles_with_counts_held(tmp_path: Path) -> None:
    """New articles whose counts are held, then a batch that replaces one of them and adds another:
    one update counts them all."""
    docs = {name: write(tmp_path / name, text) for name, text in
            (("harbour.txt", ARTICLE), ("fleet.txt", ARTICLE_2), ("third.txt", THIRD))}
    options = IngestOptions(published=dt.date(2025, 3, 5))
    first = [process(read_document(str(docs[n])), options) for n in ("harbour.txt", "fleet.txt")]
    with Store(tmp_path / "store") as db:
        db.write([ArticleWrite(p.graph, p.nquads, counts=p.counts) for p in first])
        assert db._pending_graphs  # held, not written yet
        write(docs["harbour.txt"], CHANGED)
        again = [process(read_document(str(docs[n])), options) for n in ("harbour.txt", "third.txt")]
        db.write([ArticleWrite(again[0].graph, again[0].nquads, True, again[0].counts),
                  ArticleWrite(again[1].graph, again[1].nquads, counts=again[1].counts)])
        assert not db._pending_graphs
        assert_exact(db)


def test_adding_to_an_article_graph_keeps_the_counts_exact(tmp_path: Path) -> None:
    """Writing to a graph that is there without replacing it adds to it; so do two items for one graph
    in a batch: the counts are those of the merged graph (mentions of the same words count once)."""
    options = IngestOptions(published=dt.date(2025, 3, 5))
    p = process(read_document(str(write(tmp_path / "harbour.txt", ARTICLE))), options)
    with Store(tmp_path / "store") as db:
        db.write([ArticleWrite(p.graph, p.nquads, counts=p.counts), ArticleWrite(p.graph, p.nquads, counts=p.counts)])
        assert_exact(db)
        db.write([ArticleWrite(p.graph, p.nquads, counts=p.counts)])
        assert_exact(db)
        assert records(db) == p.counts


def test_reingesting_the_same_content_changes_nothing(filled_store: Path, filled_files: Path) -> None:
    with Store(filled_store) as db:
        before = sorted(str(q) for q in db.db.quads_for_pattern(None, None, None, None))
        summary = ingest([str(filled_files)], db, IngestOptions())
        assert summary.unchanged == 2 and summary.ingested == 0
        assert sorted(str(q) for q in db.db.quads_for_pattern(None, None, None, None)) == before


def test_uncounted_articles_are_counted(filled_store: Path, tmp_path: Path) -> None:
    """A store whose statistics miss articles (a crash after their bulk load, or a store made before
    kb kept statistics) gets them counted by the next ingest: the same graph as an uninterrupted run."""
    with Store(filled_store) as db:
        expected = stats_quads(db)
        assert_exact(db)
        db.db.remove_graph(STATS)
        assert stats_quads(db) == [] and db.count_uncounted() == 3
        assert stats_quads(db) == expected
        assert db.count_uncounted() == 0
        marker = ox.Quad(STATS, ox.NamedNode(str(KB.countedArticle)), ox.NamedNode(db.graphs()[0]), STATS)
        db.db.update(f"DELETE DATA {{ GRAPH <{stats.STATS_GRAPH}> {{ {marker.triple} }} }}")
        db.db.update(stats.change(db.db, {key: -c for key, c in stats.count(db.db, db.graphs()[:1]).items()}).sparql())
        ingest_text(db, tmp_path / "b", "third.txt", THIRD)
        assert_exact(db)


def test_the_statistics_graph_is_not_an_article(filled_store: Path) -> None:
    with Store(filled_store) as db:
        assert stats.STATS_GRAPH not in db.graphs()
        assert db.db.contains_named_graph(STATS)
        assert all(q.graph_name != STATS for q in db.quads())
        assert sum(1 for _ in db.quads()) + len(stats_quads(db)) == len(db)


def test_counts_below_zero_are_an_error(filled_store: Path) -> None:
    with Store(filled_store) as db:
        key = next(iter(records(db)))
        with pytest.raises(ValueError, match="below zero"):
            stats.change(db.db, {key: stats.Counts(-10_000, -10_000)})
