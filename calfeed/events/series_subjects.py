"""Series whose clause names no event noun but says what recurs in other words: a venue that
"opens late" on the series' days ("On the first Tuesday of each month, the museum opens late
(6-9pm, last entry 8pm)" -> "Museum late opening", 18:00-21:00), or a programme's name opening
the sentence before "held on" the series ("Friday Lates, held on the last Friday of the month
(except December), comprise ..." -> "Friday Lates")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.candidates import date_not_written
from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

MAX_CLOCK_GAP = 4        # characters between the cue and its clock ("opens late (6-9pm")
MAX_NAME_WORDS = 5


@dataclass(frozen=True)
class SeriesSubject:
    title: str
    clock: Timex | None     # the hours the clause gives the series ("(6-9pm")


@lru_cache(maxsize=None)
def _late_cue() -> re.Pattern[str]:
    cues = sorted(word_list("late_opening_cues"), key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, c.split())) for c in cues)
    return re.compile(rf"\b(?:the|our|this)\s+(?P<noun>[a-z]+)\s+(?:{body})\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _held_name() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, sorted(word_list("name_held_verbs"), key=len, reverse=True)))
    name = rf"[A-Z][\w'’-]*(?:[^\S\n][A-Z][\w'’-]*){{0,{MAX_NAME_WORDS - 1}}}"
    return re.compile(rf"(?P<name>{name}),?[^\S\n]+(?:{verbs})[^\S\n]+(?:on|every)[^\S\n]+\Z")


def series_subject(text: str, sentence: tuple[int, int], series: Timex, ordered: list[Timex]) -> SeriesSubject | None:
    """What recurs on ``series``'s days, when its sentence says it so; None otherwise."""
    lead = text[sentence[0]:series.start].lstrip(" \t\n•*-")
    held = _held_name().match(lead)
    if held is not None:
        return SeriesSubject(held.group("name"), None)
    late = _late_cue().search(text, series.end, sentence[1])
    if late is None or text[series.end:late.start()].strip(" ,") != "":
        return None
    noun = late.group("noun")
    clock = next((t for t in ordered if t.type == "TIME" and date_not_written(t)
                  and late.end() <= t.start <= late.end() + MAX_CLOCK_GAP), None)
    return SeriesSubject(f"{noun.capitalize()} late opening", clock)
