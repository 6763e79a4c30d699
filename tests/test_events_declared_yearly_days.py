"""Days a law or proclamation declares for an occasion ("Ordinance No. 5 declares the last
Saturday of April and the third Saturday of September as Community Assembly Days", "The Act
declares 1 July as Assembly Day"): each comes round every year, a yearly series from its next
occurrence on or after the page's date, never a one-off in a past year. A day the page sets for
this year beside the rule ("is set on 18 September 2027") keeps its own one-off entry; a day that
no verb declares "as" an occasion stays a one-off."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, build, process_document

PUBLISHED = date(2027, 5, 10)


def _entries(text: str) -> list[tuple[object, str | None]]:
    result = process_document(Document("a.txt", text, published=PUBLISHED), Options(today=PUBLISHED))
    return sorted(((e.start, e.rrule) for e in result.events), key=lambda entry: (str(entry[0]), entry[1] or ""))


def test_two_nth_weekdays_declared_as_assembly_days_recur_yearly_from_their_next_days():
    entries = _entries("Ordinance No. 5 declares the last Saturday of April and the third Saturday of September "
                       "as Community Assembly Days.")
    assert entries == [(date(2027, 9, 18), "FREQ=YEARLY;BYMONTH=9;BYDAY=3SA"),
                       (date(2028, 4, 29), "FREQ=YEARLY;BYMONTH=4;BYDAY=-1SA")]


def test_a_day_of_a_month_declared_as_a_day_recurs_yearly():
    entries = _entries("The Local Government Act declares 1 July as Assembly Day, when every council holds "
                       "a public assembly.")
    assert entries == [(date(2027, 7, 1), "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=1")]


def test_this_years_day_set_beside_the_rule_keeps_its_one_off():
    entries = _entries("Ordinance No. 5 declares the last Saturday of April and the third Saturday of September "
                       "as Community Assembly Days. The Community Assembly for the second half of 2027 is set "
                       "on September 18, 2027.")
    assert (date(2027, 9, 18), None) in entries
    assert (date(2027, 9, 18), "FREQ=YEARLY;BYMONTH=9;BYDAY=3SA") in entries
    assert all(start >= PUBLISHED for start, _ in entries)


def test_a_day_not_declared_as_an_occasion_stays_a_one_off():
    assert _entries("The committee meeting is on the second Tuesday of November at 7pm.") == [
        (datetime(2027, 11, 9, 19, 0), None)]
    assert [r for _, r in _entries("The mayor declared the summer festival open on the first Saturday of June.")] == [None]


def test_the_built_feed_keeps_this_years_one_off_beside_the_series(tmp_path):
    page = tmp_path / "assembly.txt"
    page.write_text("---\npublished: 2027-05-10\n---\nOrdinance No. 5 declares the last Saturday of April and the third "
                    "Saturday of September as Community Assembly Days. The Community Assembly for the second half "
                    "of 2027 is set on September 18, 2027.\n", encoding="utf-8")
    entries = sorted((str(e.start), e.rrule or "") for e in build([page], Options(today=PUBLISHED)).events)
    assert entries == [("2027-09-18", ""), ("2027-09-18", "FREQ=YEARLY;BYMONTH=9;BYDAY=3SA"),
                       ("2028-04-29", "FREQ=YEARLY;BYMONTH=4;BYDAY=-1SA")]
