"""Reading documents from disk: stage one of the pipeline.

A document is a ``.txt`` or ``.md`` file, optionally opening with front matter, or a saved
web page (``.html``, read by :mod:`calfeed.html_pages`, whose markup gives the same fields)::

    ---
    title: Call for papers
    url: https://example.org/cfp
    published: 2026-01-15
    location: Vienna
    timezone: Europe/Vienna
    ---

A text file whose paragraphs are marked by HTML block tags rather than by newlines (text
copied from a page's source) is read as markup, like a page. Front matter is read by hand (``key: value`` lines) rather than with a YAML parser:
these five scalar keys are all calfeed reads, and a dependency for them is not worth it.
Anything wrong with a file is raised as :class:`SourceError` naming the file, so the
pipeline can report it and go on with the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from calfeed.html_pages import declared_charset, read_page, written_by_calfeed
from calfeed.model import Document
from calfeed.broken_paragraphs import join_broken_paragraphs
from calfeed.wrapped_rows import join_wrapped_rows

SUFFIXES = (".txt", ".md", ".html", ".htm")
PAGE_SUFFIXES = (".html", ".htm")
KNOWN_KEYS = ("title", "url", "published", "location", "timezone")
_FRONT = re.compile(r"---[ \t]*\r?\n")
_KEY_VALUE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,40})[ \t]*:[ \t]*(.*)")
# The hyphen forms Unicode keeps apart from the hyphen-minus for typesetting alone: the hyphen
# (U+2010), the non-breaking hyphen (U+2011) and the figure dash (U+2012). A clock range written with
# one of them means what it means with "-"; every reader (the tagger's ranges, the titles) sees "-",
# one character for one, so no offset moves. The en and em dashes stay: the readers know them.
_HYPHEN_FORMS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-"})


class SourceError(Exception):
    """A document that cannot be read; the message names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def find_documents(paths: Iterable[Path]) -> list[tuple[Path, Path]]:
    """Every document under ``paths`` as ``(file, root)`` pairs, in a stable order.

    ``root`` is what the document's reported path is relative to: the folder given,
    or the file's own folder when a file is given directly.
    """
    found: list[tuple[Path, Path]] = []
    for given in paths:
        if given.is_dir():
            outputs = [f.parent for f in given.rglob(OUTPUT_MARK_FILE) if _our_output(f)]
            for file in sorted(given.rglob("*")):
                if (file.is_file() and file.suffix.lower() in SUFFIXES and not _hidden(file, given)
                        and not any(file.is_relative_to(folder) for folder in outputs)
                        and not _our_own_page(file)):
                    found.append((file, given))
        elif given.exists():
            found.append((given, given.parent))
        else:
            raise SourceError(str(given), "no such file or folder")
    return found


OUTPUT_MARK_FILE = "events.json"   # every build writes it, stamped "generated_by": "calfeed …"


def _our_output(events_json: Path) -> bool:
    """Whether a folder under the input is an earlier build's output (its reports, pages)."""
    try:
        with events_json.open("rb") as handle:
            return b'"generated_by": "calfeed' in handle.read(200)
    except OSError:
        return False


def _our_own_page(file: Path) -> bool:
    """A report or source page an earlier build wrote, found again under the input folder."""
    if file.suffix.lower() not in PAGE_SUFFIXES:
        return False
    try:
        with file.open("rb") as handle:
            return written_by_calfeed(handle.read(1024))
    except OSError:
        return False     # read_document will name the problem


def _hidden(file: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in file.relative_to(root).parts)


def document_names(found: Sequence[tuple[Path, Path]]) -> list[str]:
    """The name each of ``found`` is reported by: its path under its root ("notice.txt"), unless
    another root holds a different file under that same path; then each such name is led by its
    root as given ("x/notice.txt", "y/notice.txt"). A led name may meet another root's own path
    ("b/x.txt" under root "a" and "x.txt" under root "b"): those are led again, and the absolute
    path settles whatever still clashes. A name is what an entry's UID, its sources and its
    source page are keyed by, so two documents of one build must not share one."""
    names = [_relative_name(file, root) for file, root in found]
    led = [(root / name).as_posix() for name, (_, root) in zip(names, found)]
    for _ in range(2):
        clashing = _clashing(names, found)
        names = [lead if name in clashing else name for name, lead in zip(names, led)]
    clashing = _clashing(names, found)
    return [file.resolve().as_posix() if name in clashing else name for name, (file, _) in zip(names, found)]


def _clashing(names: list[str], found: Sequence[tuple[Path, Path]]) -> set[str]:
    """The names given to more than one file."""
    files: dict[str, set[Path]] = {}
    for name, (file, _) in zip(names, found):
        files.setdefault(name, set()).add(file.resolve())
    return {name for name, held in files.items() if len(held) > 1}


def _relative_name(file: Path, root: Path) -> str:
    return file.relative_to(root).as_posix() if file.is_relative_to(root) else file.name


def read_document(file: Path, root: Path, name: str | None = None) -> Document:
    """Read one document; raise :class:`SourceError` if it is not usable text. ``name``: what it
    is reported by (``document_names``), by default its path under ``root``."""
    rel = name if name is not None else _relative_name(file, root)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise SourceError(rel, f"cannot be read ({exc.strerror or exc})") from exc
    return parse_document(raw, rel)


def parse_document(raw: bytes, path: str) -> Document:
    """Decode and split a document's bytes; ``path`` only names it in errors and output."""
    if b"\x00" in raw[:8192]:
        raise SourceError(path, "looks like a binary file (it contains NUL bytes), not a text document")
    page = path.lower().endswith(PAGE_SUFFIXES)
    encoding = (declared_charset(raw) if page else None) or "utf-8-sig"
    try:
        text = raw.decode("utf-8-sig" if encoding in ("utf-8", "utf8") else encoding)
    except LookupError:
        raise SourceError(path, f"declares an unknown character set {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise SourceError(
            path, f"is not valid {encoding.removesuffix('-sig').upper()} "
                  f"(byte 0x{raw[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = text.translate(_HYPHEN_FORMS)
    if page:
        return _page_document(text, path)
    meta, body = _split_front_matter(text, path)
    if _markup_carries_lines(body):
        body = _PUNCTUATION_LINE.sub("", read_page(body).text)    # "</p>.<p>": the dot between is no paragraph
    else:
        body = _without_tag_lines(body)     # a stray "<table width=...>" left between a list's lines
    return Document(
        path=path,
        text=join_broken_paragraphs(join_wrapped_rows(body)),
        title=meta.get("title") or None,
        url=_url(meta.get("url"), path),
        published=_published(meta.get("published"), path),
        location=meta.get("location") or None,
        timezone=_timezone(meta.get("timezone"), path),
    )


# Block tags: in a text whose paragraphs are marked by them, they are its line breaks.
_BLOCK_TAG = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article)\b[^<>\n]{0,200}>",
                        re.IGNORECASE)
MIN_BLOCK_TAGS = 3
_PUNCTUATION_LINE = re.compile(r"^[ \t]*[.,;:]+[ \t]*\n\n?", re.MULTILINE)


def _without_tag_lines(body: str) -> str:
    """The text less the lines that hold only block tags ("<table width=\"100%\">", "</div>"): a
    page copied as text keeps a few of its tags on lines of their own, and such a line is no
    heading, label or title of the lines around it. Tags inside a line of text stay."""
    if "<" not in body:
        return body
    lines = body.split("\n")
    kept = [line for line in lines if not (line.strip().startswith("<") and _BLOCK_TAG.search(line)
                                           and not _BLOCK_TAG.sub("", line).strip())]
    return body if len(kept) == len(lines) else "\n".join(kept)


def _markup_carries_lines(body: str) -> bool:
    """A text file pasted from a page's source ("<p>The exams will begin ...</p>.<p>Results ...</p>"):
    its block tags outnumber its lines, so they, not the newlines, part its paragraphs, and the
    tags' words ("p") would be read as text. A text with a few tags among many lines (Markdown
    with a "<br>" in a table) keeps its lines."""
    tags = len(_BLOCK_TAG.findall(body))
    lines = sum(1 for line in body.split("\n") if line.strip())
    return tags >= MIN_BLOCK_TAGS and tags > lines


def _page_document(html: str, path: str) -> Document:
    """A web page: its text, and the title, address and publication date its markup gives.

    Markup metadata is written by publishing software, not by the user, so a value calfeed
    cannot read is left out rather than failing the file.
    """
    page = read_page(html)
    if not page.text.strip():
        raise SourceError(path, "is a web page with no readable text")
    url = page.url if page.url and re.match(r"https?://[^\s]{1,2000}$", page.url) else None
    published = _page_published(page.published)
    source = f"page metadata {page.published_from}"
    if published is None and page.updated:        # the footer's "Last updated 3 November 2026"
        published = _page_published(_date_part(page.updated))
        source = f"{FOOTER_UPDATE} \"{page.updated}\""
    return Document(path=path, text=join_broken_paragraphs(join_wrapped_rows(page.text)), title=page.title, url=url, published=published,
                    published_from=source if published else "", marked=page.marked, footer=page.footer)


# How a date read from a page's footer is introduced: a page kept up to date looks ahead from it.
FOOTER_UPDATE = "page footer"


def _date_part(line: str) -> str:
    """"Last updated: 3 November 2026" -> "3 November 2026": the date ends the footer line."""
    from calfeed.timex.lexicon import ordinal_ending

    match = re.search(rf"(\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}{ordinal_ending()}? \S+ \d{{4}}|[A-Za-z]{{3,9}}\.? \d{{1,2}}\S{{0,3}},? \d{{4}})$",
                      line)
    return match.group(1) if match else line


def _page_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    from dateutil import parser

    try:
        return parser.parse(value, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None


def _split_front_matter(text: str, path: str) -> tuple[dict[str, str], str]:
    if not _FRONT.match(text):
        return {}, text
    lines = text.split("\n")
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return meta, "\n".join(lines[number:])
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY_VALUE.fullmatch(line.strip())
        if not match:
            raise SourceError(path, f"front matter line {number} is not 'key: value': {line.strip()[:60]!r}")
        key, value = match.group(1).lower(), match.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key] = value
    raise SourceError(path, "front matter opened with '---' is never closed")


def _url(value: str | None, path: str) -> str | None:
    if not value:
        return None
    if not re.match(r"https?://[^\s]{1,2000}$", value):
        raise SourceError(path, f"front matter url must be an http(s) address, got {value!r}")
    return value


def _published(value: str | None, path: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise SourceError(path, f"front matter published must be a date like 2011-06-23, got {value!r}") from exc


def _timezone(value: str | None, path: str) -> str | None:
    if not value:
        return None
    import pytz

    if value not in pytz.all_timezones_set:
        raise SourceError(path, f"front matter timezone {value!r} is not an IANA time zone name")
    return value
