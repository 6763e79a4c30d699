"""A listing's own span written as its heading: the days it covers, not an occasion.

A weekly listing heads its items with the stretch it covers ("BEST BETS: Monday, 4th May – Sunday,
10th May, 2031") and then gives each item on a line opened by its own day inside that stretch
("Tuesday, 5th May at 8pm in the town hall ..."). The heading's run is the listing's span: an entry
for it (titled by the label, "BEST BETS") only buries the items in a subscriber's calendar. A run is
such a span when it stands alone on its line after a label that names no occasion (no event noun:
"Harbour Festival: 3–9 May" over its programme days is the festival itself) and at least
MIN_ITEMS lines below it open with a day inside it.
"""

from __future__ import annotations

from calfeed.events.vocabulary import event_nouns
from calfeed.model import Timex
from calfeed.text import item_mark, line_end, start_of_line

MIN_ITEMS = 2        # item lines below, each opened by a day inside the run
MAX_LABEL_CHARS = 60  # a label longer than this is a sentence, not a listing's name
MAX_MARK_CHARS = 12   # blanks and a list mark before an item's day, blanks and a stop after the run
_AFTER_RUN = frozenset(" \t.")


def listing_spans(text: str, timexes: list[Timex]) -> set[int]:
    """The ids of the runs in ``timexes`` that are a listing's span (see the module's doc)."""
    runs = [t for t in timexes if t.type == "DATE" and t.interval is not None and t.end_interval is not None]
    headed = [(run, end) for run in runs if _labelled_alone(text, run, end := line_end(text, run.end))]
    if not headed:
        return set()
    openers = [(t.start, t.interval.start.date()) for t in timexes
               if t.interval is not None and t.end_interval is None and _opens_line(text, t)]
    found = set()
    for run, end in headed:
        first, last = run.interval.start.date(), run.end_interval.start.date()
        items = sum(1 for start, day in openers if start > end and first <= day <= last)
        if items >= MIN_ITEMS:
            found.add(id(run))
    return found


def _opens_line(text: str, timex: Timex) -> bool:
    """The date opens its line, after at most a list mark ("Tuesday, 5th May at 8pm ...")."""
    first = start_of_line(text, timex.start)
    if timex.start - first > MAX_MARK_CHARS:
        return False          # (read no further: on a page written on one line the lead is the page)
    lead = text[first:timex.start]
    return not lead.strip() or (item_mark().fullmatch(lead) is not None)


def _labelled_alone(text: str, run: Timex, end: int) -> bool:
    """The run ends its line and follows a short label ending in a colon that holds no event noun."""
    first = start_of_line(text, run.start)
    if end - run.end > MAX_MARK_CHARS or run.start - first > MAX_LABEL_CHARS \
            or any(c not in _AFTER_RUN for c in text[run.end:end]):
        return False
    label = text[first:run.start].rstrip()
    if not label.endswith(":"):
        return False
    nouns = event_nouns()
    words = [w.strip(".,'’\"").lower() for w in label[:-1].split()]
    return bool(words) and not any((w,) in nouns for w in words)
