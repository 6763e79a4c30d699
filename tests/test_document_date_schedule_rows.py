"""Reference dates of schedule pages and mail archives (session 24, class: page date accuracy).

A series, a year or a word told ahead above a list of dated rows does not make the rows look
back: the rows are the days the page announces, so the page was written before the first of
them. A mail archive's stamp ("Tue Feb 15 11:21:09 EST 2011") writes its year after the clock
and zone; it is the page's own date when its weekday holds in that year."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date


def _found(text: str):
    doc = Document(path="doc.txt", text=text)
    return infer_reference_date(doc, tag(text, None), today=date(2026, 12, 1))


def test_rows_under_a_series_told_ahead_date_the_page_before_the_first_row():
    text = ("Friends of the Mill Meetings\n\n2031-2032 Calendar\n\n"
            "The friends will meet on the 2nd Tuesday of each month at 7:00pm unless we say otherwise.\n\n"
            "October 14, 2031\n\nNovember 11, 2031\n\nDecember 9, 2031\n\nJanuary 13, 2032\n\n"
            "February 10, 2032\n\nMarch 9, 2032 (7:30pm start)\n\nApril 13, 2032\n")
    found = _found(text)
    assert found.value is not None and date(2031, 7, 1) <= found.value < date(2031, 10, 14)


def test_rows_under_a_year_heading_told_in_the_present_count_too():
    text = ("Trust Board\n\n2032 Meeting Calendar:\nThe trustees meet on the first Monday of even months "
            "at 10:00am. At present the meetings are held online.\n\n"
            "  • February 2, 2032\n  • April 5, 2032\n  • June 7, 2032\n  • August 2, 2032\n")
    found = _found(text)
    assert found.value is not None and date(2031, 11, 1) <= found.value < date(2032, 2, 2)


def test_a_day_written_after_a_day_told_ahead_still_looks_back():
    text = ("The society's annual dinner will be held on 12 June 2032 at the Corn Exchange.\n\n"
            "Papers: the minutes of the committee of 3 March 2031\n")
    found = _found(text)
    assert found.value is not None and date(2032, 1, 1) <= found.value < date(2032, 6, 12)


def test_a_mail_archive_stamp_is_the_page_date():
    text = ("[riverside-users] Summer picnic\n\nmembers at example.org members at example.org\n"
            "Wed Mar 12 09:14:27 EST 2031\n\nThe picnic falls on June 14 again. Shall we book the pavilion?\n")
    found = _found(text)
    assert found.value == date(2031, 3, 12) and not found.inferred


def test_a_stamp_whose_weekday_breaks_its_year_is_not_read():
    text = ("[riverside-users] Summer picnic\n\nmembers at example.org\n"
            "Thu Mar 12 09:14:27 EST 2031\n\nThe picnic falls on June 14 again.\n")
    found = _found(text)
    assert found.value != date(2031, 3, 12)


def test_a_year_span_heading_ending_in_a_colon_heads_its_rows():
    text = ("The trustees meet on the third Monday of each month at 6:30 PM\n\n"
            "2031-2032 Trustee Meeting Dates:\n\nSept. 15th\n\nOct. 20th\n\nNov. 17th\n\nJan. 12th*\n\n"
            "March 15th\n\n*In January the trustees meet on the second Monday.\n")
    found = _found(text)
    assert found.value is not None and date(2031, 6, 1) <= found.value < date(2031, 9, 15)


def test_a_sentence_ending_in_a_colon_names_no_heading_span():
    text = ("The trustees meet on the third Monday of each month at 6:30 PM\n\n"
            "The dates agreed for 2031-2032 are:\n\nSept. 15th\n\nOct. 20th\n")
    found = _found(text)
    assert found.value is None or "names the year 2031-2032" not in found.reason


def test_a_loose_year_long_before_does_not_win_a_contradiction_tie():
    text = ("The reading room will be closed on Friday, March 14, 2031, in observance of Founders Day. "
            "Founders Day, observed on the second Friday of March, honours the first settlers of the valley. "
            "It began in the years after the flood and became an official town holiday in 1975. "
            "Normal hours will resume Saturday, March 15.")
    found = _found(text)
    assert found.value is not None and date(2030, 12, 1) <= found.value < date(2031, 3, 14)


def test_a_near_past_day_still_wins_a_contradiction_tie():
    text = ("The committee approved the new opening hours on Monday, 3 March 2031. "
            "From 1 March the reading room has opened at nine, the librarian said. "
            "The hours will be reviewed on 30 June 2031.")
    found = _found(text)
    assert found.value is not None and found.value >= date(2031, 3, 3)


def test_a_past_edition_named_by_its_year_dates_the_next_one():
    text = ("Harbour Regatta moved\n\nThe Annual Harbour Regatta has been moved to later in the summer.\n\n"
            "The regatta, which was due on June 14, will now be sailed on July 19, from 10am.\n\n"
            "Skippers will also hear how the prizes raised at the 2030 Annual Harbour Regatta were spent.\n")
    found = _found(text)
    assert found.value == date(2031, 1, 1)


def test_a_year_before_the_occasion_named_again_gives_no_next_edition():
    text = ("The 2030 Annual Harbour Regatta raised funds for the lifeboat.\n\n"
            "The 2031 Annual Harbour Regatta will be sailed on July 19.\n")
    found = _found(text)
    assert "next edition" not in found.reason


def test_an_address_day_wins_over_tenses_that_cannot_all_hold():
    text = ("Hello members,\n\nWe have not yet held our 2029 AGM, and it should be done by the end of April.\n\n"
            "So the 2029 AGM will be held at the clubhouse this Tuesday evening, 30 April at 7pm.\n\n"
            "The return to the registrar is short – the figures, like takings and costs for the 2029 club financial "
            "year (1 Dec 2028 to 30 Nov 2029), the funds held at 30 Nov 2029 (from the Treasurer's Report), "
            "and the membership for 2029.\n")
    doc = Document(path="doc.txt", text=text, url="https://club.example.org/2030/04/28/agm-notice/")
    found = infer_reference_date(doc, tag(text, None), today=date(2026, 12, 1))
    assert found.value == date(2030, 4, 28)


def test_a_founding_year_before_a_yearly_occasion_is_no_last_edition():
    # review 24 M4: the year the club began in says nothing of which edition the page announces
    text = ("Millbrook Chess Circle\n\nThe circle was formed at the 2001 Annual General Meeting of the village "
            "hall trust.\n\nThe Annual General Meeting will take place on 9 June at 7pm in the hall.\n")
    found = _found(text)
    assert "next edition" not in found.reason
    assert found.value is None or found.value.year >= 2026


def test_a_past_edition_must_be_told_as_reported_to_date_the_next_one():
    # the year is a past edition only when the page reports on it ("raised at", "minutes of"), not when
    # it merely names an occasion something happened at
    text = ("Orchard Players\n\nOur first play was staged at the 2003 Annual Village Fete.\n\n"
            "The Annual Village Fete will open on 21 June at noon.\n")
    found = _found(text)
    assert "next edition" not in found.reason


def test_the_minutes_of_a_past_edition_date_the_next_one():
    text = ("Annual Members Meeting\n\nThe Annual Members Meeting will be held on 14 May at 6pm.\n\n"
            "The minutes of the 2029 Annual Members Meeting were sent to every member.\n")
    found = _found(text)
    assert found.value == date(2030, 1, 1)
