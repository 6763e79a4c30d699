"""habitual_weekdays reads back a bounded stretch from each bare weekday for its hedge, and the
closure check reads a bounded stretch around each day: a page with no stops (one sentence) of many
weekdays costs in proportion to its length."""

from __future__ import annotations

from calfeed.events.habitual_weekdays import habitual_weekdays, usual_closed_weekdays
from calfeed.text import split_sentences
from calfeed.timex import tag
from datetime import date
from test_timex_speed_guard import _assert_linear, _seconds

PIECE = "usually the hall is closed on Monday and the shop opens on Friday "


def _read(size: int) -> float:
    text = PIECE * (size // len(PIECE))
    ordered = sorted(tag(text, reference=date(2026, 3, 2)), key=lambda t: t.start)
    sentences = split_sentences(text)

    def run() -> None:
        hedged = habitual_weekdays(text, sentences, ordered)
        usual_closed_weekdays(text, sentences, hedged)
    return _seconds(run)


def test_four_times_the_page_takes_about_four_times_as_long():
    _read(1_000)
    _assert_linear(_read(40_000) / max(_read(10_000), 1e-3))
