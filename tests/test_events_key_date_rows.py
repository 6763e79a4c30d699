"""Red team 10b (MSS key dates, p02c): a key-dates list of year-less rows read in order, its
"Last day for ..." rows named by their words, and its openings no deadlines."""

from datetime import date

from events_helpers import tagged_events

KEY_DATES = ("## Key dates\n\nSeptember 1: Submissions open\n\nNovember 5: Last day for early registration\n\n"
             "December 20: Last day for refunds\n\nJanuary 15: Program posted\n\nMarch 27: Annual meeting begins\n")


def _rows(text: str, published: date) -> list[tuple[str, str, date]]:
    return [(e.title, e.kind, e.start) for e in tagged_events(text, published=published)]


def test_the_rows_run_forward_from_the_chain_holding_the_page_date():
    rows = _rows(KEY_DATES, date(2024, 8, 1))
    assert [s for _, _, s in rows] == [date(2024, 9, 1), date(2024, 11, 5), date(2024, 12, 20),
                                       date(2025, 1, 15), date(2025, 3, 27)]


def test_a_list_running_when_the_page_was_written_keeps_its_first_rows_behind():
    rows = _rows(KEY_DATES, date(2025, 2, 1))
    assert [s for _, _, s in rows][0] == date(2024, 9, 1)
    assert [s for _, _, s in rows][-1] == date(2025, 3, 27)


def test_an_opening_row_is_no_deadline_and_last_day_rows_are():
    kinds = {t: k for t, k, _ in _rows(KEY_DATES, date(2024, 8, 1))}
    assert kinds["Submissions open"] != "deadline"
    assert kinds["Last day for early registration"] == "deadline"
    assert kinds["Last day for refunds"] == "deadline"


def test_an_opening_verb_before_the_noun_is_an_opening_too():
    rows = _rows("September 1: Online portal opens for all submissions.\n", date(2024, 8, 1))
    assert [(t, k) for t, k, _ in rows] == [("Online portal opens for all submissions", "event")]


MEETING_DATES = ("## 2024 Meeting Dates\n\n* February 14th, 5:00 p.m.\n* May 8th, 5:00 p.m.\n* August 14th, 5:00 p.m.\n\n"
                 "## 2023 Meeting Minutes\n\n* February 8th\n* May 10th\n")


def test_each_date_only_item_under_a_heading_is_the_headings_event():
    events = tagged_events(MEETING_DATES, published=date(2024, 1, 10))
    assert [(e.title, e.start.isoformat()) for e in events if e.start.year == 2024] == [
        ("Meeting", "2024-02-14T17:00:00"), ("Meeting", "2024-05-08T17:00:00"), ("Meeting", "2024-08-14T17:00:00")]


def test_minutes_items_are_past_meetings_never_titled_minutes():
    events = tagged_events(MEETING_DATES, published=date(2024, 1, 10))
    past = [e for e in events if e.start.year == 2023]
    assert past and all(e.title == "Meeting" for e in past)
