"""A stretch's days told again day by day ("a regatta on May 17 and 18" and then "The activities will be held on
Saturday the 17th and Sunday the 18th, mostly on Saturday morning") are the stretch,
not one-day entries beside it; another thing on a day inside the stretch ("The parade will be on
Saturday the 17th") and a stand-in dated with its month keep their entries."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

_MAY = date(2031, 5, 2)


def _entries(text: str) -> list[tuple[str, date, date]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=_MAY)]


_OPENING = ("Lake Days\n\nThe town of Marrowby presents its Lake Days regatta on May 17 and 18 on the north shore.\n\n"
            "The two-day event offers rowing and sailing races for all ages.\n\n")


def test_activities_told_again_by_weekday_and_day_fold_into_the_stretch():
    entries = _entries(_OPENING + "The activities will be held on Saturday the 17th and Sunday the 18th, "
                       "mostly on Saturday morning, with the finals at the end.")
    assert [(first, last) for _, first, last in entries] == [(date(2031, 5, 17), date(2031, 5, 18))]


def test_another_event_on_a_day_inside_the_stretch_keeps_its_entry():
    entries = _entries(_OPENING + "The lantern parade will be held on Saturday the 17th on the promenade.")
    assert sorted((first, last) for _, first, last in entries) == [(date(2031, 5, 17), date(2031, 5, 17)),
                                                                  (date(2031, 5, 17), date(2031, 5, 18))]
