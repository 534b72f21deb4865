"""The vocabularies kb writes: standard ones where they fit, and the small ``kb:`` namespace.

Each vocabulary is an rdflib :class:`~rdflib.namespace.DefinedNamespace`: a misspelt term
raises at once instead of minting a wrong IRI.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace, PROV, RDF, RDFS, SKOS, XSD

__all__ = ["KB", "OA", "SEM", "SDO", "PROV", "RDF", "RDFS", "SKOS", "XSD", "ID", "PREFIXES"]

#: where kb's own resources (articles, people, claims, events...) live
ID = Namespace("https://w3id.org/kb/id/")


class KB(DefinedNamespace):
    """kb's own terms, for what the standard vocabularies do not say."""

    _NS = Namespace("https://w3id.org/kb/ns#")
    _fail = True

    # classes
    SourceGroup: URIRef  # an unnamed source: "officials", "a senior British official"
    EventType: URIRef  # a SKOS concept of the event type scheme
    # properties
    kind: URIRef  # claim kind: direct, partial, indirect
    cue: URIRef  # the reporting words as written ("said", "made clear")
    speakerMention: URIRef  # the words that name the source at this claim ("he")
    speakerWords: URIRef  # those words as a literal (the oa:exact of the speakerMention's quote selector)
    addressee: URIRef  # to whom or to which outlet a claim was made ("Russian journalists")
    evidence: URIRef  # an oa:Annotation locating a record in the article text
    mention: URIRef  # an oa:Annotation locating an entity mention
    eventType: URIRef  # the kb event type (a skos:Concept)
    status: URIRef  # held, planned, hypothetical
    timeText: URIRef  # the words that gave an event's time ("on Friday")
    timeGranularity: URIRef  # day, month, year
    contentHash: URIRef  # sha256 of the article text
    sourceKey: URIRef  # what identifies the article: its URL, file path or content hash
    nameKey: URIRef  # a lower-cased name or name word of an entity, for lookups ("lavrov")
    start: URIRef  # a claim's first character offset in the article text (all its parts)
    end: URIRef  # a claim's end offset (exclusive) in the article text
    claimCount: URIRef  # the number of claims kb found in an article
    eventCount: URIRef  # the number of events kb found in an article
    # the statistics graph (kb.stats): records derived from the article graphs, one per entity, type
    # and name, kept up to date by every write
    entity: URIRef  # a statistics record's entity
    entityClass: URIRef  # its class (schema:Person, ...), as the entity has it in the articles counted
    entityName: URIRef  # its schema:name in those articles
    mentionCount: URIRef  # the entity's mentions in those articles (xsd:integer)
    articleCount: URIRef  # the number of those articles (xsd:integer)
    countedArticle: URIRef  # the statistics graph counts this article's mentions (a marker)
    extractorVersion: URIRef
    Meeting: URIRef
    Talks: URIRef
    Call: URIRef
    Visit: URIRef
    Summit: URIRef
    PressConference: URIRef
    Statement: URIRef
    Event: URIRef
    eventTypes: URIRef  # the concept scheme of event types


class OA(DefinedNamespace):
    """W3C Web Annotation vocabulary (the terms kb uses)."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasBody: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    motivatedBy: URIRef
    identifying: URIRef
    describing: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef


class SEM(DefinedNamespace):
    """Simple Event Model (the terms kb uses)."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    Event: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTimeStamp: URIRef
    hasSubEvent: URIRef
    eventType: URIRef


SDO = Namespace("https://schema.org/")

PREFIXES = {
    "kb": str(KB._NS),
    "schema": str(SDO),
    "prov": str(PROV),
    "oa": str(OA._NS),
    "sem": str(SEM._NS),
    "xsd": str(XSD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "id": str(ID),
}
