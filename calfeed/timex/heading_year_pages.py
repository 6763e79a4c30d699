"""The year a heading gives every year-less day of a page: "Opening Hours 2026" over "2 Jan, closed" /
"24 Dec, open 10-14", "2027 Meeting Dates" over "Tuesday 12 January" (section_years reads which
heading covers which rows).

A page that writes no date with its own year, and whose every year-less day falls under such a
heading of one year, is that year's list: it was set out before the year's first listed day, as a
titled edition is ("Funding Rounds for 2024"). Read from a day the tenses guess instead (eight weeks
before the first day told ahead), the rows before that day would be dropped as gone by.
"""

from __future__ import annotations

from calfeed.model import Timex
from calfeed.timex.rawvalue import yearless_month_day
from calfeed.timex.section_years import section_years

MIN_ROWS = 2       # one day under a heading is a post's date line as often as a list


def heading_year(text: str, timexes: list[Timex]) -> tuple[int, str] | None:
    """The one year the headings over a page's year-less days give them all, and the heading's line
    as written; None when a year-less day stands under no such heading or two years are given."""
    ordered = sorted(timexes, key=lambda t: t.start)
    rows = [i for i, t in enumerate(ordered) if yearless_month_day(t.type, t.raw_value or t.value) is not None]
    if len(rows) < MIN_ROWS:
        return None
    given = section_years(ordered, text)
    years = {given.get(i, "")[:4] for i in rows}
    if len(years) != 1:
        return None
    year = years.pop()
    if not year.isdigit():
        return None
    first = ordered[rows[0]].start
    line_start = text.rfind(year, 0, first)
    if line_start < 0:
        return None             # a title's year (the document's title, not its text): the edition reader's
    shown = text[text.rfind("\n", 0, line_start) + 1:text.find("\n", line_start) if "\n" in text[line_start:] else None]
    return int(year), " ".join(shown.split())
