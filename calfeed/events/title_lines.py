"""A newsletter's or a blog's event block: a title line, then a line its date opens, with at
most a clock and "at <venue>" after it:

    WOW Community Meeting
    Tuesday, January 24, 6:30 p.m. at Walsh School

The date line names no event; the title line above it does, and the venue is where. A title
line stands alone (a blank line or the start of the text above it), ends with no sentence
punctuation and is no date; it holds an event word ("Meeting", "Celebration"), or it is
written in title case over a timed date or a series ("Babytime" / "Tuesdays, 10:30 am"), so
a signature over a letter's date is no event.

A lecture listing puts the speaker between them, an honorific opening the line
(``speaker_titles.en.txt``): "Nuts and Lightning Bolts" / "Dr Peter Garraghan" / "7pm, Tuesday
14th November 2017" is the talk "Nuts and Lightning Bolts — Dr Peter Garraghan". Web pages set
these lines a blank line apart."""

from __future__ import annotations

from collections.abc import Sequence

from calfeed.events.phrases import noun_phrases
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex

MAX_TITLE = 100          # characters: a longer line is a paragraph, not a title
MAX_PLACE = 80           # characters of a venue after "at"
MIN_CAPITALISED = 4      # letters: shorter words ("of", "the", "and") may stay small in a title
EMPHASIS = " \t*_"
SENTENCE_ENDS = ".!?:;,"
TALK_ENDS = ".:;,"


def titled_date_line(text: str, timex: Timex, dates: Sequence[tuple[int, int]] = ()
                     ) -> tuple[str, tuple[int, int] | None] | None:
    """The title line over ``timex``'s line and the span of the venue its line names, if the two
    lines make an event block; else None."""
    start = text.rfind("\n", 0, timex.start) + 1
    if text[start:timex.start].strip(EMPHASIS):
        return None                          # the date opens its line
    end = text.find("\n", timex.end)
    end = len(text) if end < 0 else end
    place = _venue_after(text, timex.end, end)
    if place is False:
        return None
    above = _line_above(text, start)
    if above is None:
        return None
    above_start, above_end = above
    title = text[above_start:above_end].strip(EMPHASIS)
    speaker = _speaker(title)
    if speaker is not None:                  # "Nuts and Lightning Bolts" / "Dr Peter Garraghan" / the date
        talk = _line_above(text, above_start)
        if talk is None:
            return None
        above_start, above_end = talk
        title = text[above_start:above_end].strip(EMPHASIS)
    ends = TALK_ENDS if speaker is not None else SENTENCE_ENDS    # a talk may ask its question
    if (not title or len(title) > MAX_TITLE or title[-1] in ends or title.startswith("#")
            or not (title[0].isupper() or title[0].isdigit() or title[0] in "\"“‘'")):
        return None
    if any(above_start <= a and b <= above_end and not (text[above_start:a] + text[b:above_end]).strip(EMPHASIS + ".,")
           for a, b in dates):
        return None                          # "Tuesday 24 January" over its clock: a day, no title
    if speaker is not None:
        return f"{' '.join(title.split())} — {speaker}", place
    if not (_names_an_event(title) or (_title_case(title) and timex.type in ("TIME", "SET"))):
        return None
    return " ".join(title.split()), place


def _line_above(text: str, start: int) -> tuple[int, int] | None:
    """The line standing alone above the line at ``start`` (a blank line between them allowed,
    as web pages set blocks apart), or None when it is a paragraph's last line or there is none."""
    above_end = start - 1
    if above_end > 0 and text[above_end - 1] == "\n":
        above_end -= 1
    if above_end <= 0:
        return None
    above_start = text.rfind("\n", 0, above_end) + 1
    if above_start > 0 and text[text.rfind("\n", 0, above_start - 1) + 1:above_start - 1].strip():
        return None                          # a paragraph's last line, not a title standing alone
    return above_start, above_end


def _speaker(line: str) -> str | None:
    """A speaker's line of a lecture listing: an honorific, then two to four capitalised words."""
    words = line.split()
    if not 2 <= len(words) <= 5 or words[0].lower() not in word_list("speaker_titles"):
        return None
    if not all(w[:1].isupper() for w in words[1:]) or any(c in line for c in SENTENCE_ENDS.replace(".", "")):
        return None
    return " ".join(words)


def _venue_after(text: str, start: int, end: int) -> tuple[int, int] | None | bool:
    """The venue's span in "at the Mattatuck Museum" after the date (None when nothing
    follows the date); False when the line goes on with anything else."""
    rest = text[start:end]
    body = rest.strip(EMPHASIS + ",")
    if not body:
        return None
    words = body.split()
    if words[0].lower() not in word_list("place_prepositions") or len(words) < 2:
        return False
    offset = start + rest.index(body) + len(words[0])
    venue = body[len(words[0]):].strip().rstrip(" .")
    if words[1].lower() in word_list("articles") and len(words) > 2:
        venue = venue[len(words[1]):].strip()
    if not venue or len(venue) > MAX_PLACE or not venue[0].isupper() or any(c in venue for c in "!?;"):
        return False
    at = text.index(venue, offset)
    return at, at + len(venue)


def _names_an_event(title: str) -> bool:
    words = words_in(title, 0, len(title))
    return bool(noun_phrases(words, [], title))


def _title_case(title: str) -> bool:
    """"Black History Celebration": every longer word capitalised."""
    words = [w.strip("\"“”‘’'()") for w in title.split()]
    longer = [w for w in words if len(w) >= MIN_CAPITALISED and w[:1].isalpha()]
    return bool(longer) and all(w[0].isupper() for w in longer)
