"""A row of an opening-hours table that says places are shut that day:

    | Day                  | Central Library | Northside | Harbour Road |
    | Friday 25 December   | CLOSED          | CLOSED    | CLOSED       |
    | Monday 28 December   | 9am-5pm         | CLOSED    | 10am-4pm     |

Libraries, pools and council offices print their holiday hours this way, a column a place.
What a subscriber needs from it is when a place is shut: a row whose every place cell says so
is an all-day "Closed" entry; a row where only some places close is titled with those
places' column names ("Closed: Northside"), and gives no entry when no header names them.
Hours cells name no happening, so a row with no closed cell is left to the other readers.
Runs of such rows on consecutive days become one entry (day_runs.py), as the days of a break do.
"""

from __future__ import annotations

from collections.abc import Sequence

from calfeed.events.date_cell_rows import weekday_cell
from calfeed.events.span_index import spans_inside
from calfeed.events.vocabulary import word_list

CLOSED_JOIN = ", "       # between the names of the places that close ("Closed: Northside, Harbour Road")


def closed_title(text: str, cells: Sequence[tuple[int, int]], header: list[str] | None,
                 dated: Sequence[tuple[int, int]], day_at: int | None) -> str | None:
    """The title of a row whose place cells say some or all places are shut (the closed cell's
    own word, "Closed"), with the closed places' header names when only some close ("" when no
    header names them: no entry); None when a cell is neither shut, hours (a clock) nor an open
    word, or none is shut."""
    closed: list[int] = []
    places = 0
    for k, (a, b) in enumerate(cells):
        words = " ".join(text[a:b].strip(" \t*_").lower().split())
        if k == day_at or not words or weekday_cell(words):
            continue
        places += 1
        if words in word_list("closed_cells"):
            closed.append(k)
        elif not (spans_inside(dated, a, b) or words in word_list("open_cells")):
            return None        # a cell with words of its own: the row names something
    if not closed:
        return None
    word = " ".join(text[slice(*cells[closed[0]])].strip(" \t*_").split())
    word = word[:1].upper() + word[1:].lower()
    if len(closed) == places:
        return word
    names = [header[k] for k in closed if header is not None and k < len(header) and header[k]]
    if len(names) < len(closed):
        return ""              # which places close, only a header can say: no entry
    return f"{word}: {CLOSED_JOIN.join(_title_case(n) for n in names)}"


def _title_case(name: str) -> str:
    """A header cell (read lower-cased) as a place's name: "northside" -> "Northside"."""
    return " ".join(w[:1].upper() + w[1:] for w in name.split())
