"""Saved web pages as documents: the text a reader sees, and what the page says about itself.

Press releases and notices mostly live on web pages. A page's own markup says when it was
published (``article:published_time``, ``datePublished``), where it lives (the canonical
link) and what it is called, so those fill the fields front matter fills for a text file.
The text keeps the page's block structure as blank lines, because sentences and list items
are split on them, and writes headings, list items and tables as Markdown does ("## Sunday 6
June", "- 11:00 Poetry brunch", "| 18:00 | Opening reception |"), so a page and a Markdown
file of the same notice read alike. Menus, footers, sidebars and scripts are left out: their dates belong to
other pages. When the page marks its main content (``<main>``, ``<article>``), only that is
read.

A ``<time datetime="...">`` element's machine-readable date is kept with the span of its text
(:class:`calfeed.model.MarkedDate`), for the tagger to take over the words ("Tuesday evening");
one in the byline ("Published <time ...>") dates the page when its metadata does not. Sibling
elements that a browser sets apart ("<time>2026-08-02</time><span>General application</span>")
get a space where their words would otherwise glue.

The standard library's tolerant parser is enough here: pages are read, not validated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from calfeed.model import MarkedDate

# Content that is not the page's text.
SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "nav", "footer", "aside",
                     "form", "button", "select", "iframe", "head"})
# Elements that start a new paragraph; a line break for the rest of BREAKS.
BLOCKS = frozenset({"p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5",
                    "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "figure", "hr", "address"})
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BREAKS = frozenset({"br", "li", "tr", "dt", "dd", "figcaption", "caption"})
MAIN = frozenset({"main", "article"})
CELLS = frozenset({"td", "th"})
# Struck-out text ("<s>April 11, 2028</s> April 18, 2028"), written as Markdown strikes it
# ("~~April 11, 2028~~") so the events stage reads both the same way: a replaced date.
STRUCK = frozenset({"s", "del", "strike"})
VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source",
                  "track", "wbr", "param"})
# Meta names and properties that give the publication date, most specific first.
PUBLISHED_KEYS = ("article:published_time", "og:published_time", "datepublished", "dc.date.issued",
                  "dcterms.issued", "dc.date", "dcterms.date", "date", "pubdate", "publish-date",
                  "publication_date", "sailthru.date", "parsely-pub-date")
TITLE_KEYS = ("og:title", "twitter:title")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset=["']?([A-Za-z0-9_-]{1,40})""", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v\n\u00a0]+")
# Marks carried in the text while it is assembled, taken out by _settle and _lift: a <time>
# element opens with OPEN, its number among the reader's datetimes and OPENED, and closes with
# CLOSE; JOIN stands between sibling elements, SPACE around a <time>: a space when words glue.
OPEN, OPENED, CLOSE, JOIN, SPACE = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
_MARKS = OPEN + OPENED + CLOSE + JOIN + SPACE
_EMPTY_TIME = re.compile(f"{OPEN}\\d+{OPENED}{CLOSE}")
_OPEN_THEN_SPACE = re.compile(f"({OPEN}\\d+{OPENED})([ \\t\\n\\u00a0]+)")
_SPACE_THEN_CLOSE = re.compile(f"([ \\t\\n\\u00a0]+){CLOSE}")
_LIFTED = re.compile(f"{OPEN}(\\d+){OPENED}|{CLOSE}")
_BOUNDARY = re.compile(f"[{JOIN}{SPACE}]")
# Inline elements whose text runs on into the next one's ("14<sup>th</sup>"): never set apart.
WORD_PARTS = frozenset({"sup", "sub", "wbr"})


@dataclass
class Page:
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None      # as the page writes it (ISO 8601 as a rule)
    published_from: str | None = None # the markup it came from ("article:published_time")
    updated: str | None = None        # "Last updated 3 November 2026", read from the footer left out of text
    marked: tuple[MarkedDate, ...] = ()   # <time datetime> values with the span of their text
    footer: str = ""                  # the footers' text, a line for each of their blocks and breaks


GENERATOR_MARK = b'<meta name="generator" content="calfeed">'


def written_by_calfeed(head: bytes) -> bool:
    """Whether a page's first bytes carry the mark calfeed puts on its reports and source pages."""
    return GENERATOR_MARK in head


def declared_charset(raw: bytes) -> str | None:
    """The encoding a page declares in its first bytes (``<meta charset=...>``), if any."""
    match = _CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def read_page(html: str) -> Page:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    chunks = reader.main_chunks if reader.main_chunks else reader.chunks
    text, spans = _lift(_paragraphs(chunks))
    marked = tuple(MarkedDate(a, b, reader.datetimes[n]) for n, a, b in spans)
    meta = reader.meta
    key = next((k for k in PUBLISHED_KEYS if meta.get(k)), None)
    if key:
        published, published_from = meta[key], key
    elif reader.time_published:
        published, published_from = reader.time_published, "datePublished"
    else:
        published, published_from = reader.byline_time, BYLINE_TIME
    title = next((meta[k] for k in TITLE_KEYS if meta.get(k)), None) or _clean(reader.title) or None
    footer = "".join(reader.footers)
    return Page(text=text, title=title, url=reader.canonical or meta.get("og:url"),
                published=published, published_from=published_from if published else None,
                updated=_footer_update(footer), marked=marked, footer=_footer_lines(footer))


# How a publication date read from a byline's <time> element is named in the report.
BYLINE_TIME = "<time> in the byline"


def _footer_date(ordinal: str) -> str:
    """A date as a footer writes it ("3 November 2026", "November 3, 2026", "2026-11-03"), ``ordinal``
    the ordinal endings' group ("3rd November 2026")."""
    return rf"(\d{{1,2}}{ordinal}? [A-Za-z]{{3,9}}\.? \d{{4}}|[A-Za-z]{{3,9}}\.? \d{{1,2}}{ordinal}?, \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"


def _footer_update(footer: str) -> str | None:
    """The footer's "Last updated <date>" line, as written: the page's own date when its
    markup gives none (``footer_date_labels.txt``, a word of ``footer_date_links.txt`` between: "on")."""
    from calfeed.timex.lexicon import listed_group, load_list, ordinal_ending

    text = _clean(footer)
    labels = "|".join(re.escape(w).replace(r"\ ", " ") for w in load_list("en", "footer_date_labels"))
    links = listed_group("en", "footer_date_links")
    match = re.search(rf"(?<![\w])(?:{labels})(?: {links})?:? {_footer_date(ordinal_ending())}", text, re.IGNORECASE)
    return match.group(0) if match else None


def _footer_lines(footer: str) -> str:
    """The footer's lines, each tidied, none empty: its address is read line by line (address_lines)."""
    return "\n".join(line for line in map(_clean, footer.split("\n")) if line)


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _paragraphs(chunks: list[str]) -> str:
    """Join text runs and break marks ("\\n" line, "\\n\\n" paragraph) into tidy text."""
    lines: list[str] = []
    current: list[str] = []
    blank = False
    for chunk in chunks + ["\n\n"]:
        if chunk in ("\n", "\n\n"):
            line = _settle("".join(current))
            current = []
            if line.strip(_MARKS):
                if blank and lines:
                    lines.append("")
                lines.append(line)
                blank = False
            if chunk == "\n\n":
                blank = True
        else:
            current.append(chunk)
    return "\n".join(lines) + "\n" if lines else ""


def _settle(line: str) -> str:
    """One line's text, tidy: each boundary mark a space where words would glue, or nothing;
    the spaces at a <time>'s edges moved outside it, so its span holds its words only."""
    if JOIN in line or SPACE in line:
        line = _BOUNDARY.sub(lambda m: " " if _glued(line, m.start(), m.group(0) == SPACE) else "", line)
    line = _clean(line)
    if OPEN in line:
        line = _EMPTY_TIME.sub("", line)
        line = _clean(_SPACE_THEN_CLOSE.sub(lambda m: CLOSE + m.group(1), _OPEN_THEN_SPACE.sub(r"\2\1", line)))
    return line


def _glued(line: str, at: int, around_time: bool) -> bool:
    """Whether the characters either side of a boundary would run two words together: any two
    word characters at a <time>'s edge ("on<time>4 May</time>"), else a word end and a capital
    or a number ("2026-08-02" + "General", "Deadline:" + "14 May"), not a word's pieces ("Jan" + "uary")."""
    left = _beside(line, at - 1, -1)
    right = _beside(line, at + 1, 1)
    if left.isspace() or right.isspace():
        return False
    ends = left.isalnum() or left in ".,:;!?)]"
    if around_time:
        return ends and right.isalnum()
    return ends and (right.isupper() or (right.isdigit() and not left.isdigit()))


def _beside(line: str, at: int, step: int) -> str:
    """The first character from ``at`` on, going ``step``, that is not a mark (a space at the line's end)."""
    while 0 <= at < len(line):
        if line[at] not in _MARKS:
            return line[at]
        at += step
    return " "


def _lift(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The text without its <time> marks, and (datetime number, start, end) of each element's words."""
    if OPEN not in text:
        return text, []
    out: list[str] = []
    spans: list[tuple[int, int, int]] = []
    opened: list[tuple[int, int]] = []
    size, cursor = 0, 0
    for match in _LIFTED.finditer(text):
        out.append(text[cursor:match.start()])
        size += match.start() - cursor
        cursor = match.end()
        if match.group(1) is not None:
            opened.append((int(match.group(1)), size))
        elif opened:
            number, start = opened.pop()
            if size > start:
                spans.append((number, start, size))
    out.append(text[cursor:])
    return "".join(out), sorted(spans, key=lambda s: s[1])


@dataclass
class _Open:
    tag: str
    skipped: bool
    main: bool
    cell: bool = False        # it or an element it stands in is a table's cell
    footer: bool = False      # it or an element it stands in is a footer
    stamp: bool = False       # it or an element it stands in has a byline's class (byline_date_classes)


def _byline_classes() -> frozenset[str]:
    from calfeed.timex.lexicon import load_words

    return load_words("en", "byline_date_classes")


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.main_chunks: list[str] = []
        self.stack: list[_Open] = []
        self.open_tags: dict[str, int] = {}  # how many elements of each tag the stack holds
        self.meta: dict[str, str] = {}
        self.title = ""
        self.canonical: str | None = None
        self.time_published: str | None = None
        self.byline_time: str | None = None  # a <time> the byline stamps the page with ("Published <time>")
        self.datetimes: list[str] = []       # each <time datetime> value, numbered as OPEN marks them
        self._last: tuple[str, str] = ("start", "")   # ("start"|"end"|"data", tag): what the parser saw last
        self.footers: list[str] = []    # the footers' runs of text and line marks, left out of the page's but
                                        # read for its date and contacts (a list: a long footer added run by run was square)
        self._in_title = False
        self._row_cells = 0             # cells of the table row being read
        self._row_headers = True        # whether they were all header cells

    @property
    def _in_cell(self) -> bool:
        # Each open element carries what it stands in: asking the whole stack at every tag made
        # a page of unclosed elements quadratic ("<div><span>" 7,000 deep: 14.5x for 4x the page).
        return bool(self.stack) and self.stack[-1].cell

    @property
    def _in_footer(self) -> bool:
        return bool(self.stack) and self.stack[-1].footer

    @property
    def _skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1].skipped

    @property
    def _in_main(self) -> bool:
        return bool(self.stack) and self.stack[-1].main

    @property
    def _in_stamp(self) -> bool:
        return bool(self.stack) and self.stack[-1].stamp

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content") and key not in self.meta:
                self.meta[key] = values["content"].strip()
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href") or None
        elif tag == "time" and values.get("itemprop", "").lower() == "datepublished":
            self.time_published = self.time_published or values.get("datetime") or None
        elif tag == "title":
            self._in_title = True
        if tag in VOID:
            self._mark(tag)
            self._last = ("end", tag)
            return
        skipped = self._skipping or tag in SKIPPED
        if not skipped and tag not in WORD_PARTS:
            self._boundary(tag)
        classes = frozenset(values.get("class", "").lower().split())
        stamp = self._in_stamp or (bool(classes) and not classes.isdisjoint(_byline_classes()))
        self.stack.append(_Open(tag, skipped, self._in_main or tag in MAIN,
                                self._in_cell or tag in CELLS, self._in_footer or tag == "footer", stamp))
        self.open_tags[tag] = self.open_tags.get(tag, 0) + 1
        self._mark(tag)
        if tag == "time" and values.get("datetime", "").strip() and not skipped:
            self._time(values)
        self._last = ("start", tag)
        if tag == "li" and not skipped:
            self.handle_data("- ")
        if tag in HEADINGS and not skipped and not self._in_cell:   # "## Sunday 6 June", as Markdown marks one
            self.handle_data("#" * HEADINGS[tag] + " ")
        if tag in STRUCK and not skipped:
            self._text("~~")
        if tag == "tr":
            self._row_cells, self._row_headers = 0, True
        if tag in CELLS and not skipped:      # a row reads "| 8 March 2027 | Informal briefing | Room 4 |"
            self._row_cells += 1
            self._row_headers = self._row_headers and tag == "th"
            self._text("| ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in VOID:
            return
        # close up to the matching tag; a stray end tag closes nothing, and is known for one without
        # a walk down the stack ("</p>" after thousands of unclosed "<div>": a walk each was square)
        if not self.open_tags.get(tag):
            return
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth].tag == tag:
                skipped = self.stack[depth].skipped
                if tag in STRUCK and not skipped:
                    self._text("~~")
                if tag == "time" and not skipped:
                    self._text(CLOSE)
                if tag in CELLS and not skipped:
                    self._text(" ")
                if tag == "tr" and self._row_cells and not skipped:
                    self._text("|")
                    if self._row_headers:       # a header row, marked as Markdown marks one
                        for part in ("\n", "|---|"):
                            self._text(part)
                    self._row_cells = 0
                self._mark(tag)
                for closed in self.stack[depth:]:
                    self.open_tags[closed.tag] -= 1
                del self.stack[depth:]
                self._last = ("end", tag)
                return

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._in_footer:
            self.footers.append(" " + data)
        if self._skipping:
            return
        if self._last == ("end", "time"):
            self._text(SPACE)        # "<time>2026-08-02</time>General application"
        self._last = ("data", "")
        self._text(data.replace("\n", " ") if self._in_cell else data)

    def _boundary(self, tag: str) -> None:
        """Mark where an element meets what stands right before it with no space between."""
        kind, before = self._last
        if tag == "time" and kind in ("data", "end"):
            self._text(SPACE)
        elif kind == "end" and before not in WORD_PARTS:
            self._text(SPACE if before == "time" else JOIN)

    def _time(self, values: dict[str, str]) -> None:
        """Open a <time datetime> element's span; note it as the page's date when it stamps the byline."""
        value = values["datetime"].strip()
        self._text(f"{OPEN}{len(self.datetimes)}{OPENED}")
        self.datetimes.append(value)
        if self.byline_time is None and self._stamps_page(values):
            self.byline_time = value

    def _stamps_page(self, values: dict[str, str]) -> bool:
        """A <time> that dates the page itself: marked ``pubdate``, inside an element whose
        class names a publication stamp ("entry-date published", "posted-on"), or right after a
        label ("Published", "Posted on") on its line (``byline_date_labels``)."""
        from calfeed.timex.lexicon import load_list

        if "pubdate" in values:
            return True
        if self._in_stamp:
            return True
        chunks = self.main_chunks if self._in_main else self.chunks
        tail: list[str] = []
        size = 0
        for k in range(len(chunks) - 2, -1, -1):
            chunk = chunks[k]
            if chunk in ("\n", "\n\n") or size > 80:
                break
            tail.append(chunk)
            size += len(chunk)
        before = _clean("".join(reversed(tail)).translate({ord(c): None for c in _MARKS}))
        before = before.rstrip(":|-–— ").lower()
        return any(before == label or before.endswith(" " + label)
                   for label in load_list("en", "byline_date_labels"))

    def _text(self, data: str) -> None:
        self.chunks.append(data)
        if self._in_main:
            self.main_chunks.append(data)

    def _mark(self, tag: str) -> None:
        mark = "\n\n" if tag in BLOCKS else "\n" if tag in BREAKS else None
        if mark is not None and self._in_footer:
            self.footers.append("\n")   # "Main Street<br>Kilcullen, Co. Kildare": an address's lines stay lines
        if mark is None or self._skipping:
            return
        if self._in_cell and tag not in ("tr", "table"):
            mark = " "                  # a paragraph inside a cell stays on the row's line
        self.chunks.append(mark)
        if self._in_main or tag in MAIN:
            self.main_chunks.append(mark)
