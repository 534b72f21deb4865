"""Crash safety: ``kb ingest`` killed with SIGKILL in the middle of a batch, several times at
different moments, leaves a store that opens, in which every article is complete (its graph is
exactly the graph an uninterrupted run gives it) or absent, and the entity statistics count
exactly the articles they mark as counted; running the batch again then gives exactly the store of
an uninterrupted run, statistics included. With articles already in the store and changed on disk,
a killed run leaves each article's old graph or its new one, never a partial or lost one.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import dump
from kb import stats
from kb.store import Store

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = ["Elena Marsh", "Tomas Reyes", "Ana Duarte", "Pieter Vos", "Mira Okafor", "Lena Kowalski", "Omar Haddad",
          "Sofia Brandt", "Jonas Lind", "Clara Ibáñez"]
PLACES = ["Lisbon", "Porto", "Madrid", "Rotterdam", "Hamburg", "Gdansk", "Genoa", "Marseille"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
KB_NS = "https://w3id.org/kb/ns#"


def article(i: int, version: int = 1) -> str:
    """A small made-up article: a meeting, a direct quote, reported speech; ``version`` 2 changes it."""
    a, b = PEOPLE[i % len(PEOPLE)], PEOPLE[(i * 3 + 1) % len(PEOPLE)]
    if a == b:
        b = PEOPLE[(i + 5) % len(PEOPLE)]
    place, day = PLACES[i % len(PLACES)], DAYS[i % len(DAYS)]
    topic = ["the northern quays", "the fishing quotas", "the ferry timetable", "the new breakwater"][i % 4]
    extra = (f"\n\n“The {topic} will be reviewed again,” {b.split()[-1]} added on {DAYS[(i + 2) % 5]}.\n"
             if version == 2 else "\n")
    return (f"Port talks number {i} in {place}\n\n"
            f"Harbour official {a} met Minister {b} in {place} on {day} to discuss {topic}.\n\n"
            f"\"We need an answer on {topic} before the summer,\" {a.split()[-1]} told reporters.\n\n"
            f"{b.split()[-1]} said the ministry would publish its plan for {topic} within {i % 9 + 2} weeks.{extra}")


def make_articles(folder: Path, n: int = 40, version: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"article-{i:03d}.txt").write_text(article(i, version), encoding="utf-8")
    return folder


def kb_command(*args: str, batch: int | None = None) -> list[str]:
    """The ``kb`` command line; ``batch`` makes each store transaction hold that many articles."""
    if batch is None:
        return [sys.executable, "-m", "kb", *args]
    code = (f"import sys, kb.ingest; kb.ingest.BATCH_ARTICLES = {batch}; from kb.cli import run; "
            f"sys.exit(run(sys.argv[1:]))")
    return [sys.executable, "-c", code, *args]


def env_for(store: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KB_")}
    env["KB_STORE"] = str(store)
    return env


def ingest(folder: Path, store: Path, jobs: int = 1, batch: int | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(kb_command("ingest", str(folder), "--published", "2025-03-07", "--jobs", str(jobs),
                                     batch=batch), capture_output=True, text=True, env=env_for(store), cwd=ROOT,
                          timeout=300)


def by_graph(lines: list[str]) -> dict[str, list[str]]:
    graphs: dict[str, list[str]] = {}
    for line in lines:
        graphs.setdefault(line.rsplit(" ", 2)[-2], []).append(line)
    return graphs


def killed_run(folder: Path, store: Path, *, jobs: int, batch: int | None, after_lines: int, delay: float) -> int:
    """Start ``kb ingest``, wait for ``after_lines`` lines of its output and ``delay`` seconds more, then
    SIGKILL it (and its worker processes: its process group). Returns the lines it had printed."""
    proc = subprocess.Popen(kb_command("ingest", str(folder), "--published", "2025-03-07", "--jobs", str(jobs),
                                       batch=batch), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env_for(store),
                            cwd=ROOT, start_new_session=True)
    seen = 0
    try:
        while seen < after_lines:
            line = proc.stdout.readline()
            if not line:
                break
            seen += 1
        time.sleep(delay)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    return seen


def check_complete_or_absent(store: Path, *references: dict[str, list[str]]) -> dict[str, int]:
    """Every graph in the store equals one of its reference graphs; returns how many matched each."""
    found = by_graph(dump(store))  # the store opens (dump opens it)
    counts = {i: 0 for i in range(len(references))}
    for graph, lines in found.items():
        for i, ref in enumerate(references):
            if ref.get(graph) == sorted(lines):
                counts[i] += 1
                break
        else:
            known = [graph in ref for ref in references]
            pytest.fail(f"graph {graph} is partial or unknown (in the references: {known}), {len(lines)} quads")
    return counts


def statistics(store: Path) -> list[str]:
    """The entity statistics graph as sorted N-Quads lines (not exported, so not in ``dump``)."""
    import pyoxigraph as ox

    with Store(store, wait=5) as db:
        return sorted(str(q) for q in db.db.quads_for_pattern(None, None, None, ox.NamedNode(stats.STATS_GRAPH)))


def check_statistics(store: Path) -> tuple[int, int]:
    """The statistics hold exactly the counts of the articles they mark as counted (a killed run may
    leave articles unmarked: the next run counts them). Returns (articles counted, articles)."""
    with Store(store, wait=5) as db:
        counted = stats.counted(db.db)
        assert counted <= set(db.graphs())
        rows = db.db.query(f"SELECT ?e ?c ?n ?m ?a WHERE {{ GRAPH <{stats.STATS_GRAPH}> {{ ?r <{KB_NS}entity> ?e ; "
                           f"<{KB_NS}entityClass> ?c ; <{KB_NS}entityName> ?n ; <{KB_NS}mentionCount> ?m ; "
                           f"<{KB_NS}articleCount> ?a }} }}")
        held = {(r["e"].value, r["c"].value, r["n"].value): stats.Counts(int(r["m"].value), int(r["a"].value))
                for r in rows}
        assert held == stats.count(db.db, sorted(counted))
        return len(counted), len(db.graphs())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """40 articles and the store an uninterrupted run makes of them (and of their second version)."""
    root = tmp_path_factory.mktemp("crash")
    folder = make_articles(root / "articles")
    ref_store = root / "ref-store"
    p = ingest(folder, ref_store)
    assert p.returncode == 0, p.stderr
    ref1 = dump(ref_store)
    assert len(by_graph(ref1)) == 40
    assert check_statistics(ref_store) == (40, 40)
    return {"root": root, "folder": folder, "ref": ref1, "ref_stats": statistics(ref_store)}


# moments: (lines of output to wait for, then seconds), in one store one after the other; an
# article's line is printed once its batch is written, so with small batches the kills land
# between and inside later batches; with the default batch (all 40 articles) at times into the run
MOMENTS = [(0, 0.4), (1, 0.0), (6, 0.05), (19, 0.0), (31, 0.02)]
TIMED = [(0, 0.5), (0, 1.0), (0, 1.6), (0, 2.3)]


@pytest.mark.parametrize("jobs,batch", [(1, 3), (2, 3), (1, None)])
def test_sigkill_during_ingest(jobs: int, batch: int | None, corpus: dict, tmp_path: Path) -> None:
    store = tmp_path / "store"
    ref = by_graph(corpus["ref"])
    progress, uncounted = [], []
    for after_lines, delay in (MOMENTS if batch else TIMED):
        killed_run(corpus["folder"], store, jobs=jobs, batch=batch, after_lines=after_lines, delay=delay)
        counts = check_complete_or_absent(store, ref)
        progress.append(counts[0])
        if store.exists():
            counted, present = check_statistics(store)
            uncounted.append(present - counted)
    assert progress == sorted(progress)  # what was written stays written
    if batch:  # the counts of new articles are written at the end of a run: the kills left some uncounted
        assert any(uncounted)
    p = ingest(corpus["folder"], store, jobs=jobs)
    assert p.returncode == 0, p.stderr
    assert dump(store) == corpus["ref"]  # exactly the store of an uninterrupted run
    assert statistics(store) == corpus["ref_stats"]


def test_sigkill_while_replacing(corpus: dict, tmp_path: Path) -> None:
    """Articles in the store, changed on disk, re-ingested and killed: old or new graph, none lost."""
    import shutil

    folder = tmp_path / "articles"
    shutil.copytree(corpus["folder"], folder)
    store = tmp_path / "store"
    ref_store = tmp_path / "ref-v2"
    assert ingest(folder, store).returncode == 0
    ref1 = dump(store)
    make_articles(folder, version=2)
    p = ingest(folder, ref_store)
    assert p.returncode == 0, p.stderr
    ref2 = dump(ref_store)
    ref2_stats = statistics(ref_store)
    old, new = by_graph(ref1), by_graph(ref2)
    assert old.keys() == new.keys() and all(old[g] != new[g] for g in old)
    for after_lines, delay in [(2, 0.0), (11, 0.03), (25, 0.0)]:
        killed_run(folder, store, jobs=1, batch=3, after_lines=after_lines, delay=delay)
        counts = check_complete_or_absent(store, old, new)
        assert sum(counts.values()) == 40, "an article was lost"
        assert check_statistics(store) == (40, 40)  # replacing changes the counts in the same update
    assert ingest(folder, store).returncode == 0
    assert dump(store) == ref2
    assert statistics(store) == ref2_stats
