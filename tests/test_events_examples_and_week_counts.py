"""Examples, vague week counts, zone statements and weekday-kept rows, each probe in our own wording:

- a holiday is an example only when it stands in the run of examples a mark opens, not anywhere
  after "such as" in its sentence;
- "several workshops in the week of ..." counts events over a week, which is an entry's date;
- "dates and times are" without "all" states no zone ("Tour dates and times are Paris first");
- a written weekday that keeps a row in a span's first year does not make the next row think the
  rows turned into the second year.
"""
# Provenance: Review 17 mends (helper mdB).

from __future__ import annotations

from datetime import date

from calfeed.events.stated_zones import stated_zone
from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2027, 2, 1)):
    result = process_document(Document(path="p.txt", text=text, title=None), Options(today=today))
    return sorted(result.events, key=lambda e: str(e.start))


def _values(text: str) -> dict[str, str]:
    result = process_document(Document(path="p.txt", text=text, title=None), Options(today=date(2027, 2, 1)))
    return {t.text: t.value for t in result.timexes}


def test_a_holiday_after_an_example_list_in_another_clause_is_a_day() -> None:
    events = _events("Food bank appeal\n\n"
                     "Gifts such as biscuits, tea and soup may be left at the parish office until "
                     "Christmas Eve.\n", today=date(2027, 10, 1))
    assert [str(e.start)[:10] for e in events] == ["2027-12-24"]


def test_a_holiday_later_in_the_run_of_examples_is_still_no_day() -> None:
    assert _events("Dear families\n\n"
                   "Sadly we cannot invite parents to this term's events, for example the sports "
                   "morning, the harvest assembly and the wonderful noise of our Easter bonnet parade.\n") == []


def test_workshops_counted_vaguely_over_a_week_are_an_entry() -> None:
    events = _events("Museum news\n\n"
                     "The museum will run a few pottery workshops in the week of 7 June 2027 for "
                     "teenagers.\n")
    assert [str(e.start)[:10] for e in events] == ["2027-06-07"]


def test_dates_and_times_without_all_state_no_zone() -> None:
    assert stated_zone("Concert dates and times are Vienna first, then Prague and Munich.") is None
    assert stated_zone("All dates and times are based on Central European Time.") is not None


def test_a_weekday_kept_row_does_not_turn_the_span_for_the_next_row() -> None:
    text = ("Society Calendar 2026-2027\n\n"
            "14th September – Open evening\n"
            "Thu 2nd July – Summer fair\n"
            "20th September – Harvest supper\n")
    values = _values(text)
    assert values["Thu 2nd July"] == "2026-07-02"       # a Thursday in 2026 only
    assert values["20th September"] == "2026-09-20"
