"""Dates of a saved page's site chrome: the site's own day line and its block of related posts.

A news site prints the day the page is viewed above everything ("Saturday, August 2, 2031" among
the menu links, over the story's heading), and a saved page keeps the day it was saved there,
often years after the story. Read as prose, it took the nearest menu link for an entry ("Travel
Forms" on the day the page was saved). A story posted on one day announces nothing of its own a
year or more later above its heading; a day line there weeks ahead ("Saturday, April 14, 2031" /
"Open day at the orchard") is the event's and stays.

Under or beside the story, a block opened by a related-link label alone on its line ("Related
posts", "You may also like": related_link_labels, or "Related:") lists other stories' headlines,
each stamped with the day it was posted on a line of its own. Those stamps date other stories.
The block runs over blank lines, headlines and short blurbs (at most MAX_ITEM_WORDS words a line)
and ends at the first longer line, a paragraph of the story going on under it. Under the story's
prose, the blurbs tell other stories too ("The reading room reopens on May 3."): their days go.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from calfeed.events.furniture_lines import first_story_line
from calfeed.events.vocabulary import list_alternation
from calfeed.model import Timex
from calfeed.text import line_end, start_of_line

SITE_DAY_GAP = 366      # days after the page's own a line above its heading must fall to be the site's day
MAX_ITEM_WORDS = 30     # words on a line of a related block: a headline or a blurb, not a paragraph
MAX_BLOCK_LINES = 40    # lines a related block may run over


def site_day_lines(text: str, title: str | None, published: date | None, timexes: list[Timex]) -> set[int]:
    """The ids of the timexes alone on their line above the page's title line (its front matter's
    title, on a line of its own) that fall SITE_DAY_GAP days or more after the page's ``published``
    day: the day the site showed when the page was saved."""
    title = (title or "").strip()
    if not title or published is None:
        return set()
    at = text.find(f"\n{title}\n")
    if at < 0:
        return set()
    return {id(t) for t in timexes
            if t.end <= at and t.type == "DATE" and t.interval is not None
            and (t.interval.start.date() - published).days >= SITE_DAY_GAP and _alone(text, t)}


@lru_cache(maxsize=None)
def _label_line() -> re.Pattern[str]:
    """A line holding only a related-link label (list marks before it, a colon after it allowed),
    or a one-word label of related_colon_labels with its colon. Literal alternations: linear."""
    labels = list_alternation("related_link_labels", blank=r"[ \t]+")
    colon_labels = list_alternation("related_colon_labels", blank=r"[ \t]+")
    return re.compile(rf"^[ \t•*#>-]*(?:(?:{labels})[ \t]*:?|(?:{colon_labels})[ \t]*:)[ \t]*$",
                      re.MULTILINE | re.IGNORECASE)


def related_block_stamps(text: str, timexes: list[Timex]) -> set[int]:
    """The ids of the timexes alone on their line inside a block of related posts, and of every
    timex inside such a block under the story (its label below the story's first line of prose):
    there the short lines are other stories' headlines and blurbs ("The reading room reopens on
    May 3."), and a day in a blurb is that story's. Above the story, or with no prose line before
    it, a block's short lines may be the story's own, and only a day alone on its line goes."""
    if not timexes:
        return set()
    labels = list(_label_line().finditer(text))
    if not labels:
        return set()
    story = first_story_line(text)
    blocks = [(_block(text, found.end()), found.start() > story) for found in labels]
    return {id(t) for t in timexes
            if any(start <= t.start and t.end <= end and (under or _alone(text, t)) for (start, end), under in blocks)}


def _block(text: str, start: int) -> tuple[int, int]:
    """The span of the related block opened by a label line ending at ``start``: its lines up to
    the first one of more than MAX_ITEM_WORDS words, at most MAX_BLOCK_LINES of them."""
    at = start
    for _ in range(MAX_BLOCK_LINES):
        if at >= len(text):
            break
        first = at + 1 if text[at] == "\n" else at
        last = text.find("\n", first)
        last = len(text) if last < 0 else last
        if len(text[first:last].split()) > MAX_ITEM_WORDS:
            return start, first
        at = last
    return start, at


def _alone(text: str, timex: Timex) -> bool:
    """The date is alone on its line (blanks and a list mark aside)."""
    first, last = start_of_line(text, timex.start), line_end(text, timex.end)
    return not text[first:timex.start].strip(" \t•*-") and not text[timex.end:last].strip()
