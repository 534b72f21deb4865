"""Tests for kb.reading: paths to article documents."""
from __future__ import annotations

import datetime
import hashlib
import os
import random
from pathlib import Path

import pytest

from kb import reading
from kb.errors import InputError
from kb.reading import Document, iter_paths, read_document

FRENCH = (
    "Le café de la gare a été fermé hier soir par la préfecture. Les habitants du quartier "
    "étaient très déçus, car c'était le seul endroit où l'on pouvait boire un thé après "
    "vingt-deux heures. Le maire a déclaré qu'il réfléchissait à une solution.\n"
)
GERMAN = (
    "Die Bürgermeisterin von München hat am Dienstag erklärt, dass die Straßenbahn über die "
    "Isar verlängert wird. Die Bauarbeiten sollen im Frühjahr beginnen und drei Jahre dauern. "
    "Kritiker äußerten Bedenken wegen der Kosten.\n"
)

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Council approves new bridge</title>
  <meta property="article:published_time" content="2024-03-05">
  <link rel="canonical" href="https://example.org/a">
</head>
<body>
  <nav><ul>
    <li><a href="/">Home</a></li>
    <li><a href="/world">World section navigation</a></li>
    <li><a href="/sport">Sport</a></li>
  </ul></nav>
  <article>
    <h1>Council approves new bridge</h1>
    <p>The city council of Lyon approved on Tuesday the construction of a new bridge over the Rhône.</p>
    <p>Mayor Anne Dupont said the bridge would open in 2027 and cost about 40 million euros.</p>
    <p>Opponents argued that the money should go to public transport and promised to appeal.</p>
  </article>
  <footer>Copyright 2024 Example News</footer>
</body>
</html>
"""


def write(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def input_error(source: str | Path, data: bytes | None = None) -> str:
    """Read ``source``, expect an InputError, check it is one line, and return its message."""
    with pytest.raises(InputError) as info:
        read_document(str(source), data)
    message = str(info.value)
    assert message and "\n" not in message and "\r" not in message
    return message


# --- plain text and encodings -----------------------------------------------------


def test_utf8_text(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Zürich, 3 mai — « café » ✓\nSecond line.\n")
    doc = read_document(str(path))
    assert doc == Document(
        text="Zürich, 3 mai — « café » ✓\nSecond line.\n",
        source=str(path),
        media_type="text/plain",
        content_hash=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        encoding="utf-8",
    )


def test_source_is_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.txt", "Some news.\n")
    monkeypatch.chdir(tmp_path)
    assert read_document("a.txt").source == str(tmp_path / "a.txt")


def test_utf8_with_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + "Café ouvert.\n".encode())
    doc = read_document(str(path))
    assert doc.text == "Café ouvert.\n"
    assert doc.encoding == "utf-8-sig"


@pytest.mark.parametrize(
    ("codec", "expected"), [("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("utf-32", "utf-32-le")]
)
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str, expected: str) -> None:
    text = "Grüße aus Köln: die Brücke ist offen.\n"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path = write(tmp_path / "wide.txt", data)
    doc = read_document(str(path))
    assert doc.text == text
    assert doc.encoding == expected


def test_latin1_text_is_detected(tmp_path: Path) -> None:
    path = write(tmp_path / "latin1.txt", (FRENCH + GERMAN).encode("latin-1"))
    doc = read_document(str(path))
    assert doc.text == FRENCH + GERMAN
    assert "café" in doc.text and "Straßenbahn" in doc.text
    assert doc.encoding == "cp1252"


def test_german_latin1_alone_is_not_read_as_cp1250(tmp_path: Path) -> None:
    text = GERMAN + "Die Anwohner sind naïve, sagte ein Sprecher.\n"
    doc = read_document(str(write(tmp_path / "de.txt", text.encode("cp1252"))))
    assert doc.text == text


def test_short_latin1_text(tmp_path: Path) -> None:
    doc = read_document(str(write(tmp_path / "short.txt", "Le café est fermé.".encode("latin-1"))))
    assert doc.text == "Le café est fermé."


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    html = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1252"').replace("Rhône", "Rhône “Bridge”")
    doc = read_document(str(write(tmp_path / "legacy.html", html.encode("cp1252"))))
    assert "over the Rhône “Bridge”" in doc.text
    assert doc.encoding == "cp1252"


def test_crlf_and_lone_cr_are_normalised(tmp_path: Path) -> None:
    path = write(tmp_path / "crlf.txt", b"line one\r\nline two\rline three\r\n\r\n  indented\t\r\n")
    assert read_document(str(path)).text == "line one\nline two\nline three\n\n  indented\t\n"


def test_inner_whitespace_is_kept(tmp_path: Path) -> None:
    text = "\n\n   Title\n\n\tBody  with  spaces.   \n\n"
    assert read_document(str(write(tmp_path / "ws.md", text))).text == text


def test_content_hash_is_stable(tmp_path: Path) -> None:
    a = read_document(str(write(tmp_path / "a.txt", b"Same news.\r\n")))
    b = read_document(str(write(tmp_path / "b.txt", "Same news.\n".encode("utf-16"))))
    c = read_document("-", b"Same news.\n")
    assert a.content_hash == b.content_hash == c.content_hash
    assert a.content_hash == hashlib.sha256(b"Same news.\n").hexdigest()
    assert read_document("-", b"Other news.\n").content_hash != a.content_hash


def test_stdin_bytes() -> None:
    doc = read_document("-", "Nouvelles du jour : tout va bien.\n".encode())
    assert doc.source == "-"
    assert doc.media_type == "text/plain"
    assert doc.text == "Nouvelles du jour : tout va bien.\n"


def test_stdin_html_is_sniffed() -> None:
    doc = read_document("-", ARTICLE_HTML.encode())
    assert doc.media_type == "text/html"
    assert doc.title == "Council approves new bridge"


def test_stdin_is_read_when_no_data(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        class buffer:  # noqa: N801 - mimics sys.stdin.buffer
            @staticmethod
            def read(size: int = -1) -> bytes:
                return b"From a pipe.\n"

    monkeypatch.setattr(reading.sys, "stdin", FakeStdin)
    assert read_document("-").text == "From a pipe.\n"


# --- refusals -------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.txt", b"")
    message = input_error(path)
    assert str(path) in message and "empty" in message


def test_empty_stdin() -> None:
    assert "standard input" in input_error("-", b"")


@pytest.mark.parametrize("content", [b"   \n\t\r\n  ", b"\xef\xbb\xbf", "\u3000\n".encode("utf-16")])
def test_whitespace_only(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "blank.txt", content)
    message = input_error(path)
    assert str(path) in message


def test_random_binary(tmp_path: Path) -> None:
    rng = random.Random(1)
    data = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00\x00"
    path = write(tmp_path / "noise.txt", data)
    message = input_error(path)
    assert str(path) in message and "binary" in message


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    data = bytes(range(1, 32)) * 50 + b"some text"
    path = write(tmp_path / "ctrl", data)
    message = input_error(path)
    assert str(path) in message and "control characters" in message


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    ],
)
def test_known_binary_formats(tmp_path: Path, data: bytes, kind: str) -> None:
    path = write(tmp_path / "article.txt", data)
    message = input_error(path)
    assert str(path) in message and kind in message


def test_undecodable_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "_guess_charset", lambda data: None)
    path = write(tmp_path / "latin1.txt", FRENCH.encode("latin-1"))
    message = input_error(path)
    assert str(path) in message and "convert it to UTF-8" in message


def test_broken_utf16_after_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "odd.txt", b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    message = input_error(path)
    assert str(path) in message and "UTF-16" in message


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    path = write(tmp_path / "big.txt", "x" * 101)
    message = input_error(path)
    assert str(path) in message and "100 bytes" in message
    write(tmp_path / "ok.txt", "x" * 100)
    assert read_document(str(tmp_path / "ok.txt")).text == "x" * 100


def test_too_large_message_in_megabytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 2 * 1024 * 1024)
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 3 MB actually written
        handle.truncate(3 * 1024 * 1024)
    message = input_error(path)
    assert f"{path} is 3.0 MB; kb reads articles up to 2 MB" in message


def test_too_large_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 10)
    assert "standard input" in input_error("-", b"x" * 11)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    message = input_error(path)
    assert message.startswith(f"no such file or folder: {path}")


def test_folder_given_to_read_document(tmp_path: Path) -> None:
    message = input_error(tmp_path)
    assert str(tmp_path) in message and "folder" in message


def test_symlink_loop_file(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    message = input_error(loop)
    assert str(loop) in message and "loop" in message


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", "hidden news")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(reading, "open", refuse, raising=False)
    message = input_error(path)
    assert str(path) in message and "permission denied" in message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", "hidden news")
    path.chmod(0)
    try:
        message = input_error(path)
    finally:
        path.chmod(0o644)
    assert str(path) in message and "permission denied" in message


# --- HTML -------------------------------------------------------------------------


def test_html_article(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", ARTICLE_HTML)
    doc = read_document(str(path))
    assert doc.media_type == "text/html"
    assert "The city council of Lyon approved on Tuesday" in doc.text
    assert "Mayor Anne Dupont said the bridge would open in 2027" in doc.text
    assert "promised to appeal" in doc.text
    assert "World section navigation" not in doc.text
    assert "Copyright" not in doc.text
    assert doc.title == "Council approves new bridge"
    assert doc.url == "https://example.org/a"
    assert doc.published == datetime.date(2024, 3, 5)
    assert doc.content_hash == hashlib.sha256(doc.text.encode()).hexdigest()
    assert "\r" not in doc.text


def test_html_sniffed_without_extension(tmp_path: Path) -> None:
    doc = read_document(str(write(tmp_path / "page", "\n\n  " + ARTICLE_HTML)))
    assert doc.media_type == "text/html"
    assert doc.url == "https://example.org/a"


def test_html_with_crlf(tmp_path: Path) -> None:
    doc = read_document(str(write(tmp_path / "page.htm", ARTICLE_HTML.replace("\n", "\r\n"))))
    assert "\r" not in doc.text
    assert "The city council of Lyon" in doc.text


def test_html_metadata_publisher_and_author(tmp_path: Path) -> None:
    html = ARTICLE_HTML.replace(
        "<title>",
        '<meta property="og:site_name" content="Example News">\n  <meta name="author" content="Jane Roe">\n  <title>',
    )
    doc = read_document(str(write(tmp_path / "page.html", html)))
    assert doc.publisher == "Example News"
    assert doc.author == "Jane Roe"


def test_html_date_is_not_guessed_from_body(tmp_path: Path) -> None:
    html = ARTICLE_HTML.replace('<meta property="article:published_time" content="2024-03-05">', "").replace(
        "in 2027", "on 12 January 2021"
    )
    assert read_document(str(write(tmp_path / "page.html", html))).published is None


def test_html_fragment(tmp_path: Path) -> None:
    doc = read_document(str(write(tmp_path / "frag.html", "<p>Only one paragraph of news about the harbour.</p>")))
    assert doc.text == "Only one paragraph of news about the harbour."
    assert doc.title is None and doc.url is None and doc.published is None


def test_txt_mentioning_body_tag_stays_plain(tmp_path: Path) -> None:
    text = "How to write HTML: put the text inside <body> and the title inside <head>.\n"
    doc = read_document(str(write(tmp_path / "howto.md", text)))
    assert doc.media_type == "text/plain" and doc.text == text


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div><p>Unclosed paragraph about the storm <b>bold<p>second <i>para",
        "<html><<<>>><</html>",
        "<html><body></body></html>",
        "<html><head><title>Nothing</title></head><body><script>var x = 1;</script></body></html>",
        "<!DOCTYPE html><html><body>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "</body></html>",
        "<html><body><p>caf\u00e9 &#0; &#xD800; &bogus; <![CDATA[ x ]]></p></body></html>",
        "<?xml version='1.0' encoding='latin-1'?><html><body><p>Declared XML prolog text.</p></body></html>",
    ],
)
def test_malformed_html_never_crashes(tmp_path: Path, html: str) -> None:
    path = write(tmp_path / "bad.html", html)
    try:
        doc = read_document(str(path))
    except InputError as exc:
        message = str(exc)
        assert "\n" not in message and str(path) in message
    else:
        assert doc.text.strip() and doc.media_type == "text/html"


def test_html_without_article_text(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.html", "<html><head><title>x</title></head><body></body></html>")
    message = input_error(path)
    assert message.startswith(f"no article text found in {path}")


# --- iter_paths -------------------------------------------------------------------


def test_iter_paths_folder(tmp_path: Path) -> None:
    root = tmp_path / "news"
    expected = [
        write(root / "b.txt", "b"),
        write(root / "a.html", "<p>a</p>"),
        write(root / "README", "r"),
        write(root / "2024" / "03" / "c.md", "c"),
        write(root / "2024" / "d.HTM", "d"),
        write(root / "e.xhtml", "e"),
        write(root / "f.text", "f"),
    ]
    write(root / "photo.png", b"\x89PNG\r\n\x1a\n")
    write(root / "data.json", "{}")
    write(root / ".hidden.txt", "h")
    write(root / ".git" / "notes.txt", "g")
    write(root / "2024" / ".cache" / "x.txt", "x")
    result = list(iter_paths([str(root)]))
    assert result == sorted(str(p) for p in expected)


def test_iter_paths_files_stdin_and_order(tmp_path: Path) -> None:
    folder = tmp_path / "dir"
    write(folder / "z.txt", "z")
    write(folder / "y.txt", "y")
    explicit = write(tmp_path / "picture.png", b"\x89PNG\r\n\x1a\n")  # named explicitly: kept
    paths = ["-", str(explicit), str(folder)]
    assert list(iter_paths(paths)) == ["-", str(explicit), str(folder / "y.txt"), str(folder / "z.txt")]


def test_iter_paths_follows_symlinks_and_terminates_on_loops(tmp_path: Path) -> None:
    root = tmp_path / "root"
    write(root / "sub" / "a.txt", "a")
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)  # loop to an ancestor
    (root / "self").symlink_to(root / "self")  # a link to itself
    (root / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    outside = write(tmp_path / "elsewhere" / "b.txt", "b")
    (root / "linked").symlink_to(outside.parent, target_is_directory=True)
    result = list(iter_paths([str(root)]))
    assert result == [str(root / "linked" / "b.txt"), str(root / "sub" / "a.txt")]


def test_iter_paths_top_level_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(InputError, match="loop") as info:
        list(iter_paths([str(tmp_path / "a")]))
    assert str(tmp_path / "a") in str(info.value)


def test_iter_paths_missing(tmp_path: Path) -> None:
    missing = tmp_path / "gone"
    with pytest.raises(InputError) as info:
        list(iter_paths([str(missing)]))
    message = str(info.value)
    assert message.startswith(f"no such file or folder: {missing}") and "\n" not in message


def test_iter_paths_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="symbolic link to a missing file"):
        list(iter_paths([str(link)]))


def test_iter_paths_empty_folder(tmp_path: Path) -> None:
    assert list(iter_paths([str(tmp_path)])) == []
