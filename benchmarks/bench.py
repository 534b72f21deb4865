#!/usr/bin/env python3
"""Benchmark kb end to end: batch ingest, store size, peak memory, saved-query latency, start-up.

    python benchmarks/bench.py                       # the BBC corpus once (../shared/corpus/bbc)
    python benchmarks/bench.py --copies 10           # ten copies of it (distinct content, dates)
    python benchmarks/bench.py --json results.json   # also write the figures as JSON

Ingest runs the real CLI (`kb ingest DIR --jobs N`) into a fresh store. With --copies K the
corpus is laid out K times under distinct paths; copy k gets k trailing newlines so that its
content hash differs (kb skips identical content) and a publication date shifted by k days.
Queries are timed inside one process (kb.queries.run_query on an open store), each repeated, twice:
the way `kb query NAME` runs them (a table: its first page of rows) and for every row (`--limit 0`,
as csv, tsv and json give them).
Peak memory: the largest resident set of one process of the ingest (parent or worker), and the
largest sums over the ingest's process tree at any moment (sampled from /proc every 0.1 s; PSS every
second, as reading it costs CPU) of the
resident sets (RSS: counts the pages forked workers share with the parent once per process) and of
the proportional sets (PSS: shared pages divided among their sharers, the memory really held).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KB = [sys.executable, "-m", "kb"]
PARAMS = {"claims-by": {"speaker": "Blair"}, "meetings": {"person": "Blair"}, "timeline": {"entity": "Blair"},
          "entity": {"name": "Blair"}}


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def layout(corpus: Path, copies: int, into: Path) -> list[Path]:
    """Copy k of the corpus in into/copy-k (k trailing newlines make each copy's content distinct)."""
    dirs = []
    files = sorted(p for p in corpus.rglob("*.txt") if p.name != "README.TXT")
    for k in range(copies):
        d = into / f"copy-{k}"
        for f in files:
            target = d / f.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(f.read_bytes() + b"\n" * k)
        dirs.append(d)
    return dirs


def _tree_memory(root: int, pss: bool = True) -> tuple[int, int]:
    """Memory of ``root`` and its descendants (Linux /proc; 0 elsewhere): the sum of their resident
    sets (RSS, which counts pages the forked workers share with the parent once per process) and
    the sum of their proportional sets (PSS, shared pages split among the processes sharing them:
    the memory the batch really holds)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            pid = int(entry.name)
            children.setdefault(int(fields[1]), []).append(pid)
            rss[pid] = int(fields[21]) * page
        except (OSError, ValueError, IndexError):
            continue
    total_rss = total_pss = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        total_rss += rss.get(pid, 0)
        try:
            if not pss:
                raise OSError
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_pss += int(line.split()[1]) * 1024
                    break
        except (OSError, ValueError, IndexError):
            total_pss += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total_rss, total_pss


def _run_sampled(cmd: list[str], env: dict) -> tuple[subprocess.CompletedProcess, int, int]:
    """Run ``cmd``; also return the peak memory of its whole process tree (RSS sum, PSS sum)."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0, 0]

    def sample() -> None:  # RSS every 0.1 s; PSS (reading smaps costs CPU) every second
        n = 0
        while proc.poll() is None:
            rss, pss = _tree_memory(proc.pid, pss=n % 10 == 0)
            peak[0] = max(peak[0], rss)
            if n % 10 == 0:
                peak[1] = max(peak[1], pss)
            n += 1
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), peak[0], peak[1]


def ingest(dirs: list[Path], store: Path, jobs: int, published: dt.date) -> dict:
    env = dict(os.environ, KB_STORE=str(store))
    total = {"seconds": 0.0, "articles": 0, "triples": 0, "failed": 0, "peak_tree_rss_mb": 0.0,
             "peak_tree_pss_mb": 0.0, "runs": []}
    for k, d in enumerate(dirs):
        started = time.perf_counter()
        proc, tree_peak, tree_pss = _run_sampled(KB + ["ingest", str(d), "--jobs", str(jobs), "--quiet",
                                             "--published", (published + dt.timedelta(days=k)).isoformat()], env)
        seconds = time.perf_counter() - started
        total["seconds"] += seconds
        total["peak_tree_rss_mb"] = max(total["peak_tree_rss_mb"], tree_peak / 2**20)
        total["peak_tree_pss_mb"] = max(total["peak_tree_pss_mb"], tree_pss / 2**20)
        last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
        # "2225 articles: 2127 ingested, ...; 13139 claims, 0 events, 29236 entities, 1284876 triples in ..."
        words = last.replace(",", "").replace(";", "").split()
        total["articles"] += int(words[0]) if words else 0
        if "triples" in words:
            total["triples"] += int(words[words.index("triples") - 1])
        if "failed" in words:
            total["failed"] += int(words[words.index("failed") - 1])
        if proc.returncode not in (0, 1):
            raise SystemExit(f"kb ingest failed: {proc.stderr.strip()[-500:]}")
        total["runs"].append({"copy": k, "seconds": seconds, "summary": last})
    total["articles_per_s"] = total["articles"] / total["seconds"]
    total["triples_per_s"] = total["triples"] / total["seconds"]
    total["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return total


def time_queries(store: Path, repeat: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from kb.cli import TABLE_ROWS
    from kb.queries import run_query, saved_queries
    from kb.store import Store

    def timed(db, q, params, limit):  # noqa: ANN001
        times, rows = [], 0
        for _ in range(repeat):
            t = time.perf_counter()
            rows = len(run_query(db, q, params, limit=limit).rows)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        return {"median_ms": statistics.median(times),
                "p95_ms": times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))], "rows": rows}

    out = {}
    with Store(store) as db:
        for q in saved_queries():
            params = PARAMS.get(q.name, {})
            out[q.name] = {"default": timed(db, q, params, TABLE_ROWS), "every row": timed(db, q, params, None)}
    return out


def startup(repeat: int = 10) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(KB + ["--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bbc"))
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeat", type=int, default=20, help="runs of each query")
    ap.add_argument("--published", default="2005-01-01")
    ap.add_argument("--json", default=None)
    ap.add_argument("--keep", default=None, metavar="DIR",
                    help="keep the store in DIR (a new folder) for further measurement")
    a = ap.parse_args()
    if a.keep and Path(a.keep).exists():
        raise SystemExit(f"--keep {a.keep}: the folder exists; name a new one")
    work = Path(tempfile.mkdtemp(prefix="kb-bench-"))
    try:
        dirs = layout(Path(a.corpus), a.copies, work / "corpus")
        store = work / "store"
        result = {"copies": a.copies, "jobs": a.jobs, "cpus": os.cpu_count()}
        result["ingest"] = ingest(dirs, store, a.jobs, dt.date.fromisoformat(a.published))
        result["store_mb"] = du(store) / 1e6
        result["queries"] = time_queries(store, a.repeat)
        result["help_s"] = startup()
        if a.keep:
            shutil.move(str(store), a.keep)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    i = result["ingest"]
    print(f"ingest: {i['articles']} articles, {i['triples']} triples in {i['seconds']:.1f} s = "
          f"{i['articles_per_s']:.1f} articles/s, {i['triples_per_s']:.0f} triples/s; "
          f"{i['failed']} failed; peak RSS {i['peak_rss_mb']:.0f} MB (one process), "
          f"{i['peak_tree_rss_mb']:.0f} MB RSS / {i['peak_tree_pss_mb']:.0f} MB PSS (all processes at once); "
          f"store {result['store_mb']:.0f} MB")
    for run in i["runs"]:
        print(f"  copy {run['copy']}: {run['seconds']:.1f} s: {run['summary']}")
    for name, runs in result["queries"].items():
        print(f"query {name}: " + "; ".join(f"{how}: median {q['median_ms']:.1f} ms, p95 {q['p95_ms']:.1f} ms "
                                            f"({q['rows']} rows)" for how, q in runs.items()))
    print(f"kb --help: {result['help_s'] * 1000:.0f} ms")
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
