"""Background days kept off (R78 class 7): a press briefing held "yesterday", though a purpose
clause after it looks ahead; a memorandum's own date line above its heading; an ISO day in brackets
that a commentary cites for something decided before the page; a bare year a conditional "would"
governs. Each is the story's background, not an occasion; the occasions beside them stay."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries

from calfeed.timex import tag


def _days(text: str, published: str = "2031-03-02") -> set[str]:
    return {str(start)[:10] for _, _, start in page_entries(text, published)}


def test_a_briefing_held_yesterday_is_no_entry_though_a_purpose_clause_looks_ahead():
    text = ("The Orrin Bay Regatta Committee held a press conference in the Quay Hall yesterday to provide "
            "details on the upcoming regatta.\n\nThe regatta will be held on March 14 at 10am at the harbour.\n")
    days = _days(text)
    assert "2031-03-01" not in days and "2031-03-14" in days, days


def test_a_memorandum_date_line_is_no_entry():
    text = ("Notice of Harbour Hearing- Thursday, March 20, 2031 at 9:00AM\n\nPUBLIC HEARING\n\nMarch 2, 2031\n\n \n\n"
            "MEMORANDUM\n\n \n\nTo:            All members of the harbour board\n\n"
            "Subject:    Harbour dues hearing Thursday, March 20, 2031 starting at 9:00 AM\n")
    days = _days(text)
    assert "2031-03-02" not in days and "2031-03-20" in days, days


def test_a_date_line_over_an_agenda_is_not_a_memo_date():
    from calfeed.events.memo_dates import memo_date

    text = "March 20, 2031\n\nAgenda of the harbour board\n"
    timex = next(t for t in tag(text, date(2031, 3, 2)) if t.type == "DATE")
    assert not memo_date(text, timex)


def test_a_bracketed_iso_day_cited_by_a_commentary_is_no_entry():
    text = ("The market fair will be held on Monday, May 12, 2031 in Orrin Bay. Nothing suggests the fair will not "
            "follow the new rules on market holidays (2029-05-19), which move some fairs to the nearest Monday.\n")
    days = _days(text)
    assert "2029-05-19" not in days and "2031-05-12" in days, days


def test_a_bracketed_iso_day_after_the_page_stays():
    text = "Join us for the Orrin Bay market fair (2031-05-12) on the quay.\n"
    assert "2031-05-12" in _days(text)


def test_a_year_a_conditional_governs_is_no_entry():
    text = ("The market fair will be held on Monday, May 12, 2031 in Orrin Bay.\n\n"
            "In any event, such a change would be noticed only in 2033.\n")
    days = _days(text)
    assert not any(day.startswith("2033") for day in days) and "2031-05-12" in days, days
