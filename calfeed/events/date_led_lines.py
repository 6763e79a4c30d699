"""Lines that open with their date, then a dash: "Monday 8 February — Second reading of the
Water (Special Measures) Bill." A business statement, a timetable or a list of key dates
writes each day's happening this way; the rest of the line (its first sentence) names it,
whether or not it holds an event word, and a line saying it does not happen is no entry."""

from __future__ import annotations

import re
from dataclasses import dataclass

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

DASHES = ("—", "–", "-")
MAX_TITLE = 90               # characters: a longer first sentence is cut at a comma
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")
EMPHASIS = "*_"


@dataclass(frozen=True)
class DateLedLine:
    title: str
    happens: bool            # False: "The House will not be sitting"


def _abbreviated(body: str, dot: int) -> bool:
    """A full stop after "Dr", "Prof" or an initial ends no sentence."""
    from calfeed.text import is_abbreviation       # calfeed.text loads through calfeed.timex (see framing)

    word = body[:dot].split()[-1] if body[:dot].split() else ""
    return body[dot] == "." and (is_abbreviation(word) or (len(word) == 1 and word.isupper()))


def date_led_line(text: str, timex: Timex) -> DateLedLine | None:
    start = text.rfind("\n", 0, timex.start) + 1
    end = text.find("\n", timex.end)
    end = len(text) if end < 0 else end
    lead = text[start:timex.start].strip(" \t" + EMPHASIS)
    if lead and lead not in word_list("list_bullets"):
        return None
    rest = text[timex.end:end].lstrip(" \t" + EMPHASIS)
    if rest[:1] not in DASHES or rest[1:2] != " ":
        return None
    body = rest[2:].strip()
    stop = next((m for m in _SENTENCE_END.finditer(body) if not _abbreviated(body, m.start())), None)
    first = " ".join((body[:stop.start()] if stop else body).split()).strip(" " + EMPHASIS)
    if not first or not first[0].isalpha():
        return None
    if len(first) > MAX_TITLE and ", " in first[:MAX_TITLE]:
        first = first[:first.rindex(", ", 0, MAX_TITLE)]
    words = {w.strip(".,;:()").lower() for w in first.split()}
    opening = first.split()[0]
    title = first if len(opening.strip(".")) <= 2 else first[:1].upper() + first[1:]   # "v Garforth Town" stays
    return DateLedLine(title, not (words & set(word_list("negations"))))
