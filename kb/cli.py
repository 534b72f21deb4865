"""The ``kb`` command line: parse, call one library function, format, map errors to exit codes.

Exit codes: 0 success; 1 an article or graph did not conform, or some articles failed;
2 bad usage or input (one line on standard error, never a traceback).
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from typer.exceptions import Abort as TyperAbort
from typer.exceptions import TyperException

from kb import __version__
from kb.errors import KbError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="kb: a fact and claim tracking knowledge base for news articles.")

StoreOpt = typer.Option(None, "--store", envvar="KB_STORE", show_envvar=True,
                        help="Store folder (default: ~/.local/share/kb/store).")


TABLE_ROWS = 100  # rows of a table (the format for people) when --limit is not given

UserOpt = typer.Option(None, "--user", help="User name for a SPARQL server (password: $KB_PASSWORD or a prompt).")
TimeoutOpt = typer.Option(60.0, "--timeout", metavar="SECONDS", help="Give up on a SPARQL server after this long.")


def _fail(message: str, code: int = 2) -> None:
    print(f"kb: error: {' '.join(str(message).split())}", file=sys.stderr)
    raise typer.Exit(code)


def _open(store: Optional[str]):  # noqa: ANN202
    from kb.store import Store

    return Store(store)


def _version(value: bool) -> None:
    if value:
        print(f"kb {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Show the version and exit.")) -> None:
    """kb: a fact and claim tracking knowledge base for news articles."""


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Article files or folders (recursive); - for standard input."),
    published: Optional[str] = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                            help="Publication date (relative dates resolve against it)."),
    url: Optional[str] = typer.Option(None, "--url", help="The article's URL (one article only)."),
    publisher: Optional[str] = typer.Option(None, "--publisher", help="The publisher's name."),
    title: Optional[str] = typer.Option(None, "--title", help="The article's title."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1,
                                       help="Worker processes (default: the number of cores)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the summary and errors."),
    store: Optional[str] = StoreOpt,
) -> None:
    """Read articles, extract claims and events, validate and store them (one named graph each)."""
    import datetime as dt

    from kb.ingest import IngestOptions
    from kb.ingest import ingest as run

    date = None
    if published:
        try:
            date = dt.date.fromisoformat(published)
        except ValueError:
            _fail(f"--published {published!r} is not a date; write it as YYYY-MM-DD")
    from kb.ingest import sources

    options = IngestOptions(published=date, url=url, publisher=publisher, title=title)
    items = sources(paths)  # a missing path is an error before the store is opened (or made)
    total = len(items)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    started = time.perf_counter()
    with _open(store) as db:
        reporter = _Reporter(total, quiet)
        try:
            summary = run(items, db, options, jobs=jobs or os.cpu_count() or 1, stdin=stdin, on_result=reporter)
        finally:
            reporter.close()
    elapsed = time.perf_counter() - started
    s = summary
    parts = [f"{s.ingested} ingested"]
    for n, label in ((s.replaced, "replaced"), (s.unchanged, "unchanged"), (s.duplicates, "duplicate"),
                     (s.failed, "failed")):
        if n:
            parts.append(f"{n} {label}")
    if total > 1 or quiet:
        rate = s.articles / elapsed if elapsed > 0 else 0.0
        print(f"{s.articles} articles: {', '.join(parts)}; {s.claims} claims, {s.events} events, "
              f"{s.entities} entities, {s.triples} triples in {elapsed:.1f} s ({rate:.1f} articles/s)")
    if s.failed:
        raise typer.Exit(1)


class _Reporter:
    """One line per article; a progress bar on a terminal when there are many."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.quiet = quiet
        self.progress = None
        if total >= 20 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn,
                                       TextColumn, TimeRemainingColumn)

            self.progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                                     TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
                                     console=Console(stderr=True))
            self.task = self.progress.add_task("ingest", total=total, rate="")
            self.progress.start()
            self.started = time.perf_counter()

    def __call__(self, r) -> None:  # noqa: ANN001 - kb.ingest.ArticleResult
        if r.status == "failed":
            self._print(f"kb: error: {' '.join(str(r.error).split())}", err=True)
        elif not self.quiet:
            if r.status in ("ingested", "replaced"):
                self._print(f"{r.status} {r.source}: {r.claims} claims, {r.events} events, "
                            f"{r.entities} entities, {r.triples} triples")
            else:
                self._print(f"{r.status} {r.source}" + (" (already in the store)" if r.status != "replaced" else ""))
        if self.progress is not None:
            done = self.progress.tasks[0].completed + 1
            rate = done / max(1e-9, time.perf_counter() - self.started)
            self.progress.update(self.task, advance=1, rate=f"{rate:.1f}/s")

    def _print(self, line: str, err: bool = False) -> None:
        stream = sys.stderr if err else sys.stdout
        if self.progress is not None and stream.isatty():
            self.progress.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=stream)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def _params(args: list[str]) -> dict[str, str]:
    """``-p NAME VALUE`` pairs (repeatable) from the arguments typer left over."""
    values: dict[str, str] = {}
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-p", "--param"):
            if i + 2 >= len(args) + 0 and len(args) - i < 3:
                _fail(f"{a} needs a name and a value: {a} NAME VALUE")
            values[args[i + 1]] = args[i + 2]
            i += 3
            continue
        if a.startswith("-"):
            _fail(f"no such option: {a} (see kb query --help)")
        _fail(f"unexpected argument {a!r} (see kb query --help)")
    return values


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
             epilog="Parameters: -p NAME VALUE, repeatable, e.g. kb query claims-by -p speaker Lavrov.")
def query(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="A saved query name (see `kb queries`) or a .rq file."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, tsv or json (W3C SPARQL results)."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", metavar="QUERY_URL",
                                           help="Run it on this SPARQL 1.1 query endpoint instead of the store."),
    limit: Optional[int] = typer.Option(None, "--limit", min=0,
                                        help=f"At most this many rows (one page); 0 for every row. Default: "
                                             f"{TABLE_ROWS} in a table, every row in csv, tsv and json."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many rows first (the next page)."),
    user: Optional[str] = UserOpt,
    timeout: float = TimeoutOpt,
    store: Optional[str] = StoreOpt,
) -> None:
    """Run a saved SPARQL query (or a .rq file) on the store, or on a SPARQL server."""
    from kb.queries import FORMATS, find_query, format_results, run_query

    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    values = _params(list(ctx.args))
    q = find_query(name)
    page = _page_size(limit, fmt)
    if endpoint is not None:
        from kb.remote import run_remote

        results = run_remote(_endpoint(endpoint, None, user, timeout), q, values, limit=page, offset=offset)
    else:
        with _open(store) as db:
            results = run_query(db, q, values, limit=page, offset=offset)
    sys.stdout.write(format_results(results, fmt))
    if fmt == "table" and results.more:
        shown = len(results.rows)
        print(f"kb: rows {offset + 1}-{offset + shown} shown, more follow: --offset {offset + shown} for the "
              f"next page, --limit 0 for every row", file=sys.stderr)


def _page_size(limit: Optional[int], fmt: str) -> Optional[int]:
    """The rows to ask for: ``--limit`` (0: every row); without it a table's first page, and every
    row in the machine-readable formats."""
    if limit == 0:
        return None
    if limit is None and fmt == "table":
        return TABLE_ROWS
    return limit


@app.command()
def push(
    endpoint: str = typer.Option(..., "--endpoint", metavar="QUERY_URL", help="The server's SPARQL query URL."),
    update_endpoint: Optional[str] = typer.Option(None, "--update-endpoint", metavar="UPDATE_URL",
                                                  help="Its SPARQL Update URL (default: the query URL)."),
    article: Optional[str] = typer.Option(None, "--article", help="Only this article (IRI, id, URL or path)."),
    user: Optional[str] = UserOpt,
    gsp: bool = typer.Option(False, "--gsp", help="Replace graphs with Graph Store Protocol PUT requests."),
    gsp_endpoint: Optional[str] = typer.Option(None, "--gsp-endpoint", metavar="STORE_URL",
                                               help="The Graph Store URL (default: guessed from the query URL)."),
    batch: int = typer.Option(1000, "--batch", min=1, help="Triples per INSERT DATA request."),
    timeout: float = TimeoutOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the summary and errors."),
    store: Optional[str] = StoreOpt,
) -> None:
    """Send every article's named graph (or one) to a SPARQL 1.1 server, replacing it there."""
    from kb.remote import gsp_url_for, push as run

    if gsp_endpoint is not None:
        gsp = True
    if gsp and gsp_endpoint is None:
        gsp_endpoint = gsp_url_for(endpoint, user)
        if gsp_endpoint is None:
            _fail("--gsp cannot guess the Graph Store URL from --endpoint; pass --gsp-endpoint URL")
    where = _endpoint(endpoint, update_endpoint, user, timeout, gsp_endpoint)
    from kb.store import Store

    started = time.perf_counter()
    with Store(store, create=False) as db:
        bar = _Bar("push", quiet)
        try:
            done = run(where, db, article, gsp=gsp, batch=batch, on_start=bar.start,
                       on_graph=lambda p: bar.step(f"pushed {p.graph}: {p.triples} triples"))
        finally:
            bar.close()
    from kb.remote import redact
    from kb.stats import STATS_GRAPH

    articles = [p for p in done if p.graph != STATS_GRAPH]
    statistics = "".join(f" (and the entity statistics: {p.triples} triples)" for p in done if p.graph == STATS_GRAPH)
    print(f"{len(articles)} article{'s' if len(articles) != 1 else ''}, {sum(p.triples for p in articles)} triples "
          f"pushed to {redact(where.gsp_url if gsp else where.update)}{statistics} in "
          f"{time.perf_counter() - started:.1f} s")


def _endpoint(query_url: str, update_url: Optional[str], user: Optional[str], timeout: float,
              gsp_url: Optional[str] = None):  # noqa: ANN202 - kb.remote.Endpoint
    """The server to talk to; the password comes from KB_PASSWORD or a prompt, never an argument."""
    import os

    from kb.remote import Endpoint, check_url

    for url, what in ((query_url, "--endpoint"), (update_url, "--update-endpoint"), (gsp_url, "--gsp-endpoint")):
        if url is not None:
            check_url(url, what)
    if timeout <= 0:
        _fail("--timeout must be a positive number of seconds")
    password = None
    if user:
        password = os.environ.get("KB_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                _fail(f"--user {user} needs a password: set KB_PASSWORD (there is no terminal to ask on)")
            import getpass

            try:
                password = getpass.getpass(f"password for {user}: ")
            except EOFError:
                _fail(f"--user {user} needs a password: set KB_PASSWORD")
    return Endpoint(query_url, update_url, gsp_url, user, password, timeout)


class _Bar:
    """One line per item (unless quiet); a progress bar on a terminal instead."""

    def __init__(self, label: str, quiet: bool) -> None:
        self.label, self.quiet, self.progress = label, quiet, None

    def start(self, total: int) -> None:
        if total >= 2 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.progress = Progress(TextColumn(self.label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                     console=Console(stderr=True), transient=True)
            self.task = self.progress.add_task(self.label, total=total)
            self.progress.start()

    def step(self, line: str) -> None:
        if self.progress is not None:
            self.progress.update(self.task, advance=1)
        elif not self.quiet:
            print(line)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


@app.command("queries")
def list_queries() -> None:
    """List the saved queries with their descriptions and parameters."""
    from kb.queries import saved_queries

    qs = saved_queries()
    width = max(len(q.name) for q in qs)
    for q in qs:
        params = ", ".join(p.name + ("" if p.required else "?") for p in q.params)
        print(f"{q.name.ljust(width)}  {q.description}" + (f" [parameters: {params}]" if params else ""))


@app.command()
def export(
    fmt: str = typer.Option("turtle", "--format", "-f", help="turtle, trig, nquads, ntriples or jsonld."),
    article: Optional[str] = typer.Option(None, "--article", help="Only this article (IRI, id, URL or path)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file (default: stdout)."),
    store: Optional[str] = StoreOpt,
) -> None:
    """Export the store (or one article) as RDF."""
    from kb.export import FORMATS
    from kb.export import export as run

    if fmt not in FORMATS:
        _fail(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    with _open(store) as db:
        if output is None:
            data = run(db, fmt, article=article)
            sys.stdout.buffer.write(data or b"")
            return
        tmp = output.with_name(output.name + ".part")
        try:
            with open(tmp, "wb") as fh:
                run(db, fmt, article=article, output=fh)
            tmp.replace(output)
        except OSError as exc:
            _remove(tmp)
            _fail(f"cannot write {output}: {exc.strerror or exc}")
        except BaseException:  # an unknown article, an interrupt: leave no partial file behind
            _remove(tmp)
            raise


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:  # it was never made (its folder is missing or is a file)
        pass


@app.command()
def validate(
    file: Optional[Path] = typer.Argument(None, help="An RDF file to check (default: every article in the store)."),
    store: Optional[str] = StoreOpt,
) -> None:
    """Check an RDF file, or every article graph in the store, against the SHACL shapes."""
    from kb.validate import validate_file, validate_store

    if file is not None:
        reports = [(str(file), validate_file(file))]
    else:
        with _open(store) as db:
            reports = validate_store(db)
    bad = 0
    for what, report in reports:
        if not report.conforms:
            bad += 1
            for v in report.violations:
                print(f"{what}: {v}")
    if bad:
        print(f"{bad} of {len(reports)} graph(s) do not conform", file=sys.stderr)
        raise typer.Exit(1)
    print(f"{len(reports)} graph(s) conform")


def run(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI, turning every kb error and usage error into one line."""
    try:
        rc = app(args=argv, standalone_mode=False, prog_name="kb")
        return rc if isinstance(rc, int) else 0
    except typer.Exit as exc:
        return exc.exit_code
    except TyperException as exc:  # usage errors: unknown option, missing argument, bad value
        ctx = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
            print(ctx.get_help())
            return 0
        command = f"kb {ctx.info_name}" if ctx is not None and ctx.parent is not None else "kb"
        print(f"kb: error: {' '.join(exc.format_message().split())} (see {command} --help)", file=sys.stderr)
        return 2
    except TyperAbort:
        print("kb: error: interrupted", file=sys.stderr)
        return 130
    except KbError as exc:
        print(f"kb: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kb: error: interrupted; articles written so far are complete", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def entry() -> None:
    sys.exit(run())


if __name__ == "__main__":
    entry()
