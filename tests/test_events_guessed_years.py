"""A title's single year is not vetoed by a line of links naming neighbouring terms' years;
a year chosen among several that a page's weekdays fit alike is a guess, so its entries are
approximate, and a past year the page writes picks the era."""
# Provenance: Round 20 classes A and C (the year of pages that write no year for their dates), in our own wording.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _days(result) -> dict[str, str]:
    return {str(e.start)[:10]: e.precision for e in result.events}


def test_a_titles_year_holds_beside_a_line_of_links_to_other_terms():
    text = ("« Autumn Quarter 2030 · Spring Quarter 2031 »\n"
            "| January 6 | Monday | Instruction begins |\n"
            "| January 13 | Monday | Last day to add a course |\n")
    result = _run(text, title="Winter Quarter 2031", url="https://registrar.example.edu/winter-quarter.html")
    assert result.reference.value is not None and result.reference.value.year in (2030, 2031), result.reference
    days = _days(result)
    assert days.get("2031-01-06") == "exact", days
    assert not any(day.startswith(("2025", "2026", "2027")) for day in days), days


_SUPPER = ("Harvest supper\n\n"
           "The harvest supper will be held on Saturday, September 12 at 6pm in the village hall. "
           "Tickets are available from the shop.\n")


def test_a_year_the_weekdays_share_with_others_is_a_guess():
    result = _run(_SUPPER)
    assert "fit as well" in result.reference.reason, result.reference
    assert result.events and all(e.precision == "approximate" for e in result.events), _days(result)
    assert any("the year is a guess" in note for e in result.events for note in e.notes)


def test_a_past_year_the_page_writes_picks_the_era_among_the_weekday_years():
    text = "Pictured: guests at the 2018 harvest supper.\n\n" + _SUPPER
    result = _run(text)
    days = _days(result)
    assert "2020-09-12" in {d[:10] for d in days}, days
    assert days["2020-09-12"] == "approximate", days


def test_a_dated_page_keeps_its_entries_exact():
    result = _run(_SUPPER, published=date(2026, 8, 20))
    assert _days(result).get("2026-09-12") == "exact", _days(result)


def test_a_heading_that_opens_with_its_year_dates_the_days_under_it():
    text = ("Friends of the Riverside\n\n2031 Events\n\n"
            "12 April: spring clean of the towpath, meet at the lock at 10am.\n"
            "17 May: dawn chorus walk with the warden.\n")
    result = _run(text, title="Friends of the Riverside")
    days = _days(result)
    assert "2031-04-12" in days and "2031-05-17" in days, (days, result.reference.reason)


def test_a_report_of_a_year_gone_by_names_no_year_for_the_page():
    text = ("Parish council\n\n2019 Annual Report\n\n"
            "12 April: spring clean of the towpath, meet at the lock at 10am.\n")
    result = _run(text, title="Parish council")
    assert not any(day.startswith("2019") for day in _days(result)), (_days(result), result.reference.reason)


def test_holidays_beside_their_days_that_fit_several_years_leave_the_year_a_guess():
    text = ("County offices: holiday closures\n\n"
            "September 4\nLabor Day\nAll county offices are closed.\n"
            "November 23\nThanksgiving\nAll county offices are closed.\n")
    result = _run(text)
    assert "fit as well" in result.reference.reason, result.reference.reason
    assert all(e.precision == "approximate" for e in result.events), _days(result)


def test_a_movable_feast_that_fits_one_year_keeps_its_entries_exact():
    text = ("Holy Week\n\nGood Friday, April 7: Stations of the Cross at 3pm in the parish church.\n")
    result = _run(text)
    assert "fit as well" not in result.reference.reason, result.reference.reason
    days = _days(result)
    assert days.get("2023-04-07") == "exact", (days, result.reference.reason)
