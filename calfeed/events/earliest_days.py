"""A date after "no earlier than" (or "not before", "no sooner than": earliest_date_marks) is when
something may first be done, not a deadline or a meeting: a proxy's "(no later than February 8, 2026, and no earlier than January 9, 2026)"
opens the notice window on 9 January and closes it on 8 February. The opening is a milestone
named after what the window is for ("Earliest day for nominations for the council").
"""

from __future__ import annotations

from calfeed.events.candidates import Frame
from calfeed.events.vocabulary import Cue, phrase_list, title_words, word_list
from calfeed.events.words import Word
from calfeed.model import Timex

MAX_GAP = 2          # words of cue_gap_words between the mark and the date ("not earlier than noon on")


def earliest_mark(words: list[Word], timex: Timex) -> tuple[str, ...] | None:
    """The earliest mark the words right before the date end with ("not before"), else None."""
    before = [w.lower for w in words if w.end <= timex.start and w.is_word]
    gap = 0
    while gap < MAX_GAP and before and before[-1] in word_list("cue_gap_words"):
        before, gap = before[:-1], gap + 1
    marks = [mark for mark in phrase_list("earliest_date_marks") if tuple(before[-len(mark):]) == mark]
    return max(marks, key=len) if marks else None


def earliest_cue(mark: tuple[str, ...]) -> Cue:
    """The mark read as a strong deadline cue, for when nothing else names the date: the
    clause then says what the window is for. It quotes the mark as written."""
    return Cue(mark, "deadline", "before", True)


def opening_of(frame: Frame, mark: tuple[str, ...]) -> Frame:
    """The frame as the window's first day: a milestone named after what the window is for."""
    wording = title_words()
    name = frame.title
    if name.startswith(wording["deadline_for"] + " "):
        name = name[len(wording["deadline_for"]) + 1:]
    name = name[:1].lower() + name[1:] if name[1:2].islower() else name
    return Frame(f"{wording['earliest_for']} {name}", "milestone", frame.anchor,
                 frame.notes + [f"the first day it may be done (\"{' '.join(mark)}\"): the window opens then"])
