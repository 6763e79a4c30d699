"""A decree's list items that declare rest days with no verb: "• Days-off from 9 June, 2031 to 12 June,
2031 and move the day-off of ... to the working day of ..." or "• 3 — 6 March, 2031 days-off and
transfer ...". The label (rest_day_labels: "days-off", "non-working days") names the dates it stands
beside, before them with "from" or right after them, and the item is an entry over those days titled by
the label. No event noun and no verb frame such an item, so its days were dropped without a word. The
other days of the item (the transferred day off, the working day it moves to) are no rest days of
their own and stay as they were."""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import item_mark, start_of_line

REST_DAY_ITEM_NOTE = "rest days a list item declares by its label beside the dates"
LABEL_READ = 40     # characters read after the dates for the label
_FROM = "from"
_AFTER_DATES = re.compile(r"[ \t]*,?[ \t]*")


@lru_cache(maxsize=None)
def _labels() -> tuple[str, ...]:
    return tuple(sorted(word_list("rest_day_labels"), key=len, reverse=True))


def _label_at(text: str) -> str | None:
    """The label ``text`` opens with, as written, when a word break follows it."""
    lowered = text.lower()
    for label in _labels():
        if lowered.startswith(label) and (len(text) == len(label) or not text[len(label)].isalnum()):
            return text[:len(label)]
    return None


def rest_day_item(text: str, timex: Timex) -> str | None:
    """The title of the rest days a bulleted item declares over ``timex``, or None."""
    if timex.type != "DATE" or timex.interval is None or timex.interval.granularity != "day":
        return None
    line = start_of_line(text, timex.start)
    mark = item_mark().match(text, line, timex.start)
    if mark is None:
        return None
    lead = text[mark.end():timex.start].strip()
    if lead:                       # "Days-off from 9 June ...": the label, then "from"
        words = lead.rsplit(None, 1)
        if len(words) != 2 or words[1].lower() != _FROM:
            return None
        label = _label_at(words[0])
        if label is None or len(label) != len(words[0]):
            return None
    else:                          # "3 — 6 March, 2031 days-off and ...": the label right after
        after = _AFTER_DATES.match(text, timex.end).end()
        label = _label_at(text[after:after + LABEL_READ])
        if label is None:
            return None
    return label[:1].upper() + label[1:]
