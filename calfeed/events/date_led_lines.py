"""Lines that open with their date, then a dash: "Monday 8 February — Second reading of the
Water (Special Measures) Bill." A business statement, a timetable or a list of key dates
writes each day's happening this way; the rest of the line (its first sentence) names it,
whether or not it holds an event word, and a line saying it does not happen is no entry.

A talks programme writes its lines as the date, the speaker and the talk's quoted title
("Tuesday 29th October 2024 Prof Robin Wilson ‘The Other Side of Sullivan’", "6th December
2021 7.30pm “Black holes and soap bubbles” – Prof Oscar Campos-Dias"): no event word, but
the quoted title by its speaker is the entry."""

from __future__ import annotations

import re
from dataclasses import dataclass

from calfeed.events.candidates import date_not_written
from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

DASHES = ("—", "–", "-")
MAX_TITLE = 90               # characters: a longer first sentence is cut at a comma
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")
EMPHASIS = "*_"
QUOTES = {"‘": "’", "“": "”", '"': '"', "'": "'"}     # opening mark -> its closing mark
MAX_SPEAKER_WORDS = 6        # "Prof. Robin Wilson"; more is a sentence, not a name
_NAME_MARKS = " .-'’"         # what a name holds besides letters ("Prof. Oscar Campos-Dias", "O'Brien")
SPEAKER_LEADS = " \t:,–—-|"  # what may stand between the date and the speaker or the quote


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
    # "09:30 Keynote: ...": a slot; "- 4 February 2027: Dr Maria Costa, ...": an item of a list its label names
    talk = quoted_talk(rest) if not lead and not date_not_written(timex) else None
    if talk is not None:
        return DateLedLine(talk, True)      # a negation in a talk's title says nothing of the talk
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


def quoted_talk(rest: str) -> str | None:
    """The rest of a programme line after its date ("Prof Robin Wilson, Emeritus Professor ...
    ‘The Other Side of Sullivan’", "“Black holes and soap bubbles” – Prof Oscar Campos-Dias")
    as "<quoted title> — <speaker>"; None unless the line is only a speaker (with an affiliation
    after a comma) and one quoted title, in either order."""
    rest = rest.strip().lstrip(SPEAKER_LEADS)
    opening = next((k for k, c in enumerate(rest) if c in QUOTES and (k == 0 or not rest[k - 1].isalnum())), None)
    if opening is None:
        return None
    closing = _closing_quote(rest, opening)
    if closing is None:
        return None
    title = " ".join(rest[opening + 1:closing].split()).strip(" ,")
    before = rest[:opening].strip(SPEAKER_LEADS)
    after = rest[closing + 1:].strip(" \t" + EMPHASIS)
    if not title or not title[0].isalnum() or (before and after):
        return None
    if after:
        if after[:1] not in DASHES:
            return None                    # "... ‘Water’ Bill.": a sentence that quotes
        before = after[1:].strip()
    speaker = before.split(",")[0].strip()
    if not _a_name(speaker):
        return None                        # "15 June: “World of Work Summit”": a name, no talk
    if len(title) + len(speaker) > MAX_TITLE and ": " in title:
        title = title[:title.index(": ")]     # "In the Name of Plants: Remarkable Plants and ...": its main title
    return f"{title} — {speaker}"


def _closing_quote(rest: str, opening: int) -> int | None:
    """The last mark closing the quote opened at ``opening``; a "’" before a letter is an
    apostrophe ("‘Turner’s Rain’")."""
    mark = QUOTES[rest[opening]]
    found = None
    for k in range(opening + 1, len(rest)):
        if rest[k] == mark and not (k + 1 < len(rest) and rest[k + 1].isalpha()):
            found = k
    return found


def _a_name(words: str) -> bool:
    """A person's name, with any honorific: every word capitalised (or a particle, "de",
    "van"), at most a few words, only letters, dots, hyphens and apostrophes ("Prof. Robin
    Wilson", "John Petters"; "Keynote: Prof. Ada Lovelace" is a slot's label)."""
    parts = words.split()
    if not 2 <= len(parts) <= MAX_SPEAKER_WORDS or not all(c.isalpha() or c in _NAME_MARKS for c in words):
        return False
    particles = word_list("name_particles")
    return all(p[:1].isupper() or p in particles for p in parts) and parts[0][:1].isupper()
