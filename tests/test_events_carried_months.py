"""A month written once and carried to the bare days after it (session 19, class C), in wordings
of our own: rows under a month heading that give only a weekday and a day, a range of bare day
numbers after a month placed in its sentence, a bare day in the sentence after a placed month.
A weekday that does not fit the month, a month told in the past and a new paragraph stop it."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _days(text: str, published: date = date(2026, 8, 10)) -> list[tuple[str, date]]:
    result = process_document(Document(path="p.txt", text=text, published=published), Options(today=published))
    return [(e.title, e.start if isinstance(e.start, date) else e.start.date())
            for e in sorted(result.events, key=lambda e: str(e.start))]


def test_weekday_rows_take_their_month_heading():
    days = _days("Parish diary\n\nNovember\n\nFriday 6th\n\n  • Bonfire night in the park\n\n"
                 "December\n\nFriday 4th\n\n  • Staff training day\n\nMonday 7th\n\n"
                 "  • Carol singing 6pm\n")
    starts = [d for _, d in days]
    assert date(2026, 11, 6) in starts and date(2026, 12, 4) in starts and date(2026, 12, 7) in starts
    assert not any(d.month == 9 for d in starts)    # not the nearer September the weekdays also fit


def test_a_heading_with_its_year_dates_the_rows():
    days = _days("Club nights\n\n## March 2027\n\nTuesday 9th Quiz night\n\nTuesday 23rd AGM\n")
    assert date(2027, 3, 9) in [d for _, d in days] and date(2027, 3, 23) in [d for _, d in days]


def test_a_weekday_that_does_not_fit_is_not_carried():
    # 4 December 2026 is a Friday, not a Thursday: the row is not put in December
    days = _days("Choir dates\n\nDecember\n\nThursday 4th Carol rehearsal\n")
    assert date(2026, 12, 4) not in [d for _, d in days]


def test_a_bare_range_after_a_placed_month():
    days = _days("The assembly agreed its calendar. In October, members will sit from the 5-9, and in "
                 "November the sitting will be from the 16-20.\n")
    starts = [d for _, d in days]
    assert date(2026, 10, 5) in starts and date(2026, 11, 16) in starts


def test_a_bare_day_in_the_next_sentence_of_the_paragraph():
    days = _days("The book club will gather in September. The first reading is on the 8th and the author "
                 "visit is on the 22nd.\n")
    assert date(2026, 9, 22) in [d for _, d in days]


def test_a_month_told_in_the_past_is_not_carried():
    days = _days("The book club gathered in July. The author visit is on the 22nd.\n")
    assert date(2026, 7, 22) not in [d for _, d in days]


def test_numbers_that_are_not_days_stay_numbers():
    days = _days("In October the council will meet. Section 16 applies; the 12 members and the top 10 "
                 "scorers from the 12-16 band will attend.\n")
    assert all(d.day not in (12, 16) for _, d in days)


def test_a_list_line_of_several_days_of_one_month():
    days = _days("Allotment society\n\nThe committee keeps the site tidy. New members are welcome.\n\n"
                 "Committee meetings 2027\n\nJan 12 & 26\nFeb 9\nMarch 9 & 23\n")
    assert [d for _, d in days] == [date(2027, 1, 12), date(2027, 1, 26), date(2027, 2, 9),
                                    date(2027, 3, 9), date(2027, 3, 23)]


def test_days_after_their_month_then_and():
    days = _days("Allotment society\n\nThe committee will meet on Jan 12 & 26 and on Feb 9 in the hut.\n")
    assert [d for _, d in days] == [date(2027, 1, 12), date(2027, 1, 26), date(2027, 2, 9)]


def test_bare_ordinals_joined_by_and_take_the_placed_month():
    days = _days("Allotment society\n\nIn March, the committee will meet on the 9th and the 23rd.\n")
    assert [d for _, d in days] == [date(2027, 3, 9), date(2027, 3, 23)]


def test_table_rows_under_a_month_row():
    days = _days("Lions club programme\n\n| 2026 | Speaker | Notes |\n| October | | |\n| 16 | Quiz night | |\n"
                 "| 30 | No meeting | |\n| November | 6 | Guest speaker | Town history |\n"
                 "| 20 | Annual dinner | |\n")
    assert (("Quiz night", date(2026, 10, 16)) in days and ("Guest speaker", date(2026, 11, 6)) in days
            and ("Annual dinner", date(2026, 11, 20)) in days)
    assert date(2026, 10, 30) not in [d for _, d in days]        # "No meeting"


def test_a_weekday_and_day_cell_under_a_month_row():
    days = _days("School diary\n\n| April | |\n| Mon 5 | Term starts |\n| Fri 16 | Sports day |\n",
                 published=date(2027, 1, 10))
    assert ("Term starts", date(2027, 4, 5)) in days and ("Sports day", date(2027, 4, 16)) in days


def test_numbered_table_rows_are_no_days():
    days = _days("Standings\n\n| May | | |\n| 1 | Rovers | 40 |\n| 2 | United | 38 |\n| 3 | City | 35 |\n")
    assert not any(title in ("Rovers", "United", "City") for title, _ in days)


def test_a_month_line_running_its_items():
    days = _days("Village diary\n\nJuly: 3rd Open day; 17th Garden fair\n", published=date(2027, 1, 10))
    assert ("Open day", date(2027, 7, 3)) in days and date(2027, 7, 17) in [d for _, d in days]


def test_a_month_line_with_a_count_is_no_list():
    days = _days("Village diary\n\nSeptember: 3 new members joined the choir.\n", published=date(2027, 1, 10))
    assert date(2027, 9, 3) not in [d for _, d in days]


def test_table_ranges_under_month_rows():
    days = _days("Term dates\n\n| Date | Event |\n|---|---|\n| MARCH | |\n| 29th to 2nd | Easter break |\n"
                 "| APRIL | |\n| 6th | Term starts |\n| 26th to 30th | Exam week |\n", published=date(2027, 1, 10))
    assert ("Term starts", date(2027, 4, 6)) in days and ("Exam week", date(2027, 4, 26)) in days
    assert ("Easter break", date(2027, 3, 29)) in days


def test_weekday_and_bare_number_rows_under_a_month_heading():
    days = _days("Parish diary\n\nMarch\n\nTuesday 2 - Lent lunch\n\nSaturday 13 - Jumble sale\n",
                 published=date(2026, 11, 10))
    assert ("Jumble sale", date(2027, 3, 13)) in days and ("Lent lunch", date(2027, 3, 2)) in days


def test_a_weekday_row_under_a_dated_row_of_the_same_list():
    days = _days("Parish diary\n\nMarch 2027\n* Tuesday 2 March: Lent lunch\n* Saturday 13: Jumble sale\n",
                 published=date(2026, 11, 10))
    assert ("Jumble sale", date(2027, 3, 13)) in days


def test_a_fronted_month_with_no_comma_leaves_the_subject():
    # "In March the committee will meet ...": the date is fronted without a comma; the committee meets
    days = _days("Allotment society\n\nIn March the committee will meet on the 9th and the 23rd.\n",
                 published=date(2026, 11, 10))
    assert days == [("Committee meeting", date(2027, 3, 9)), ("Committee meeting", date(2027, 3, 23))]
