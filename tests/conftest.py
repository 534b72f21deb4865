"""Shared fixtures for the tests of everything outside extraction.

The articles are small and made up for these tests. Stores live under pytest's tmp_path; the
filled store is built once per session (ingesting costs the lexicon and the shapes once) and
copied for every test that uses it, so tests may change their copy freely.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

# Two direct quotes with named speakers, a reported-speech sentence, and a meeting between two
# named people on a weekday (Tuesday 4 March 2025; the article is published the day after).
ARTICLE = """Harbour talks resume in Valmora

Port commissioner Elena Marsh met Fisheries Minister Tomas Reyes in Lisbon on Tuesday to discuss the dispute over the northern quays.

"We will not accept a closure of the harbour before the summer," Marsh told reporters after the meeting.

Reyes said the ministry would publish a new plan within two weeks.

"Nobody wants a strike, but the fleet needs certainty," Reyes said.
"""
PUBLISHED = "2025-03-05"
MEETING_DATE = "2025-03-04"

# A second article naming one of the same people, for identity across articles.
ARTICLE_2 = """Valmora fleet returns to port

"The northern quays will stay open until the autumn," Elena Marsh said on Thursday.

Fishermen in Valmora welcomed the decision.
"""
PUBLISHED_2 = "2025-03-07"

# A third text whose records are written by hand (no extraction), so that the queries on events
# do not depend on what the event extractor finds.
SYNTHETIC = """Quay dispute settled

Elena Marsh and Tomas Reyes signed the harbour agreement in Lisbon on 4 March 2025.

"This is a fair deal for the fleet," Tomas Reyes said.
"""
SYNTHETIC_KEY = "https://example.org/news/quay-dispute-settled"

# the value of every parameter a saved query may take, to run them all on the fixture store
QUERY_PARAMS = {"speaker": "marsh", "person": "marsh", "other": "reyes", "entity": "marsh", "name": "marsh"}


def synthetic_extraction(text: str = SYNTHETIC, *, date: str = MEETING_DATE, granularity: str = "day"):
    """Records for :data:`SYNTHETIC` written by hand: two people, a city, a quote, a meeting."""
    from kb.extract.records import Claim, Entity, Event, Extraction, Mention, Span, TimeValue

    def span(words: str, after: int = 0) -> Span:
        start = text.index(words, after)
        return Span.of(text, start, start + len(words))

    marsh, reyes, lisbon = "Person:elena marsh", "Person:tomas reyes", "City:lisbon"
    quote = span("This is a fair deal for the fleet,")
    reyes_said = span("Tomas Reyes", quote.end)
    entities = (
        Entity(marsh, "Person", "Elena Marsh", (Mention(span("Elena Marsh"), marsh),)),
        Entity(reyes, "Person", "Tomas Reyes",
               (Mention(span("Tomas Reyes"), reyes), Mention(reyes_said, reyes))),
        Entity(lisbon, "City", "Lisbon", (Mention(span("Lisbon"), lisbon),)),
    )
    sentence = span('"This is a fair deal for the fleet," Tomas Reyes said.')
    claim = Claim("direct", quote, reyes, reyes_said, span("said", reyes_said.end), sentence)
    trigger = span("signed")
    event = Event("Meeting", "held", (marsh, reyes), trigger, (span("Elena Marsh and Tomas Reyes signed"),),
                  time=TimeValue(span("4 March 2025"), date, granularity), place=lisbon)
    return Extraction(text=text, body=(), sentences=(sentence,), entities=entities, claims=(claim,),
                      events=(event,))


def synthetic_info(text: str = SYNTHETIC):
    import hashlib

    from kb.rdf import ArticleInfo

    return ArticleInfo(source_key=SYNTHETIC_KEY, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                       title="Quay dispute settled", url=SYNTHETIC_KEY, published=dt.date(2025, 3, 6),
                       publisher="Tidewater News")


def write_synthetic(store) -> str:  # noqa: ANN001 - kb.store.Store
    """Validate the hand-made graph and write it to ``store``; returns its graph IRI."""
    from kb.rdf import article_graph
    from kb.shacl import check_graph
    from kb.store import ArticleWrite

    info = synthetic_info()
    g = article_graph(info, synthetic_extraction())
    check_graph(g, "the synthetic article")
    nt = g.serialize(format="nt", encoding="utf-8")
    graph = str(info.iri)
    nquads = b"".join(line[:-2] + f"<{graph}> .\n".encode() for line in nt.splitlines(keepends=True)
                      if line.endswith(b" .\n"))
    store.write([ArticleWrite(graph, nquads)])
    return graph


def dump(path: Path | str) -> list[str]:
    """The store's quads as sorted N-Quads lines ([] when there is no store yet)."""
    from kb.export import export
    from kb.store import Store

    if not Path(path).exists():
        return []
    with Store(path, wait=5) as db:
        data = export(db, "nquads") or b""
    return sorted(data.decode("utf-8").splitlines())


def graphs(path: Path | str) -> list[str]:
    from kb.store import Store

    with Store(path, wait=5) as db:
        return db.graphs()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    return write(tmp_path / "articles" / "harbour.txt", ARTICLE)


@pytest.fixture
def store_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty store location, selected through KB_STORE (the folder does not exist yet)."""
    path = tmp_path / "store"
    monkeypatch.setenv("KB_STORE", str(path))
    return path


@pytest.fixture(scope="session")
def _filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Once per session: a store holding ARTICLE, ARTICLE_2 (ingested) and SYNTHETIC (hand-made)."""
    from kb.ingest import IngestOptions, ingest
    from kb.store import Store

    root = tmp_path_factory.mktemp("filled")
    files = root / "articles"
    first = write(files / "harbour.txt", ARTICLE)
    second = write(files / "fleet.txt", ARTICLE_2)
    path = root / "store"
    with Store(path) as db:
        for f, published in ((first, PUBLISHED), (second, PUBLISHED_2)):
            summary = ingest([str(f)], db, IngestOptions(published=dt.date.fromisoformat(published)))
            assert summary.ingested == 1, summary
        write_synthetic(db)
    return path, files


@pytest.fixture
def filled_store(_filled: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the filled store, selected through KB_STORE."""
    path = tmp_path / "filled-store"
    shutil.copytree(_filled[0], path)
    monkeypatch.setenv("KB_STORE", str(path))
    return path


@pytest.fixture
def filled_files(_filled: tuple[Path, Path]) -> Path:
    """The folder of the articles in the filled store (their paths are part of their identity)."""
    return _filled[1]
