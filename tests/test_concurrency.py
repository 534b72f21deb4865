"""Two (and three) ``kb ingest`` processes on one store at once: each either succeeds (the later
ones wait for the store) or stops with one "store in use" line; the store is never corrupt:
it opens, and every article in it is exactly the graph an uninterrupted run gives it."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import dump
from test_crash import ROOT, by_graph, env_for, ingest, kb_command, make_articles


def _start(folder: Path, store: Path, jobs: int) -> subprocess.Popen:
    return subprocess.Popen(kb_command("ingest", str(folder), "--published", "2025-03-07", "--jobs", str(jobs),
                                       "-q"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env_for(store), cwd=ROOT)


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("concurrent")
    a = make_articles(root / "a", n=16)
    b = make_articles(root / "b", n=16, version=2)  # other paths, other texts: other graphs
    refs = {}
    for name, folder in (("a", a), ("b", b)):
        p = ingest(folder, root / f"ref-{name}")
        assert p.returncode == 0, p.stderr
        refs[name] = by_graph(dump(root / f"ref-{name}"))
    return {"a": a, "b": b, "refs": refs}


@pytest.mark.parametrize("plan", [("a", "b"), ("a", "a"), ("a", "b", "a")])
def test_concurrent_ingests(plan: tuple[str, ...], folders: dict, tmp_path: Path) -> None:
    store = tmp_path / "store"
    procs = [(name, _start(folders[name], store, jobs=1 + i % 2)) for i, name in enumerate(plan)]
    done = []
    for name, proc in procs:
        out, err = proc.communicate(timeout=300)
        assert "Traceback" not in out + err, err
        if proc.returncode == 0:
            done.append(name)
        else:
            assert proc.returncode == 2, err
            lines = err.splitlines()
            assert len(lines) == 1 and lines[0].startswith("kb: error: ") and "in use" in lines[0], err
    assert done, "no process got the store"
    found = by_graph(dump(store))  # opens: not corrupt
    expected: dict[str, list[str]] = {}
    for name in set(done):
        expected.update(folders["refs"][name])
    assert found == expected  # every article complete, and exactly those of the runs that succeeded
    check = subprocess.run(kb_command("validate"), capture_output=True, text=True, env=env_for(store), cwd=ROOT,
                           timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr
