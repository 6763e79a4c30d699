"""Notes that put an item's details off to later ("(Speaker and topic to be announced)", "Christmas
Meeting - TBA", "details to follow"). The day such a note stands by is set; only what fills it is
still to come, so a subscriber wants the day, named by the item's own words before the note (or,
with none, by the series the page lists), and told that the details are to follow. A note that puts
the day itself off ("date TBA") is none of these: its deferred words are only details (speaker,
topic, title, venue ...), never the date. The words are data (deferral_phrases,
deferred_detail_words)."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from calfeed.events.vocabulary import word_list
from calfeed.text import line_bounds

DEFERRED_NOTE = "its details are still to be announced; the day is set"
_MARKS = "()[],.;:!*_\"'"
_DASHES = (" - ", " – ", " — ", ": ")
_TRIM = " \t,;:–—-"


@lru_cache(maxsize=None)
def _phrases() -> tuple[tuple[str, ...], ...]:
    """The deferral phrases as word tuples, longest first."""
    phrases = {tuple(p.strip(_MARKS) for p in line.split()) for line in word_list("deferral_phrases")}
    return tuple(sorted(phrases, key=len, reverse=True))


def _tokens(note: str) -> list[str]:
    return [t for t in (w.strip(_MARKS).lower() for w in note.split()) if t]


def defers_details(note: str) -> bool:
    """``note`` says only that its item's details come later: a deferral phrase at its end and,
    before it, nothing but the details deferred ("Speaker and topic to be announced", "TBA")."""
    tokens = _tokens(note)
    details = word_list("deferred_detail_words")
    for phrase in _phrases():
        if len(tokens) >= len(phrase) and tuple(tokens[len(tokens) - len(phrase):]) == phrase:
            return all(t in details for t in tokens[:len(tokens) - len(phrase)])
    return False


def without_deferral(title: str) -> str:
    """``title`` without a deferral note at its end, in brackets or after a dash or colon
    ("Christmas Meeting - TBA": "Christmas Meeting"); ``title`` itself when none, or when the cut
    would leave no name."""
    kept = title.rstrip()
    if kept.endswith((")", "]")):
        opened = max(kept.rfind("("), kept.rfind("["))
        if opened > 0 and defers_details(kept[opened:]):
            return kept[:opened].rstrip(_TRIM) or title
    at = max(kept.rfind(dash) for dash in _DASHES)
    if at > 0 and defers_details(kept[at:].strip(_TRIM)):
        return kept[:at].rstrip(_TRIM) or title
    return title


def line_defers(text: str, at: int, dated: list[tuple[int, int]], known: dict[int, bool] | None = None) -> bool:
    """The line holding offset ``at`` says, outside its dates, only that its details come later
    ("10th July (Speaker and topic to be announced)", "| 30 | TBA |"). ``dated`` is sorted: the
    line's dates are found by bisection, as scanning the page's for each date made it square.
    ``known``: the answers so far for the same ``text`` and ``dated``, by line start. A caller that
    asks of every date of a page passes one, as each ask of a line of many dates otherwise copied
    and hashed all of them again (a page written on one line: square in its dates)."""
    begin, stop = line_bounds(text, at)
    if known is not None and begin in known:
        return known[begin]
    found = _line_defers(text, begin, stop, tuple(dated[bisect_left(dated, (begin,)):bisect_left(dated, (stop,))]))
    if known is not None:
        known[begin] = found
    return found


@lru_cache(maxsize=64)
def _line_defers(text: str, begin: int, stop: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Once a line: each date of a line of many dates asks, and the answer is the line's."""
    rest, cursor = [], begin
    for a, b in spans:
        if a >= cursor:
            rest.append(text[cursor:a])
            cursor = max(cursor, b)
    rest.append(text[cursor:stop])
    return defers_details(" ".join(" ".join(rest).replace("|", " ").split()).strip(" -–—:;,.•*"))
