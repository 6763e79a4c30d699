"""A table whose header names what each column's dates are, over rows that are only dates:

    | Filing Deadline | Hearing Date | Decision Week |
    |---|---|---|
    | January 4       | January 18   | January 25 - 29 |

Court calendars, board schedules and school key-date tables set several steps of one cycle side
by side this way; no cell of a row has words of its own, so without the header none of its
days has a name. Each date cell is named by the header cell over it, the header's words that
only say the column holds dates ("Date", "Day", ``date_header_words``) left out ("Hearing Date"
-> "Hearing"). A row that opens with a label cell ("Spring term | ...") puts it first ("Spring
term — Hearing"). The header is the line with no date over the run of date rows in the same
block (a markdown rule line between them skipped), cut into as many cells as the row, by the
row's own mark (a bar or a tab); a header of another width names nothing.
"""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

CELL_MARKS = ("|", "\t")
_RULE_CHARS = frozenset("|-: \t")

Span = tuple[int, int]


def column_name(text: str, row: Span, timex: Timex, lines: list[Span], shapes: list[str]) -> str | None:
    """The name the header gives ``timex``'s cell of the table row ``row``, or None.
    ``lines``/``shapes``: the row's block of lines and each line's shape ("bare", "named",
    "label", "text")."""
    mark = next((m for m in CELL_MARKS if m in text[row[0]:row[1]]), None)
    if mark is None:
        return None
    cells = _cells(text, row, mark)
    at = next((k for k, (a, b) in enumerate(cells) if a <= timex.start < b), None)
    header = _header(text, row, lines, shapes)
    if at is None or header is None:
        return None
    heads = _cells(text, header, mark)
    if len(heads) != len(cells):
        return None
    name = _without_date_words(" ".join(text[heads[at][0]:heads[at][1]].split()).strip(" *_:"))
    if not name:
        return None
    label = " ".join(text[cells[0][0]:cells[0][1]].split()).strip(" *_:")
    if at > 0 and any(c.isalpha() for c in label) and not any(c.isdigit() for c in label):
        return f"{label} — {name}"
    return name


def _cells(text: str, line: Span, mark: str) -> list[Span]:
    """The cells of a line cut at ``mark``, a bordered row's empty outer cells left out."""
    spans: list[Span] = []
    start = line[0]
    at = text.find(mark, start, line[1])
    while at >= 0:
        spans.append((start, at))
        start = at + 1
        at = text.find(mark, start, line[1])
    spans.append((start, line[1]))
    if spans and not text[spans[0][0]:spans[0][1]].strip():
        spans = spans[1:]
    if spans and not text[spans[-1][0]:spans[-1][1]].strip():
        spans = spans[:-1]
    return spans


def _header(text: str, row: Span, lines: list[Span], shapes: list[str]) -> Span | None:
    """The header line over the run of date rows holding ``row``."""
    at = next((k for k, line in enumerate(lines) if line[0] == row[0]), None)
    if at is None:
        return None
    for k in range(at - 1, -1, -1):
        a, b = lines[k]
        if set(text[a:b]) <= _RULE_CHARS:
            continue             # "|---|---|": a markdown table's rule
        if shapes[k] in ("bare", "named"):
            continue             # another row of dates
        return (a, b) if shapes[k] == "label" else None
    return None


def _without_date_words(name: str) -> str:
    """"Hearing Date" -> "Hearing"; "Date" alone names nothing."""
    words = name.split()
    stops = word_list("date_header_words")
    while words and words[-1].lower().strip(".,;:()") in stops:
        words.pop()
    return " ".join(words)
