"""A periodical's issue that names only its season or month is dated within that period."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = Options(today=date(2026, 11, 29))

SPRING = """# Eastside Community Pantry — Spring 2027 Newsletter

In March we finally replaced the freezer. The fundraising campaign closed on March 15 and raised $12,400.

Our popular seedling sale will be held on Sunday May 9 in the parking lot.

Members can vote at the fall general meeting on September 23.
"""


def _events(result):
    return {e.title: e.start for e in result.events}


def test_a_season_issue_is_dated_in_its_season_after_what_it_reports():
    result = process_document(Document("nl.md", SPRING), TODAY)
    assert result.reference.value == date(2027, 3, 16)
    assert result.reference.earliest == date(2027, 3, 1) and result.reference.latest == date(2027, 5, 31)
    assert "Spring 2027" in result.reference.reason
    events = _events(result)
    assert "Fundraising campaign" not in events       # "closed on March 15": history the issue reports, no entry
    assert events["Fall general meeting"] == date(2027, 9, 23)      # announced, so ahead


def test_a_month_issue_with_only_announcements_counts_from_its_first_day():
    text = ("Parish Bulletin | February 2027\n\nThe parish quiz night is on 3 March in the hall.\n"
            "Later this month we hope to repaint the porch.\n")
    result = process_document(Document("b.txt", text), TODAY)
    assert result.reference.value == date(2027, 2, 1)
    assert _events(result)["Parish quiz night"] == date(2027, 3, 3)


def test_a_quarter_named_by_an_update():
    text = "Q3 2027 Update\n\nThe pilot ended on 12 August. The review will meet on 20 September.\n"
    result = process_document(Document("u.txt", text), TODAY)
    assert result.reference.value == date(2027, 8, 13)


def test_a_year_or_a_heading_without_an_issue_word_does_not_date_the_document():
    report = process_document(Document("r.txt", "Annual Report 2026\n\nThe board will meet on 3 May 2027.\n"), TODAY)
    assert "issue" not in report.reference.reason
    series = process_document(Document("s.md", "# Spring 2027 Lecture Series\n\nThe first talk is on 3 March.\n"),
                              TODAY)
    assert "issue" not in series.reference.reason


def test_a_labelled_occasion_date_is_not_the_documents_own():
    text = ("Planned opening date: 12 May 2027\nDeadline model: two-stage\n"
            "Deadline date: 16 September 2027 17:00:00 Brussels time\n")
    result = process_document(Document("call.txt", text), TODAY)
    assert result.reference.inferred and "heading" not in result.reference.reason
    numbered = process_document(Document("n.txt", "No. IISER/ACAD/PhD/2027/14   Date: 01.02.2027\n\n"
                                         "Interviews will be held on 3 March 2027.\n"), TODAY)
    assert numbered.reference.value == date(2027, 2, 1) and not numbered.reference.inferred


def test_a_wire_byline_dates_the_release_and_is_no_event():
    text = ("Sundaram Reports Q3 Results\n\nNews provided by\nSundaram Renewables Ltd.\nJan 28, 2027, 07:45 ET\n\n"
            "MUMBAI, India, Jan. 28, 2027 /PRNewswire/ -- Sundaram Renewables Ltd. today announced its results.\n")
    result = process_document(Document("pr.txt", text), TODAY)
    assert result.reference.value == date(2027, 1, 28) and not result.reference.inferred
    assert result.events == []


def test_a_date_under_a_line_naming_the_kind_of_document_dates_it_below_a_scraped_header():
    text = ("Skip to main content\nWHO | Statement on the 1st meeting of the Emergency Committee\n\nMedia centre\n\n"
            "Statement on the 1st meeting of the Emergency Committee on the 2014 Ebola outbreak in West\nAfrica\n\n"
            "WHO statement\n8 August 2014\n\nThe meeting was held by teleconference on 6-7 August 2014.\n")
    result = process_document(Document("who.txt", text), TODAY)
    assert result.reference.value == date(2014, 8, 8) and not result.reference.inferred


def test_a_legal_notices_insertion_line_dates_it():
    text = ("NOTICE OF PUBLIC HEARING\n\nWASHTENAW COUNTY BOARD OF COMMISSIONERS\n\nThe Board of Commissioners "
            "will hold a public hearing on April 4 at 6:45 p.m. in the Board Room.\n\nWritten comments may be sent "
            "to the Clerk.\n\nCopies are available at the Clerk's office.\n\nLawrence Kestenbaum, County Clerk\n\n"
            "Publish: March 18, 2018\n")
    result = process_document(Document("notice.txt", text), TODAY)
    assert result.reference.value == date(2018, 3, 18) and not result.reference.inferred
    assert [e.title for e in result.events] == ["Public hearing"]


def test_a_signature_date_above_footnotes_dates_the_notice():
    text = ("NOTICE\n\nNotice is hereby given that the Annual General Meeting will be held on Friday, the 15th of "
            "December, 2008 at the registered office.\n\n1. To receive the accounts.\n2. To appoint auditors.\n\n"
            "Regd. Office\n123, Tower complex\n"
            "Dated: Oct. 15, 2008                          Chairman of the meeting\n\n"
            "* A member entitled to attend and vote is entitled to appoint a proxy.\n"
            "The register of members will remain closed for a week.\n")
    result = process_document(Document("agm.txt", text), TODAY)
    assert result.reference.value == date(2008, 10, 15) and not result.reference.inferred


def test_today_with_its_day_in_brackets_dates_the_story():
    text = ("Party leaders announced the programme at a press conference today (17 July). The march will begin on "
            "Saturday, 19 July in Chattogram.")
    result = process_document(Document("bd.txt", text), TODAY)
    assert result.reference.value == date(2025, 7, 17)               # 19 July is a Saturday in 2025
    assert "today (17 July)" in result.reference.reason
