"""Entity statistics: how often, and in how many articles, each entity is mentioned.

The ``entities`` ranking and the ``entity`` lookup would otherwise count every mention in the
store (15 s for the ranking at 22,250 articles). The store keeps the counts in one named graph,
:data:`STATS_GRAPH`, updated with every write:

- one record per entity, type and name (``id:stats/<hash>``), the groups of the aggregate query
  the counts replace (:data:`COUNT_QUERY`): ``kb:entity``, ``kb:entityClass``, ``kb:entityName``,
  and ``kb:mentionCount`` (the entity's mentions over every article in which it has that type and
  name) and ``kb:articleCount`` (those articles);
- one marker per article whose mentions the records include (``<stats> kb:countedArticle
  <article>``), written in the same update as its counts.

New articles are bulk-loaded first and counted in a second transaction; a crash in between leaves
articles without a marker, which :meth:`kb.store.Store.count_uncounted` counts later. Replacing an
article subtracts the old graph's counts (if it was counted) and adds the new one's in the same
update that replaces the graph. The counts are a function of the article graphs alone, so a store
holding the same articles holds the same records, however it got there.

Counts are keyed by the entity IRI, the class IRI and the name's text (kb writes names as plain
strings). Workers count an article's graph as they build it (:func:`graph_counts`); the store
counts stored graphs with :data:`COUNT_QUERY` (:func:`count`); both give the same numbers.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from kb.vocab import ID, KB, SDO

STATS_GRAPH = str(ID["graph/stats"])
RECORD_PREFIX = str(ID["stats/"])
ENTITY_CLASSES = frozenset(str(c) for c in (SDO.Person, SDO.Organization, SDO.Country, SDO.City, SDO.Place,
                                            KB.SourceGroup))
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
# the terms of the records, in N-Triples
_ENTITY, _CLASS, _NAME = f"<{KB.entity}>", f"<{KB.entityClass}>", f"<{KB.entityName}>"
_MENTIONS, _ARTICLES, _COUNTED = f"<{KB.mentionCount}>", f"<{KB.articleCount}>", f"<{KB.countedArticle}>"
_GRAPH_NODE, _COUNTED_NODE = ox.NamedNode(STATS_GRAPH), ox.NamedNode(str(KB.countedArticle))

# the aggregate the records hold, over the article graphs named in VALUES
COUNT_QUERY = """PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX kb: <https://w3id.org/kb/ns#>
SELECT ?entity ?class ?name (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?g) AS ?articles)
WHERE {
  VALUES ?g { %s }
  GRAPH ?g {
    ?entity kb:mention ?a ; schema:name ?name ; a ?class .
    ?a oa:hasTarget ?m .
    FILTER(?class IN (%s))
  }
}
GROUP BY ?entity ?class ?name"""
_CLASS_LIST = ", ".join(f"<{c}>" for c in sorted(ENTITY_CLASSES))

Key = tuple[str, str, str]  # entity IRI, class IRI, name


@dataclass(frozen=True, slots=True)
class Counts:
    """Mentions and articles of one entity under one type and name."""

    mentions: int = 0
    articles: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.mentions + other.mentions, self.articles + other.articles)

    def __neg__(self) -> "Counts":
        return Counts(-self.mentions, -self.articles)

    def __bool__(self) -> bool:
        return bool(self.mentions or self.articles)


# -- counting ----------------------------------------------------------------------------------
def graph_counts(g: "Graph") -> dict[Key, Counts]:  # noqa: F821 - an rdflib Graph
    """The counts of one article's graph (as built, before it is stored)."""
    from rdflib import RDF

    from kb.vocab import OA

    has_target, rdf_type, schema_name = OA.hasTarget, RDF.type, SDO.name
    targets: dict[object, set[object]] = {}
    for entity, annotation in g.subject_objects(KB.mention):
        targets.setdefault(entity, set()).update(g.objects(annotation, has_target))
    out: dict[Key, Counts] = {}
    for entity, mentions in targets.items():
        if not mentions:
            continue
        classes = [str(c) for c in g.objects(entity, rdf_type) if str(c) in ENTITY_CLASSES]
        for name in g.objects(entity, schema_name):
            for cls in classes:
                out[(str(entity), cls, str(name))] = Counts(len(mentions), 1)
    return out


def count(db: ox.Store, graphs: Iterable[str]) -> dict[Key, Counts]:
    """The counts over the article ``graphs`` of ``db`` (the store, or a batch in memory)."""
    values = " ".join(f"<{g}>" for g in graphs)
    if not values:
        return {}
    text = COUNT_QUERY % (values, _CLASS_LIST)
    return {(s["entity"].value, s["class"].value, s["name"].value):
            Counts(int(s["mentions"].value), int(s["articles"].value)) for s in db.query(text)}


def total(parts: Iterable[Mapping[Key, Counts]]) -> dict[Key, Counts]:
    """The sum of several articles' counts."""
    out: dict[Key, Counts] = {}
    for part in parts:
        add(out, part)
    return out


def add(into: dict[Key, Counts], counts: Mapping[Key, Counts]) -> None:
    """Add ``counts`` to ``into``."""
    for key, c in counts.items():
        old = into.get(key)
        into[key] = c if old is None else old + c


def combine(plus: Mapping[Key, Counts], minus: Mapping[Key, Counts]) -> dict[Key, Counts]:
    """``plus`` minus ``minus``, without the keys whose counts do not change."""
    delta = total([plus, {key: -c for key, c in minus.items()}])
    return {key: c for key, c in delta.items() if c}


# -- the statistics graph ------------------------------------------------------------------------
def record(key: Key) -> str:
    """The IRI of the record of an entity under one type and name."""
    from kb.rdf import digest

    return RECORD_PREFIX + digest(*key)


def counted(db: ox.Store) -> set[str]:
    """The articles whose mentions the statistics include."""
    return {q.object.value for q in db.quads_for_pattern(_GRAPH_NODE, _COUNTED_NODE, None, _GRAPH_NODE)}


def is_counted(db: ox.Store, article: str) -> bool:
    """Whether the statistics include the mentions of ``article``."""
    marker = db.quads_for_pattern(_GRAPH_NODE, _COUNTED_NODE, ox.NamedNode(article), _GRAPH_NODE)
    return any(True for _ in marker)


def _stored(db: ox.Store, records: Iterable[str]) -> dict[str, Counts]:
    """The counts the records among ``records`` that exist hold in ``db``, by record IRI."""
    values = " ".join(f"<{r}>" for r in records)
    if not values:
        return {}
    text = (f"SELECT ?r ?m ?a WHERE {{ VALUES ?r {{ {values} }} GRAPH <{STATS_GRAPH}> "
            f"{{ ?r {_MENTIONS} ?m ; {_ARTICLES} ?a }} }}")
    return {s["r"].value: Counts(int(s["m"].value), int(s["a"].value)) for s in db.query(text)}


def _record_lines(rec: str, key: Key, c: Counts) -> list[str]:
    from kb.remote import literal

    entity, cls, name = key
    return [f"<{rec}> {_ENTITY} <{entity}> .", f"<{rec}> {_CLASS} <{cls}> .", f"<{rec}> {_NAME} {literal(name)} .",
            *_count_lines(rec, c)]


def _count_lines(rec: str, c: Counts) -> list[str]:
    return [f'<{rec}> {_MENTIONS} "{c.mentions}"^^<{_XSD_INTEGER}> .',
            f'<{rec}> {_ARTICLES} "{c.articles}"^^<{_XSD_INTEGER}> .']


@dataclass(frozen=True, slots=True)
class Change:
    """Triples to delete from and to insert into the statistics graph (N-Triples lines)."""

    deleted: list[str]
    inserted: list[str]

    def __len__(self) -> int:
        return len(self.deleted) + len(self.inserted)

    def sparql(self) -> str:
        """The change as a SPARQL update (operations joined by ``;``; "" if there is nothing to do)."""
        return " ;\n".join(f"{op} {{ GRAPH <{STATS_GRAPH}> {{\n" + "\n".join(lines) + "\n} }"
                            for op, lines in (("DELETE DATA", self.deleted), ("INSERT DATA", self.inserted))
                            if lines)

    def nquads(self) -> bytes:
        """The inserted triples as N-Quads (for a change that deletes nothing)."""
        return "".join(f"{line[:-1]}<{STATS_GRAPH}> .\n" for line in self.inserted).encode()


def change(db: ox.Store, delta: Mapping[Key, Counts], mark: Iterable[str] = ()) -> Change:
    """What adds ``delta`` to the records in ``db`` and marks the articles ``mark`` as counted."""
    records = {key: record(key) for key in delta}
    stored = _stored(db, records.values())
    deleted: list[str] = []
    inserted: list[str] = []
    for key, c in delta.items():
        rec = records[key]
        old = stored.get(rec)
        new = (old or Counts()) + c
        if new.mentions < 0 or new.articles < 0:
            raise ValueError(f"the entity statistics of {key[0]} would fall below zero: they do not match the "
                             f"articles stored")
        if old is None:
            inserted += _record_lines(rec, key, new)
        elif not new:
            deleted += _record_lines(rec, key, old)
        else:
            deleted += _count_lines(rec, old)
            inserted += _count_lines(rec, new)
    inserted += [f"<{STATS_GRAPH}> {_COUNTED} <{g}> ." for g in mark]
    return Change(deleted, inserted)


__all__ = ["STATS_GRAPH", "ENTITY_CLASSES", "COUNT_QUERY", "Counts", "Key", "Change", "graph_counts", "count",
           "total", "add", "combine", "record", "counted", "is_counted", "change"]
