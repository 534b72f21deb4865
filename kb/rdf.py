"""From typed records to one rdflib Graph per article.

IRIs are deterministic: a hash of normalised keys, never a blank node.  The same person
(same kind and normalised name) gets the same IRI in every article; an article's claims,
mentions and evidence get IRIs from the article's key and their offsets, so ingesting the
same article again yields exactly the same triples.  The model is documented in the README.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kb import __version__
from kb.extract.records import Claim, Entity, Event, Extraction, Span
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


class _Builder:
    def __init__(self, info: ArticleInfo, x: Extraction) -> None:
        self.info = info
        self.x = x
        self.text = x.text
        self.article = info.iri
        self.g = Graph()
        for p, ns in PREFIXES.items():
            self.g.bind(p, ns)
        self.add = self.g.add
        self.keys = {e.key: e for e in x.entities}
        self.used_entities: set[str] = set()
        self.mention_iris: dict[tuple[int, int], URIRef] = {}

    # evidence -----------------------------------------------------------------------
    def annotation(self, node: URIRef, body: URIRef, span: Span, motivation: URIRef) -> URIRef:
        """An oa:Annotation whose body is ``body`` and whose target is ``span`` of the article."""
        target = URIRef(f"{node}#target")
        pos = URIRef(f"{node}#position")
        quote = URIRef(f"{node}#quote")
        add = self.add
        add((node, RDF.type, OA.Annotation))
        add((node, OA.motivatedBy, motivation))
        add((node, OA.hasBody, body))
        add((node, OA.hasTarget, target))
        add((target, RDF.type, OA.SpecificResource))
        add((target, OA.hasSource, self.article))
        add((target, OA.hasSelector, pos))
        add((target, OA.hasSelector, quote))
        add((pos, RDF.type, OA.TextPositionSelector))
        # xsd:integer, not xsd:nonNegativeInteger: the store keeps only xsd:integer, and the graph
        # validated must be the graph stored (the shapes require start >= 0)
        add((pos, OA.start, Literal(span.start, datatype=XSD.integer)))
        add((pos, OA.end, Literal(span.end, datatype=XSD.integer)))
        add((quote, RDF.type, OA.TextQuoteSelector))
        add((quote, OA.exact, Literal(span.text)))
        add((quote, OA.prefix, Literal(self.text[max(0, span.start - CONTEXT):span.start])))
        add((quote, OA.suffix, Literal(self.text[span.end:span.end + CONTEXT])))
        return node

    def mention(self, entity_key: str, span: Span) -> URIRef:
        """The annotation for words naming an entity (one per span)."""
        found = self.mention_iris.get((span.start, span.end))
        if found is not None:
            return found
        node = iri("mention", self.info.source_key, span.start, span.end)
        ent = self.entity(entity_key)
        self.annotation(node, ent, span, OA.identifying)
        self.add((ent, KB.mention, node))
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
        if c.cue is not None:
            add((node, KB.cue, Literal(c.cue.text)))
        if c.addressee is not None:
            add((node, KB.addressee, Literal(c.addressee.text)))
        if c.speaker_mention is not None:
            add((node, KB.speakerMention, self.mention(c.speaker, c.speaker_mention)))
        for i, part in enumerate(c.parts or (c.content,)):
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
        return self.g


def event_iri(source_key: str, e: Event) -> URIRef:
    """Events with a known date share an IRI across articles: same type family, participants, date, place."""
    if e.time is not None and e.time.value:
        return iri("event", "|".join(sorted(e.participants)), e.time.value, e.place or "")
    return iri("event", source_key, e.trigger.start, e.trigger.end)


def article_graph(info: ArticleInfo, extraction: Extraction) -> Graph:
    """The RDF graph of one article: the article, its entities and their mentions, claims and events."""
    return _Builder(info, extraction).build()
