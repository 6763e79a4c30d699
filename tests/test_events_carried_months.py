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
