"""Turn the paths a user gives into article :class:`Document` objects.

Two entry points:

* :func:`iter_paths` expands files, folders and ``-`` (standard input) into the
  list of article files to read;
* :func:`read_document` reads one of them: it refuses what is not an article
  (empty, binary, too large, undecodable), decodes the bytes to text, and for HTML
  keeps only the main text and the page metadata, extracted with trafilatura.

Every failure a user can cause is an :class:`~kb.errors.InputError` whose message is
one line naming the file.  trafilatura and charset_normalizer are imported lazily:
they are only needed for HTML and non-UTF-8 input, and trafilatura is slow to import.
"""
from __future__ import annotations

import codecs
import datetime
import errno
import hashlib
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kb.errors import InputError

__all__ = ["MAX_BYTES", "Document", "iter_paths", "read_document"]

MAX_BYTES = 20 * 1024 * 1024
"""Largest article kb reads, in bytes; bigger inputs are refused."""

STDIN = "-"

_MIB = 1024 * 1024
_ARTICLE_EXTENSIONS = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".md", ""})
_HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
_PLAIN_EXTENSIONS = frozenset({".txt", ".text", ".md"})
_SNIFF_CHARS = 2048

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Leading bytes of common non-text formats, and what to call them in a message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.epub document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file"),
    (b"\x7fELF", "an executable program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# C0 control characters and DEL, except the whitespace ones (\t \n \v \f \r).
_CONTROL_CHARS = "".join(chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F))
_DELETE_CONTROLS = str.maketrans("", "", _CONTROL_CHARS)
_MAX_CONTROL_SHARE = 0.05
_CONTROL_SAMPLE = 64 * 1024

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252.
_CHARSET_ALIASES = {"latin1": "cp1252", "iso88591": "cp1252", "ascii": "cp1252", "usascii": "cp1252"}
_HTML_START = re.compile(r"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_HTML_SECTION = re.compile(r"<(?:head|body)[\s>]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from a file or standard input.

    ``text`` is the decoded plain text, or for HTML the main text trafilatura
    extracted, with ``\n`` newlines.  ``source`` is the absolute path of the file,
    or ``"-"`` for standard input.  ``media_type`` is ``"text/plain"`` or
    ``"text/html"``.  ``content_hash`` is the SHA-256 hex digest of ``text`` in
    UTF-8.  The metadata fields are only ever set for HTML pages that declare them.
    ``encoding`` is the Python codec name the bytes were decoded with.
    """

    text: str
    source: str
    media_type: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    published: datetime.date | None = None
    publisher: str | None = None
    author: str | None = None
    encoding: str = "utf-8"


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Expand user-given paths into the paths of the articles to read.

    A file (or any other non-folder, such as a pipe) yields itself as given and
    ``-`` yields ``-``.  A folder yields every regular file below it whose
    extension is article-like (.txt, .text, .html, .htm, .xhtml, .md, or none), in
    sorted order of their paths.  Names starting with ``.`` are skipped; symbolic
    links are followed, but each real folder is visited once, so link loops end.
    Broken links inside a folder are skipped.

    Raises InputError if a given path does not exist, is a broken link or a link
    loop, or if a folder cannot be listed (e.g. permission denied).
    """
    for given in paths:
        if given == STDIN:
            yield STDIN
            continue
        if not given:
            raise InputError("an empty path was given; pass a file, a folder, or - for standard input")
        try:
            mode = os.stat(given).st_mode
        except OSError as exc:
            raise _open_error(given, exc) from exc
        if stat.S_ISDIR(mode):
            yield from sorted(_walk(given))
        else:
            yield given


def _walk(top: str) -> list[str]:
    """All article files below folder ``top``, unsorted; each real folder is listed once."""
    found: list[str] = []
    visited: set[str] = set()
    pending = [top]
    while pending:
        folder = pending.pop()
        real = os.path.realpath(folder)
        if real in visited:
            continue
        visited.add(real)
        try:
            with os.scandir(folder) as entries:
                children = list(entries)
        except OSError as exc:
            raise _open_error(folder, exc, what="folder") from exc
        for entry in children:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError:  # a link loop, or a link into a folder we may not search
                continue
            if is_dir:
                pending.append(entry.path)
            elif is_file and os.path.splitext(entry.name)[1].lower() in _ARTICLE_EXTENSIONS:
                found.append(entry.path)
    return found


def read_document(source: str, data: bytes | None = None) -> Document:
    """Read one article from a file, or from standard input when ``source`` is ``-``.

    For ``-``, ``data`` holds the bytes read from standard input; if it is None they
    are read from ``sys.stdin.buffer``.  For a path, ``data`` is ignored.

    Text is decoded by byte-order mark, else as UTF-8, else with the charset an
    HTML page declares, else with charset_normalizer's guess; newlines become
    ``\\n`` and a leading BOM is dropped.  HTML (by extension or content) is reduced
    to its main text, and its title, URL, publication date, publisher and author
    are read from the page metadata.

    Raises InputError, with a one-line message naming the input, when it is a
    folder, missing, unreadable (permission denied, link loop), larger than
    :data:`MAX_BYTES`, empty or whitespace-only, binary, not decodable as text, or
    an HTML page with no article text.
    """
    if source == STDIN:
        name = "standard input"
        raw = _read_stdin() if data is None else data
        if len(raw) > MAX_BYTES:
            raise _too_large(name, len(raw))
        extension = ""
        origin = STDIN
    else:
        name = source
        raw = _read_file(source)
        extension = os.path.splitext(source)[1].lower()
        origin = os.path.abspath(source)

    if not raw:
        raise InputError(f"{name} is empty; pass a file that contains article text")
    _refuse_known_binary(raw, name)
    text, encoding = _decode(raw, name)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{name} contains only whitespace; pass a file that contains article text")

    if extension in _HTML_EXTENSIONS or _sniff_html(text, extension):
        article, metadata = _extract_html(text, name)
        return _document(article, origin, "text/html", encoding, **metadata)
    return _document(text, origin, "text/plain", encoding)


def _document(text: str, source: str, media_type: str, encoding: str, **metadata: Any) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(text, source, media_type, content_hash, encoding=encoding, **metadata)


# --- reading bytes ------------------------------------------------------------


def _read_file(path: str) -> bytes:
    """The bytes of ``path``, at most MAX_BYTES of them; InputError when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > MAX_BYTES:
                raise _too_large(path, info.st_size)
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _open_error(path, exc) from exc
    if len(data) > MAX_BYTES:
        raise _too_large(path, None)
    return data


def _read_stdin() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input is not available; pass the article as a file path instead of -")
    try:
        return stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read standard input: {exc.strerror or exc}; pass the article as a file path") from exc


def _open_error(path: str, exc: OSError, what: str = "file") -> InputError:
    """The InputError telling the user why ``path`` could not be opened."""
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            return InputError(f"{path} is a symbolic link to a missing file; fix or remove the link")
        return InputError(f"no such file or folder: {path}; check the path")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{path} is a folder, not an article file; pass an article file")
    if isinstance(exc, PermissionError):
        return InputError(f"cannot read {what} {path}: permission denied; check its permissions")
    if exc.errno == errno.ELOOP:
        return InputError(f"{path} is a symbolic link loop; fix or remove the link")
    return InputError(f"cannot read {what} {path}: {exc.strerror or exc}; check the path")


def _too_large(name: str, size: int | None) -> InputError:
    limit = f"{MAX_BYTES / _MIB:g} MB" if MAX_BYTES >= _MIB else f"{MAX_BYTES} bytes"
    actual = f"more than {limit}" if size is None else f"{size / _MIB:.1f} MB"
    return InputError(f"{name} is {actual}; kb reads articles up to {limit}, so pass one article per file")


# --- refusing binary content ----------------------------------------------------


def _refuse_known_binary(data: bytes, name: str) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name} looks like {kind}, not an article; convert it to plain text or HTML first")


def _refuse_control_chars(text: str, name: str) -> None:
    """InputError if ``text`` has NUL characters or too many other control characters."""
    if "\x00" in text:
        raise InputError(
            f"{name} contains NUL bytes, so it looks like a binary file (or UTF-16 text without a byte-order mark);"
            " pass a plain-text or HTML article, in UTF-8"
        )
    sample = text[:_CONTROL_SAMPLE]
    controls = len(sample) - len(sample.translate(_DELETE_CONTROLS))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        share = 100 * controls / len(sample)
        raise InputError(
            f"{name} looks like a binary file ({share:.0f}% control characters); pass a plain-text or HTML article"
        )


# --- decoding -----------------------------------------------------------------


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, codec name)``; InputError if it is binary or undecodable."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name} starts with a {label} byte-order mark but is not valid {label}; convert it to UTF-8"
                ) from exc
            _refuse_control_chars(text, name)
            return text, codec

    # Every byte is one latin-1 character, so control bytes show up as control characters.
    _refuse_control_chars(data.decode("latin-1"), name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for codec in (_declared_charset(data), _guess_charset(data)):
        if codec is None:
            continue
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name} is not UTF-8 text and its encoding could not be detected; convert it to UTF-8")


def _declared_charset(data: bytes) -> str | None:
    """The codec an HTML ``<meta charset>`` in the first 2 KB declares, if Python knows it."""
    match = _META_CHARSET.search(data[:_SNIFF_CHARS])
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    label = _CHARSET_ALIASES.get(re.sub(r"[^a-z0-9]", "", label), label)
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    # WHATWG again: a UTF-16/32 label on a page that is not UTF-16/32 (no BOM) means UTF-8.
    return None if codec.startswith(("utf-16", "utf-32")) else codec


def _guess_charset(data: bytes) -> str | None:
    """charset_normalizer's best single- or multi-byte guess for ``data``, or None if it has none.

    UTF-16/32 guesses are ignored (without a byte-order mark they are almost always
    wrong for text without NUL bytes).  Single-byte guesses are often tied (same
    mess and language scores) between Windows code pages; cp1252 wins such ties,
    so Western European text is not read as, say, cp1250 (where 'ï' becomes 'ď').
    """
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data) if not m.encoding.startswith(("utf_16", "utf_32"))]
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        return "cp1252"
    return codecs.lookup(best.encoding).name


# --- HTML -----------------------------------------------------------------------


def _sniff_html(text: str, extension: str) -> bool:
    """Whether ``text`` looks like an HTML page.

    It does if it starts (after whitespace) with ``<!doctype html`` or ``<html``.
    It also does if a ``<head>`` or ``<body>`` tag appears in the first 2 KB, unless
    the file has a plain-text extension (.txt, .text, .md): an article *about*
    HTML may quote such tags.
    """
    head = text[:_SNIFF_CHARS].lstrip()
    if _HTML_START.match(head):
        return True
    return extension not in _PLAIN_EXTENSIONS and _HTML_SECTION.search(head) is not None


def _extract_html(html: str, name: str) -> tuple[str, dict[str, Any]]:
    """The main text of an HTML page and its metadata as Document keyword arguments.

    Raises InputError if trafilatura cannot parse the page or finds no text in it.
    """
    import trafilatura

    if "<html" not in html[:_SNIFF_CHARS].lower():
        # trafilatura drops documents it finds "dubious": a bare fragment such as "<p>text</p>".
        html = f"<html><body>{html}</body></html>"
    date_params = {
        "original_date": True,
        # The extensive search guesses dates from the article body ("the plan starts on
        # 12 January 2021"), which are not publication dates.
        "extensive_search": False,
        "max_date": datetime.date.today().isoformat(),
    }
    try:
        result = trafilatura.bare_extraction(
            html,
            include_comments=False,
            with_metadata=True,
            date_extraction_params=date_params,
        )
    except Exception as exc:  # noqa: BLE001 - a third-party parser fed untrusted input
        raise InputError(
            f"the HTML in {name} could not be parsed ({type(exc).__name__}); check that it is a web page"
        ) from exc
    text = getattr(result, "text", None)
    if not text or not text.strip():
        raise InputError(f"no article text found in {name}; check that the page contains the article itself")
    metadata = {
        "title": _clean(result.title),
        "url": _clean_url(result.url),
        "published": _parse_date(result.date),
        "publisher": _clean(result.sitename),
        "author": _clean(result.author),
    }
    return text, metadata


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _clean_url(value: object) -> str | None:
    """An absolute http(s) URL, or None: relative canonical links name no article."""
    url = _clean(value)
    if url is None or not re.match(r"https?://[^/\s]", url, re.IGNORECASE):
        return None
    return url


def _parse_date(value: object) -> datetime.date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
