"""A page's own year and date decide the year of its
year-less days. A heading naming the year its list is for ("Grant Rounds for 2023", a title
"Riverside Arts Week 2018") dates an otherwise undated page in that year, "this year" included;
a full date alone under the headline is the page's dateline; "Publish:" labels the page's date;
documents a sentence cites by their dates ("Circulars dated ...") were written before the page;
a year-less calendar row takes the year of the dated rows either side of it, which its weekday
confirms."""
# Provenance: Round-16 red-team classes C1 and C2.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _day(event) -> date:
    return event.start.date() if hasattr(event.start, "date") else event.start


def _days(result) -> list[date]:
    return sorted(_day(event) for event in result.events)


def test_a_heading_naming_the_year_of_its_list_puts_every_yearless_day_in_it():
    text = ("Grant Rounds for 2023\n\nThe key dates for this year's grants are below.\n\nRound A\n\n"
            "Opens: February 1st\nCloses: March 15th\nPanel meets: April 20th\n\nRound B\n\n"
            "Opens: August 1st\nCloses: September 30th\nPanel meets: November 9th\n")
    result = _run(text, title="Grants | Riverside Town Trust")
    assert result.reference.value.year == 2023, result.reference.reason
    days = _days(result)
    assert date(2023, 3, 15) in days and date(2023, 11, 9) in days, days
    assert all(d.year == 2023 for d in days), days


def test_a_leap_day_under_a_year_heading_stays_in_that_year():
    text = ("Competition Rounds for 2020\n\nThis year the club runs two rounds.\n\n"
            "Entries open: January 6th\nEntries close: February 29th\nJudging: March 21st\n")
    result = _run(text, title="Photography Competition")
    assert date(2020, 2, 29) in _days(result), _days(result)


def test_a_title_naming_a_festival_and_its_year_keeps_the_month_of_its_programme():
    text = ("Plenty is happening during the festival this year, so come along!\n"
            "During the month of June the library invites everyone to the Riverside Arts Week events.\n"
            "EXHIBITIONS\n"
            "9th June , Town Hall Gallery 2pm Free\n"
            "Opening of the photography exhibition by the camera club, open all month.\n")
    result = _run(text, title="Riverside Arts Week 2018")
    assert result.reference.value.year == 2018, result.reference.reason
    days = _days(result)
    assert days and all(d.year == 2018 for d in days), days


def test_a_year_after_since_or_in_an_annual_reports_title_is_no_page_year():
    for title in ("Annual Report 2019", "Our work since 2019", "Vision 2030"):
        text = "Highlights\n\nThe garden opens on May 4th and the fair is on September 12th.\n"
        result = _run(text, title=title)
        assert "names the year" not in result.reference.reason, (title, result.reference.reason)


def test_a_full_date_alone_under_the_headline_is_the_pages_dateline():
    text = ("Skip to main content\n\nMenu\n\n  1. Home\n  2. News\n  3. Libraries\n\n"
            "Town libraries launch a county reading challenge\n\n12 January 2022\n\n"
            "Libraries across the county are running a reading challenge this month, ending with a "
            "celebration on Saturday, 29th January.\n")
    result = _run(text, title="Town libraries launch a county reading challenge")
    assert result.reference.value == date(2022, 1, 12), result.reference.reason
    assert date(2022, 1, 12) not in _days(result)


def test_an_event_pages_day_under_its_title_stays_its_entry():
    text = ("Skip to main content\n\nMenu\n\n  1. Home\n  2. Events\n  3. Forums\n\n"
            "Energy Roundtable for Town Leaders\n\nOctober 21, 2019\n\n"
            "The roundtable will bring together mayors and utility managers at the Civic Centre.\n")
    result = _run(text, title="Energy Roundtable for Town Leaders")
    assert date(2019, 10, 21) in _days(result), result.reference.reason


def test_publish_labels_the_notices_own_date():
    text = ("LEGAL NOTICE\nThe Town Board will hold a public hearing on the proposed parking ordinance on "
            "Tuesday, May 10 at 7:00 PM in the Town Hall meeting room. All interested persons may appear "
            "and be heard.\nTOWN CLERK\nPublish: April 27, 2022\n")
    result = _run(text, title="Legal Notice", url="https://notices.example.org/2022/05/legal-notice-41")
    assert result.reference.value == date(2022, 4, 27), result.reference.reason
    assert date(2022, 5, 10) in _days(result), _days(result)


def test_documents_cited_by_their_dates_were_written_before_the_page():
    text = ("Notice of the annual meeting\n\n"
            "The Society has told the Registrar that its 48th AGM will be convened on Thursday, 24th June 2021 "
            "by video conference, in line with the Registrar's Notes Nos. 3/2021 and 7/2021 dated 2nd March 2021 "
            "and 14th May 2021 and the Registrar's letter dated 20th May 2021.\n\n"
            "Members may vote online before the meeting.\n")
    result = _run(text, title="Annual meeting by video")
    assert date(2021, 5, 20) <= result.reference.value < date(2021, 6, 24), result.reference.reason


def test_a_yearless_calendar_row_takes_the_year_of_its_dated_neighbours():
    text = ("Key dates\n"
            "23 February 2026 Session 1 begins\n"
            "6 July 2026 Session 2 begins\n\n"
            "Meetings\n"
            "February 2026\n"
            "Tuesday 10 February 2026 2:00 pm to 4:00 pm Audit Committee\n"
            "March 2026\n"
            "Monday 9 March 2026 4:00 pm to 6:00 pm Board of Governors\n"
            "Thursday 12 March 10:00 am to 12:00 pm Review Committee\n"
            "April 2026\n"
            "Wednesday 15 April 2026 10:00 am to 12:00 pm Academic Board\n")
    result = _run(text, title="Key dates", published=date(2024, 6, 1))
    review = [e for e in result.events if "Review" in e.title]
    assert review and _day(review[0]) == date(2026, 3, 12), [(e.title, e.start) for e in result.events]


def test_an_explicit_day_in_the_next_paragraph_wins_over_the_events_name_year():
    text = ("Club news\n\nA few more details about the 2024 AGM.\n\n"
            "It takes place on 9 March 2024 at the Rowing Club hall, starting at 19:00.\n\n"
            "Please bring a plate of food to share.\n")
    result = _run(text, title="Club news")
    agm = [e for e in result.events if "AGM" in e.title]
    assert [str(e.start) for e in agm] == ["2024-03-09 19:00:00"], [(e.title, e.start, e.end) for e in result.events]


def test_a_year_told_ahead_holds_the_days_written_without_one():
    text = ("Summer at the walled garden\n\nOur open days will return in 2021, with the tea room open as usual.\n\n"
            "5 June, 10am - 4pm: Open garden day\n4 July, 2pm: Plant sale\n")
    result = _run(text, title="Summer programme")
    days = _days(result)
    assert date(2021, 6, 5) in days and date(2021, 7, 4) in days, (days, result.reference.reason)


def test_a_bare_year_repeating_the_titles_year_still_lets_the_title_date_the_page():
    # "The theme for 2018 is ..." under "Riverside Arts Week 2018" says no more of when the
    # page was written than the title does: the title's year still dates the page.
    for title, text in (
            ("Riverside Arts Week 2018", "The theme for 2018 is water and light.\n\nEXHIBITIONS\n\n"
                                         "9th June, Town Hall Gallery 2pm\nOpening of the photography exhibition.\n"),
            ("Folk Festival 2019", "Tickets for 2019 go on sale on March 1st.\nThe festival runs on July 12th.\n")):
        result = _run(text, title=title)
        assert "names the year" in result.reference.reason, (title, result.reference.reason)
        assert all(_day(e).year == int(title[-4:]) for e in result.events), _days(result)
