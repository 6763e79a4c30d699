"""A monthly series on a page with no date of its own ("On the second Sunday of each month there
are craft mornings ...") over the sessions listed by day ("12th April - Paper Lanterns", ...):
the series starts on the first listed day its rule gives, not on the first such weekday after
a guessed page date; and a month the page says has none ("July- there will be no craft morning
in July") is left out of it (EXDATE), also when the page's title, not the series' own words,
names what is skipped."""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY

ROWS = ("12th April - Paper Lanterns\n\nFold and glue a lantern to take home.\n\n"
        "10th May - Clay Pots\n\nShape a small pot and paint it. Sessions at 10.30 and 11.30.\n\n"
        "14th June - Rope Knots\n\nLearn the knots sailors used.\n\n"
        "July- there will be no {skipped} in July but do see our boat show.\n\n"
        "13th September - Leaf Prints\n\nPrint leaves from the orchard on cloth.\n")


def _events(title: str, lead: str, skipped: str):
    page = f"---\ntitle: {title}\n---\n{title}\n\n{lead}\n\n" + ROWS.format(skipped=skipped)
    return process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events


def test_series_starts_on_the_first_listed_day_and_skips_the_empty_month():
    events = _events("Craft Mornings 2026", "On the second Sunday of each month there are craft mornings "
                     "in the old barn with a new craft every time.", "craft morning")
    series = [e for e in events if e.rrule]
    assert [(e.start, e.rrule) for e in series] == [(date(2026, 4, 12), "FREQ=MONTHLY;BYDAY=2SU")]
    assert series[0].exdates == [date(2026, 7, 12)]


def test_the_page_title_names_what_the_empty_month_skips():
    events = _events("Sunday Craft Sessions 2026", "On the second Sunday of each month there are crafts "
                     "in the old barn, each on a theme.", "Sunday craft session")
    series = [e for e in events if e.rrule]
    assert [e.start for e in series] == [date(2026, 4, 12)]
    assert series[0].exdates == [date(2026, 7, 12)]


def test_days_off_the_rule_move_nothing():
    page = ("---\ntitle: Club news 2026\n---\nClub news 2026\n\n"
            "On the second Sunday of each month there are craft mornings in the old barn.\n\n"
            "3rd April - Spring fair\n\n9th May - Quiz night\n\n14th June - Rope Knots\n")
    events = process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events
    series = [e for e in events if e.rrule]
    assert len(series) == 1 and series[0].start != date(2026, 6, 14)
