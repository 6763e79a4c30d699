"""A day that is the subject of a copula whose predicate is a day off ("next Friday is to
be a holiday", "Friday 28 February marks the Orla holiday") is an entry on that day titled by the
day-off noun and its modifiers, though the bare noun "holiday" is no event noun and a relative day
("next Friday") no plain day (day_off_predicates). Negated, hedged, past, or a day that is
not the copula's subject: no such entry."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PUBLISHED = date(2031, 2, 19)      # a Wednesday


def _entries(text: str) -> list[tuple[str, str]]:
    result = process_document(Document(path="p.txt", text=text, published=PUBLISHED), Options(today=PUBLISHED))
    return sorted((e.start.isoformat()[:10], e.title) for e in result.events)


def test_a_relative_day_announced_as_a_holiday_is_an_entry():
    text = ("Town news.\nTo ease the crowds at the cycle race, Mayor Tom Hale announced on Tuesday "
            "that the coming Friday is to be a holiday.\n")
    assert _entries(text) == [("2031-02-21", "Holiday")]


def test_a_written_day_that_is_a_holiday_is_an_entry():
    text = "Town news.\nMonday 3 March will be a holiday in Kelby.\n"
    assert _entries(text) == [("2031-03-03", "Holiday")]


def test_a_day_that_marks_a_named_holiday_takes_its_name():
    text = "Feasts.\nFriday 28 February marks the Orla holiday, which honours the founder of Kelby Priory.\n"
    assert _entries(text) == [("2031-02-28", "Orla holiday")]


def test_a_day_declared_a_holiday():
    text = "Notices.\nThe governor said that 6 March has been declared a holiday across the province.\n"
    assert _entries(text) == [("2031-03-06", "Holiday")]


def test_a_day_that_will_not_be_a_holiday_is_no_holiday():
    assert _entries("Town news.\nMonday 3 March will not be a holiday this year.\n") == []
    assert _entries("Town news.\nMonday 3 March may be a holiday.\n") == []


def test_a_past_day_that_was_a_holiday_is_no_entry():
    assert _entries("Town news.\nLast Monday was a holiday in Kelby.\n") == []


def test_a_holiday_that_modifies_another_noun_is_no_day_off():
    assert not any(title == "Holiday" for _, title in _entries("Town news.\nMonday 3 March is a holiday club day.\n"))
