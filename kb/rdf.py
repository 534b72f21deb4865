"""From typed records to one rdflib Graph per article.

IRIs are deterministic: a hash of normalised keys, never a blank node.  The same person
(same kind and normalised name) gets the same IRI in every article; an article's claims,
mentions and evidence get IRIs from the article's key and their offsets, so ingesting the
same article again yields exactly the same triples.  The model is documented in the README.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD
from rdflib.plugins.stores.memory import Memory

from kb import __version__
from kb.extract.records import Claim, Event, Extraction, Span
from kb.vocab import ID, KB, OA, PREFIXES, SDO, SEM

# how an event type maps to the CAMEO 04x "consult" codes (GDELT, POLECAT) and schema.org
EVENT_TYPES: dict[str, tuple[str, str]] = {
    # type: (CAMEO code, description)
    "Meeting": ("040", "a meeting or talks between the participants (CAMEO 040 consult / 044 meet)"),
    "Talks": ("046", "talks or negotiations (CAMEO 046 engage in negotiation)"),
    "Call": ("041", "a telephone call or conversation at a distance (CAMEO 041 discuss by telephone)"),
    "Visit": ("042", "a visit or tour (CAMEO 042 make a visit / 043 host a visit)"),
    "Summit": ("044", "a summit, conference or forum (CAMEO 044 meet at a third location)"),
    "PressConference": ("010", "a press conference (CAMEO 010 make public statement)"),
    "Statement": ("010", "a joint statement or communique (CAMEO 010 make public statement)"),
}
ENTITY_CLASSES = {
    "Person": [SDO.Person],
    "Organization": [SDO.Organization],
    "Country": [SDO.Country],
    "City": [SDO.City],
    "Place": [SDO.Place],
    "Group": [KB.SourceGroup],
    "Event": [SDO.Event],
}
CONTEXT = 32  # characters of prefix and suffix in a TextQuoteSelector
_DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def digest(*keys: object) -> str:
    """A short, stable hash of normalised keys."""
    h = hashlib.sha256("\x1f".join(str(k) for k in keys).encode("utf-8"))
    return h.hexdigest()[:20]


def iri(kind: str, *keys: object) -> URIRef:
    return ID[f"{kind}/{digest(*keys)}"]


def entity_iri(key: str) -> URIRef:
    kind = key.split(":", 1)[0].lower()
    return iri(kind, key)


def article_iri(source_key: str) -> URIRef:
    return iri("article", source_key)


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What is known about an article besides its text."""

    source_key: str  # URL, file URI, or "sha256:..." for standard input
    content_hash: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    author: str | None = None

    @property
    def iri(self) -> URIRef:
        return article_iri(self.source_key)


class ArticleStore(Memory):
    """The triples of one article's graph, indexed for the lookups SHACL validation makes.

    rdflib's general ``Memory`` store keeps every triple's contexts and dispatches an event per
    added triple; an article graph is one context, built once, then read by pySHACL tens of
    thousands of times (by subject and predicate, by predicate and object). This store keeps two
    insertion-ordered indexes (subject → predicate → objects, predicate → object → subjects), so
    adding and looking up are a few dict operations, and the graph's N-Quads come out in a
    deterministic order (:func:`nquads`). Namespace bindings are the ``Memory`` store's own.
    """

    def __init__(self, configuration: str | None = None, identifier: object = None) -> None:
        super().__init__(configuration, identifier)
        self.spo: dict = {}
        self.pos: dict = {}
        self._n = 0
        self._ctx: tuple = ()

    def add_triple(self, triple: tuple) -> None:
        s, p, o = triple
        ps = self.spo.get(s)
        if ps is None:
            ps = self.spo[s] = {}
        objs = ps.get(p)
        if objs is None:
            objs = ps[p] = {}
        elif o in objs:
            return
        objs[o] = None
        os_ = self.pos.get(p)
        if os_ is None:
            os_ = self.pos[p] = {}
        subjects = os_.get(o)
        if subjects is None:
            subjects = os_[o] = {}
        subjects[s] = None
        self._n += 1

    def add(self, triple, context, quoted=False):  # noqa: ANN001, ANN201 - rdflib's Store API
        if context is not None and not self._ctx:
            self._ctx = (context,)
        self.add_triple(triple)

    def addN(self, quads):  # noqa: ANN001, ANN201, N802
        for s, p, o, c in quads:
            self.add((s, p, o), c)

    def remove(self, triple, context=None):  # noqa: ANN001, ANN201
        for (s, p, o), _ in list(self.triples(triple, context)):
            ps = self.spo[s]
            del ps[p][o]
            if not ps[p]:
                del ps[p]
                if not ps:
                    del self.spo[s]
            os_ = self.pos[p]
            del os_[o][s]
            if not os_[o]:
                del os_[o]
                if not os_:
                    del self.pos[p]
            self._n -= 1

    def triples(self, triple, context=None):  # noqa: ANN001, ANN201, C901 - one branch per pattern
        s, p, o = triple
        ctx = self._ctx
        if s is not None:
            ps = self.spo.get(s)
            if not ps:
                return
            if p is not None:
                objs = ps.get(p)
                if not objs:
                    return
                if o is not None:
                    if o in objs:
                        yield (s, p, o), ctx
                    return
                for obj in tuple(objs):
                    yield (s, p, obj), ctx
                return
            for pred, objs in tuple(ps.items()):
                if o is not None:
                    if o in objs:
                        yield (s, pred, o), ctx
                else:
                    for obj in tuple(objs):
                        yield (s, pred, obj), ctx
            return
        if p is not None:
            os_ = self.pos.get(p)
            if not os_:
                return
            if o is not None:
                for subj in tuple(os_.get(o, ())):
                    yield (subj, p, o), ctx
                return
            for obj, subjects in tuple(os_.items()):
                for subj in tuple(subjects):
                    yield (subj, p, obj), ctx
            return
        for subj, ps in tuple(self.spo.items()):
            for pred, objs in tuple(ps.items()):
                if o is not None:
                    if o in objs:
                        yield (subj, pred, o), ctx
                else:
                    for obj in tuple(objs):
                        yield (subj, pred, obj), ctx

    def __len__(self, context=None) -> int:  # noqa: ANN001
        return self._n

    def contexts(self, triple=None):  # noqa: ANN001, ANN201
        return iter(self._ctx)


def new_graph() -> Graph:
    """An empty article graph (on an :class:`ArticleStore`) with kb's prefixes bound."""
    g = Graph(store=ArticleStore())
    for p, ns in PREFIXES.items():
        g.bind(p, ns)
    return g


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt_literal(lit: Literal) -> str:
    value = str(lit).translate(_ESCAPES)
    if lit.language:
        return f'"{value}"@{lit.language}'
    if lit.datatype is not None:
        return f'"{value}"^^<{lit.datatype}>'
    return f'"{value}"'


def nquads(g: Graph, graph_name: str) -> bytes:
    """``g``'s triples as N-Quads in the named graph ``graph_name`` (UTF-8, one quad a line).

    On an :class:`ArticleStore` the lines are written straight from its index, in insertion
    order; any other graph goes through rdflib's N-Triples serialiser.
    """
    import rdflib.plugins.serializers.nt  # noqa: F401 - registers the "_rdflib_nt_escape" codec error handler

    store = g.store
    if not isinstance(store, ArticleStore):
        nt = g.serialize(format="nt", encoding="utf-8")
        suffix = f" <{graph_name}> .\n".encode()
        return b"".join(line[:-2] + suffix for line in nt.splitlines(keepends=True) if line.endswith(b" .\n"))
    tail = f" <{graph_name}> .\n"
    iris: dict[URIRef, str] = {}
    out: list[str] = []
    append = out.append
    for s, ps in store.spo.items():
        sn = iris.get(s)
        if sn is None:
            sn = iris[s] = s.n3()
        for p, objs in ps.items():
            pn = iris.get(p)
            if pn is None:
                pn = iris[p] = p.n3()
            head = f"{sn} {pn} "
            for o in objs:
                if type(o) is URIRef:
                    on = iris.get(o)
                    if on is None:
                        on = iris[o] = o.n3()
                else:
                    on = _nt_literal(o)
                append(head + on + tail)
    return "".join(out).encode("utf-8", "_rdflib_nt_escape")


# the evidence terms, looked up once (a DefinedNamespace attribute is a function call)
_TYPE, _ANNOTATION, _SPECIFIC_RESOURCE = RDF.type, OA.Annotation, OA.SpecificResource
_POSITION_SELECTOR, _QUOTE_SELECTOR = OA.TextPositionSelector, OA.TextQuoteSelector
_HAS_SOURCE, _HAS_SELECTOR, _HAS_BODY, _HAS_TARGET, _MOTIVATED_BY = (
    OA.hasSource, OA.hasSelector, OA.hasBody, OA.hasTarget, OA.motivatedBy)
_START, _END, _EXACT, _PREFIX, _SUFFIX = OA.start, OA.end, OA.exact, OA.prefix, OA.suffix


_KEY_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


def name_keys(names: Iterable[str]) -> list[str]:
    """The lookup keys of an entity's names: each name and each of its words, lower-cased
    ("Sergey Lavrov" -> "sergey lavrov", "sergey", "lavrov"). Saved queries find entities by
    these (``kb:nameKey``), an index lookup instead of a scan over every name in the store."""
    keys: dict[str, None] = {}
    for name in names:
        low = " ".join(name.lower().split())
        if low:
            keys[low] = None
        for w in _KEY_WORD.findall(low):
            keys[w] = None
    return list(keys)


@lru_cache(maxsize=1 << 16)
def _integer(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


class _Builder:
    def __init__(self, info: ArticleInfo, x: Extraction) -> None:
        self.info = info
        self.x = x
        self.text = x.text
        self.article = info.iri
        self.g = new_graph()
        self.add = self.g.store.add_triple
        self.keys = {e.key: e for e in x.entities}
        self.used_entities: set[str] = set()
        self.mention_iris: dict[tuple[int, int], URIRef] = {}
        self.mention_annotations: dict[str, URIRef] = {}

    # evidence -----------------------------------------------------------------------
    def target(self, node: URIRef, span: Span, base: URIRef) -> URIRef:
        """``node`` as an oa:SpecificResource: ``span`` of the article, by position and by quote
        (the selectors are ``base#position`` and ``base#quote``)."""
        pos = URIRef(f"{base}#position")
        quote = URIRef(f"{base}#quote")
        add, text, start, end = self.add, self.text, span.start, span.end
        add((node, _TYPE, _SPECIFIC_RESOURCE))
        add((node, _HAS_SOURCE, self.article))
        add((node, _HAS_SELECTOR, pos))
        add((node, _HAS_SELECTOR, quote))
        add((pos, _TYPE, _POSITION_SELECTOR))
        # xsd:integer, not xsd:nonNegativeInteger: the store keeps only xsd:integer, and the graph
        # validated must be the graph stored (the shapes require start >= 0)
        add((pos, _START, _integer(start)))
        add((pos, _END, _integer(end)))
        add((quote, _TYPE, _QUOTE_SELECTOR))
        add((quote, _EXACT, Literal(span.text)))
        add((quote, _PREFIX, Literal(text[max(0, start - CONTEXT):start])))
        add((quote, _SUFFIX, Literal(text[end:end + CONTEXT])))
        return node

    def annotation(self, node: URIRef, body: URIRef, span: Span, motivation: URIRef) -> URIRef:
        """An oa:Annotation whose body is ``body`` and whose one target is ``span`` of the article."""
        add = self.add
        add((node, _TYPE, _ANNOTATION))
        add((node, _MOTIVATED_BY, motivation))
        add((node, _HAS_BODY, body))
        add((node, _HAS_TARGET, self.target(URIRef(f"{node}#target"), span, node)))
        return node

    def mention(self, entity_key: str, span: Span) -> URIRef:
        """The oa:SpecificResource for words naming an entity (one per span).

        An entity's mentions in an article are the targets of one oa:Annotation (body: the
        entity, motivation: oa:identifying), linked from the entity by kb:mention.
        """
        found = self.mention_iris.get((span.start, span.end))
        if found is not None:
            return found
        ann = self.mention_annotations.get(entity_key)
        if ann is None:
            ent = self.entity(entity_key)
            ann = iri("mentions", self.info.source_key, entity_key)
            add = self.add
            add((ann, RDF.type, OA.Annotation))
            add((ann, OA.motivatedBy, OA.identifying))
            add((ann, OA.hasBody, ent))
            add((ent, KB.mention, ann))
            self.mention_annotations[entity_key] = ann
        node = iri("mention", self.info.source_key, span.start, span.end)
        self.target(node, span, node)
        self.add((ann, OA.hasTarget, node))
        self.mention_iris[(span.start, span.end)] = node
        return node

    # records ------------------------------------------------------------------------
    def entity(self, key: str) -> URIRef:
        node = entity_iri(key)
        if key in self.used_entities:
            return node
        self.used_entities.add(key)
        e = self.keys.get(key)
        kind = e.kind if e else key.split(":", 1)[0]
        for cls in ENTITY_CLASSES.get(kind, [SDO.Thing]):
            self.add((node, RDF.type, cls))
        if kind == "Group":
            self.add((node, RDF.type, PROV.Agent))
        name = e.name if e else key.split(":", 1)[1]
        self.add((node, SDO.name, Literal(name)))
        for k in name_keys([name, *(e.aliases if e else ())]):
            self.add((node, KB.nameKey, Literal(k)))
        if e:
            for alias in e.aliases:
                if alias != e.name:
                    self.add((node, SDO.alternateName, Literal(alias)))
            for title in e.titles:
                self.add((node, SDO.jobTitle, Literal(title)))
            if e.affiliation:
                self.add((node, SDO.affiliation, self.entity(e.affiliation)))
        return node

    def article_node(self) -> None:
        info, a, add = self.info, self.article, self.add
        add((a, RDF.type, SDO.NewsArticle))
        add((a, KB.sourceKey, Literal(info.source_key)))
        add((a, KB.contentHash, Literal(info.content_hash)))
        add((a, SDO.articleBody, Literal(self.text)))
        headline = info.title or (self.x.headline.text if self.x.headline else None)
        if headline:
            add((a, SDO.headline, Literal(" ".join(headline.split()))))
        if info.published:
            add((a, SDO.datePublished, Literal(info.published.isoformat(), datatype=XSD.date)))
        if info.url:
            add((a, SDO.url, Literal(info.url, datatype=XSD.anyURI)))
        if info.publisher:
            pub = iri("organization", f"Organization:{info.publisher.lower()}")
            add((pub, RDF.type, SDO.Organization))
            add((pub, SDO.name, Literal(info.publisher)))
            add((a, SDO.publisher, pub))
        if info.author:
            add((a, SDO.author, Literal(info.author)))
        run = ID[f"activity/kb-extract-{__version__}"]
        add((run, RDF.type, PROV.Activity))
        add((run, RDFS.label, Literal(f"kb {__version__} extraction")))
        add((a, PROV.wasGeneratedBy, run))

    def claim(self, c: Claim) -> None:
        if c.speaker is None:
            return
        node = iri("claim", self.info.source_key, c.kind, *((p.start, p.end) for p in (c.parts or (c.content,))))
        add = self.add
        add((node, RDF.type, SDO.Claim))
        if c.kind in ("direct", "partial"):
            add((node, RDF.type, SDO.Quotation))
        add((node, KB.kind, Literal(c.kind)))
        add((node, SDO.text, Literal(c.text)))
        speaker = self.entity(c.speaker)
        add((node, SDO.creator, speaker))
        add((node, PROV.wasAttributedTo, speaker))
        add((node, SDO.isPartOf, self.article))
        add((node, PROV.wasDerivedFrom, self.article))
        parts = c.parts or (c.content,)
        add((node, KB.start, _integer(parts[0].start)))
        add((node, KB.end, _integer(parts[-1].end)))
        if c.cue is not None:
            add((node, KB.cue, Literal(c.cue.text)))
        if c.addressee is not None:
            add((node, KB.addressee, Literal(c.addressee.text)))
        if c.speaker_mention is not None:
            add((node, KB.speakerMention, self.mention(c.speaker, c.speaker_mention)))
            add((node, KB.speakerWords, Literal(c.speaker_mention.text)))
        for i, part in enumerate(parts):
            ev = self.annotation(URIRef(f"{node}/evidence/{i}"), node, part, OA.describing)
            add((node, KB.evidence, ev))

    def event(self, e: Event, nodes: list[URIRef | None]) -> URIRef | None:
        if not e.participants:
            return None
        node = event_iri(self.info.source_key, e)
        add = self.add
        add((node, RDF.type, SEM.Event))
        add((node, RDF.type, SDO.Event))
        etype = KB[e.type] if e.type in EVENT_TYPES else KB.Event
        add((node, KB.eventType, etype))
        add((node, SEM.eventType, etype))
        add((etype, RDF.type, SKOS.Concept))
        add((etype, SKOS.prefLabel, Literal(e.type)))
        add((etype, SKOS.inScheme, KB.eventTypes))
        if e.type in EVENT_TYPES:
            add((etype, SKOS.notation, Literal(EVENT_TYPES[e.type][0])))
            add((etype, SKOS.definition, Literal(EVENT_TYPES[e.type][1])))
        add((node, KB.status, Literal(e.status)))
        if e.status == "planned":
            add((node, SDO.eventStatus, SDO.EventScheduled))
        if e.name:
            add((node, SDO.name, Literal(e.name)))
        for p in e.participants:
            pn = self.entity(p)
            add((node, SEM.hasActor, pn))
            add((node, SDO.attendee, pn))
        if e.place:
            place = self.entity(e.place)
            add((node, SEM.hasPlace, place))
            add((node, SDO.location, place))
        if e.time is not None:
            add((node, KB.timeText, Literal(e.time.words.text)))
            if e.time.value and e.time.granularity:
                lit = Literal(e.time.value, datatype=_DATATYPES[e.time.granularity])
                add((node, SEM.hasTimeStamp, lit))
                add((node, SDO.startDate, lit))
                add((node, KB.timeGranularity, Literal(e.time.granularity)))
        add((node, PROV.wasDerivedFrom, self.article))
        for span in e.evidence or (e.trigger,):
            ev = self.annotation(iri("evidence", self.info.source_key, node, span.start, span.end), node, span,
                                 OA.describing)
            add((node, KB.evidence, ev))
        if e.part_of is not None and 0 <= e.part_of < len(nodes) and nodes[e.part_of] is not None:
            parent = nodes[e.part_of]
            add((node, SDO.superEvent, parent))
            add((parent, SEM.hasSubEvent, node))
        return node

    def build(self) -> Graph:
        self.article_node()
        for e in self.x.entities:
            if e.kind == "Event":
                continue  # named events are written when an extracted event refers to them
            for m in e.mentions:
                self.mention(e.key, m.span)
        for c in self.x.claims:
            self.claim(c)
        nodes: list[URIRef | None] = []
        for ev in self.x.events:
            nodes.append(self.event(ev, nodes))
        self.add((self.article, KB.claimCount, _integer(sum(1 for c in self.x.claims if c.speaker is not None))))
        self.add((self.article, KB.eventCount, _integer(sum(1 for n in nodes if n is not None))))
        return self.g


def event_iri(source_key: str, e: Event) -> URIRef:
    """Events with a known date share an IRI across articles: same type family, participants, date, place."""
    if e.time is not None and e.time.value:
        return iri("event", "|".join(sorted(e.participants)), e.time.value, e.place or "")
    return iri("event", source_key, e.trigger.start, e.trigger.end)


def article_graph(info: ArticleInfo, extraction: Extraction) -> Graph:
    """The RDF graph of one article: the article, its entities and their mentions, claims and events."""
    return _Builder(info, extraction).build()
