"""A listing of posts (a site's tag or category page): each post dated by its own date line.

A tag page lists the site's posts on one subject, newest first, each as a headline, a line that
opens with the day the post went up and goes on with its author's name (and often a count of
comments: "March 3, 2031 Ada Moss 4"), and the post's opening paragraph. Each post tells its days
from its own day: "tonight" in a post of 3 March 2031 is that evening, "14 May" in a post of a year
before is the May of that year. Read against one day for the whole page (or against a day inferred
between the posts), the newer post's "tonight" went to the older post's season and the date lines
became entries named by their authors.

A line is a post's date line when a full date with its year opens it and only capitalised names
(after an optional "by") and a count follow, with a line of prose under it; a page holds a listing
when two such lines or more give different days. A line of a date, a dash and a hall ("August 20,
2031 - Kimberley Hall") is an event's row, not a post's line, and the names must stand right after
the date with no mark between. Each post runs from its headline (the short lines right over its date
line) to the next post's headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calfeed.model import Timex
from calfeed.text import line_end, start_of_line

MIN_POSTS = 2           # one dated byline is a story's; two over different days make a listing
PROSE_WORDS = 12        # a line this long under the date line is the post's opening paragraph
HEADLINE_LINES = 8      # lines read back over a date line for its post's headline block
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# the rest of a post's date line: names (capitalised words, an optional "by" first) and a count; bounded
_BYLINE_REST = re.compile(r"[ \t]{1,4}(?:[Bb]y[ \t]+)?(?:[A-Z][\w'’.-]{0,30}[ \t]+){0,3}[A-Z][\w'’.-]{0,30}"
                          r"(?:[ \t]+\d{1,5})?[ \t]*(?:\n|\Z)")


@dataclass(frozen=True)
class Post:
    """One listed post: its date line's day and the span of its lines."""

    stamp: Timex
    start: int
    end: int


def listing_posts(text: str, timexes: list[Timex]) -> list[Post]:
    """The posts of a listing, in page order, or none when the page holds no listing (module doc)."""
    stamps = [t for t in sorted(timexes, key=lambda t: t.start) if _post_line(text, t)]
    if len({t.interval.start.date() for t in stamps}) < MIN_POSTS:
        return []
    starts = [0] + [_headline_start(text, s.start) for s in stamps[1:]]
    ends = starts[1:] + [len(text)]
    return [Post(s, a, b) for s, a, b in zip(stamps, starts, ends)]


def _post_line(text: str, timex: Timex) -> bool:
    if (timex.type != "DATE" or timex.interval is None or timex.interval.granularity != "day"
            or _YEAR.search(text, timex.start, timex.end) is None):
        return False
    if timex.start > 0 and text[timex.start - 1] != "\n":
        return False
    rest = _BYLINE_REST.match(text, timex.end)
    return rest is not None and _prose_below(text, rest.end())


def _prose_below(text: str, start: int) -> bool:
    """Whether the next line with words from ``start`` holds PROSE_WORDS words or more."""
    at = start
    while at < len(text):
        end = line_end(text, at)
        if text[at:end].strip():
            return len(text[at:end].split()) >= PROSE_WORDS
        at = end + 1
    return False


def _headline_start(text: str, start: int) -> int:
    """Where the short lines right over the date line at ``start`` begin (blank lines between
    them passed over): the post's headline block, up to the end of the post before."""
    first = start
    at = start
    for _ in range(HEADLINE_LINES):
        if at <= 0:
            return 0
        above = start_of_line(text, at - 1)
        line = text[above:at - 1]
        if len(line.split()) >= PROSE_WORDS:
            return first
        if line.strip():
            first = above
        at = above
    return first
