"""A site's list of other stories above the page's own heading: "Minister opens new clinic" /
"March 20, 2018" / "Farmers meet on the new levy" / "March 21, 2018" / blank / the story's title.
Each date there stamps another story's headline, the day it was posted; none is a day of this
page's story, yet read as prose each took the nearest words for an entry.

Read narrowly: the page's title (its front matter's) stands on a line of its own; above it, at
least MIN_MENU_ITEMS lines hold a date and nothing else, each right under a line of at least
MIN_HEADLINE_WORDS words (a headline; its own figures, "as 2018 taxes rise", are no stamp). Those dates give nothing."""

from __future__ import annotations

from calfeed.model import Timex

MIN_MENU_ITEMS = 2     # one dated line over a heading may be the story's own day ("Saturday 12 June" / "Open Day")
MIN_HEADLINE_WORDS = 3     # words of letters on the line above a stamp: a headline, not a label ("Date:")


def menu_stamps(text: str, title: str | None, timexes: list[Timex]) -> set[int]:
    """The ids of the timexes that stamp other stories' headlines above the page's title line."""
    title = (title or "").strip()
    if not title:
        return set()
    at = text.find(f"\n{title}\n")
    if at < 0:
        return set()
    above = [t for t in timexes if t.end <= at]
    if len(above) < MIN_MENU_ITEMS:
        return set()
    stamps = {id(t) for t in above if _stamp_line(text, t)}
    return stamps if len(stamps) >= MIN_MENU_ITEMS else set()


def _stamp_line(text: str, timex: Timex) -> bool:
    """The date is alone on its line, under a line of words."""
    first = text.rfind("\n", 0, timex.start) + 1
    last = text.find("\n", timex.end)
    if first == 0 or last < 0 or text[first:timex.start].strip() or text[timex.end:last].strip():
        return False
    above = text.rfind("\n", 0, first - 1) + 1
    headline = text[above:first - 1]
    return sum(1 for word in headline.split() if word.isalpha()) >= MIN_HEADLINE_WORDS
