"""Links from an event back to the sentence it was read from.

A document published on the web is linked with a Text Fragment
(``#:~:text=...``, https://wicg.github.io/scroll-to-text-fragment/), which modern
browsers scroll to and highlight. A document without a URL is linked to its page
in the build output (``sources/<name>.html``, written by
:func:`calfeed.report.render_source_page`), where every expression carries the
anchor :func:`anchor_id`. Those links are absolute against ``base_url``; the
default the CLI uses is ``http://localhost:8000/`` (what ``python -m http.server -d
output`` serves), so a published build passes ``--base-url`` to where it is hosted.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from calfeed.model import Document
from calfeed.text import Sentences, split_sentences

# Characters a text directive may carry unescaped (the spec's explicit set), minus
# "(" and ")" so links also survive inside Markdown "[...](...)".
_FRAGMENT_SAFE = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!$'*+./:;=?@_~"
)
_SPACES = re.compile(r"\s+")
_SAFE_NAME = re.compile(r"[A-Za-z0-9_.-]{1,200}")
_UNSAFE_CHAR = re.compile(r"[^A-Za-z0-9_.-]")
# A list bullet or number, or a Markdown heading/quote mark, at the start of a line.
_LIST_MARKER = re.compile(r"(?:[-*+•–—>#]{1,6}|\d{1,3}[.)])[ \t]+")
# A sentence longer than this many words is linked as textStart,textEnd.
LONG_SENTENCE_WORDS = 10
EDGE_WORDS = 4


def anchor_id(start: int, end: int) -> str:
    """The id of an expression's ``<mark>`` on a source page."""
    return f"t{start}-{end}"


def source_page_name(doc: Document) -> str:
    """Where the page for ``doc`` lives in the output, e.g. ``sources/000_c31b7acfb3e4b256.html``.

    A plain top-level ``name.txt`` keeps its name; any other path (sub-folders, other
    suffixes, characters unsafe in URLs) gets a short hash of the full path appended,
    so two documents never share a page and the folder stays flat.
    """
    path = doc.path
    stem, dot, suffix = path.rpartition(".")
    if not dot or "/" in suffix:
        stem, suffix = path, ""
    readable = _UNSAFE_CHAR.sub("_", stem.replace("/", "__")).lstrip(".") or "document"
    if suffix != "txt" or readable != stem or not _SAFE_NAME.fullmatch(stem):
        digest = hashlib.sha1(path.encode("utf-8")).hexdigest()[:8]
        readable = f"{readable[:120]}-{digest}"
    return f"sources/{readable}.html"


def source_link(doc: Document, start: int, end: int, base_url: str) -> str:
    """A link that opens the document at the sentence holding ``doc.text[start:end]``."""
    if doc.url:
        return _without_fragment(doc.url) + "#:~:text=" + text_directive(doc.text, start)
    base = base_url.rstrip("/")
    return f"{base}/{source_page_name(doc)}#{anchor_id(start, end)}"


def _without_fragment(url: str) -> str:
    return url.split("#", 1)[0]


@dataclass(frozen=True)
class _Layout:
    """A text's sentences and its whitespace-collapsed form (what browsers match against).

    Computed once per document: the pipeline links every event of a document, and
    re-splitting a long text for each would make linking quadratic.
    """

    sentences: Sentences
    flat: str
    run_ends: tuple[int, ...]      # end offset of each whitespace run in the original
    removed: tuple[int, ...]       # characters dropped by collapsing, up to that run's end

    def flat_offset(self, offset: int) -> int:
        """Where an offset outside any whitespace run lands in the collapsed text."""
        i = bisect.bisect_right(self.run_ends, offset)
        return offset - (self.removed[i - 1] if i else 0)


@lru_cache(maxsize=16)
def _layout(text: str) -> _Layout:
    run_ends: list[int] = []
    removed: list[int] = []
    dropped = 0
    for run in _SPACES.finditer(text):
        dropped += len(run.group(0)) - 1
        run_ends.append(run.end())
        removed.append(dropped)
    return _Layout(split_sentences(text), _SPACES.sub(" ", text), tuple(run_ends), tuple(removed))


def _quoted_part(text: str, lo: int, hi: int, offset: int) -> tuple[int, int]:
    """The stretch of the sentence a browser can match as one run of text.

    A "sentence" running over list items ("- Abstracts: 12 February\n- Papers: ...")
    crosses block boundaries in the rendered page, and bullets are not page text:
    there only the item holding the expression is used, without its marker.
    """
    lines = text[lo:hi].split("\n")
    if len(lines) > 1 and any(_LIST_MARKER.match(line.lstrip()) for line in lines[1:]):
        lo = max(lo, text.rfind("\n", lo, offset) + 1)
        line_end = text.find("\n", offset, hi)
        hi = hi if line_end < 0 else line_end
    while lo < hi and text[lo].isspace():
        lo += 1
    marker = _LIST_MARKER.match(text, lo, hi)
    if marker and marker.end() <= offset:
        lo = marker.end()
    return lo, hi


def text_directive(text: str, offset: int) -> str:
    """The ``text=`` value selecting the sentence around ``offset``.

    Short sentences are quoted whole. Long ones become ``start,end``: the first few
    words (more if needed until their first occurrence in the text is this sentence,
    since browsers highlight the first match) and the last few (more if needed
    until their first occurrence after the start is the sentence's end).
    """
    layout = _layout(text)
    lo, hi = _quoted_part(text, *layout.sentences.at(offset), offset)
    words = _SPACES.split(text[lo:hi].strip())
    if len(words) <= LONG_SENTENCE_WORDS:
        return encode_fragment(" ".join(words))
    flat_text = layout.flat
    flat_before = layout.flat_offset(lo)
    head = EDGE_WORDS
    while head < len(words) - EDGE_WORDS and flat_text.find(" ".join(words[:head])) != flat_before:
        head += 1
    start_phrase = " ".join(words[:head])
    after_start = flat_before + len(start_phrase)
    flat_end = flat_before + len(" ".join(words))
    tail = EDGE_WORDS
    while tail < len(words) - head:
        phrase = " ".join(words[-tail:])
        if flat_text.find(phrase, after_start) + len(phrase) == flat_end:
            break
        tail += 1
    if head + tail >= len(words):
        return encode_fragment(" ".join(words))
    return encode_fragment(start_phrase) + "," + encode_fragment(" ".join(words[-tail:]))


def encode_fragment(value: str) -> str:
    """Percent-encode for a text directive: ``-``, ``&``, ``,`` and all but the safe set."""
    out = []
    for char in value:
        if char in _FRAGMENT_SAFE:
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8"))
    return "".join(out)
