"""A window ahead of the document's day ("in the coming weeks", "over the next few months")
is the vaguest way to date an occasion, so it dates one only when nothing better or nothing
against it is written: another date in its sentence is the occasion's own ("Details of the
summer fair will be announced in the coming weeks": the fair is in summer); a notice verb in
its clause makes the window the notice's ("will be announced", "will be confirmed"); and a
hedge makes the occasion a wish ("We hope to hold a meeting", "more meetings are planned")."""

from __future__ import annotations

from calfeed.events.vocabulary import merged_lists
from calfeed.events.words import words_in
from calfeed.model import Timex

WINDOW_VALUE = "FUTURE_REF"
VETO_LISTS = ("window_notice_verbs", "schedule_hedges")


def is_ahead_window(timex: Timex) -> bool:
    """Whether ``timex`` is a window ahead with a stretch ("in the coming weeks"), not a bare
    "in the future"."""
    return timex.value == WINDOW_VALUE and timex.interval is not None


def window_dates_occasion(text: str, timex: Timex, clause: tuple[int, int], sentence_dates: list[Timex]) -> bool:
    """Whether the window ``timex`` may date the occasion of its sentence: no other date in
    the sentence (``sentence_dates``, durations and other vague references aside), and no
    notice verb or schedule hedge in its ``clause`` before it."""
    for other in sentence_dates:
        if other is not timex and other.type != "DURATION" and not other.value.endswith("_REF"):
            return False
    vetoes = merged_lists(VETO_LISTS)
    return not any(word.lower in vetoes for word in words_in(text, clause[0], timex.start))
