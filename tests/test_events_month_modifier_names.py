"""ev31a (rt44 class 1): a month written before the noun of a degree, an exam, a term or a list names
which one ("the February degree list", "petition for the December Advanced Standing Exam", "Thesis due
for May doctoral degrees"): no time of its own, so no month-long entry. A month the sentence dates
something by ("Exams will be held in December", "in May exams begin") keeps its entry."""

from datetime import date

from events_helpers import tagged_events


def _months(text: str) -> list[tuple[str, int]]:
    return [(e.title, e.start.month) for e in tagged_events(text, published=date(2027, 8, 1))
            if e.precision == "approximate"]


def test_a_month_naming_a_degree_or_exam_gives_no_entry():
    assert _months("Students must petition for the December Advanced Standing Exam by 18 November 2027.") == []
    assert _months("The thesis is due on 7 January 2028 for February doctoral degrees.") == []
    assert _months("Names must be added to the May degree list no later than 1 April 2028.") == []


def test_a_month_dating_the_sentence_keeps_its_entry():
    assert [m for _, m in _months("The entrance exams will be held in December.")] == [12]
