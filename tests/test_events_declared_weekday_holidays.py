"""Days off a government declares by weekday alone: "the cabinet proclaimed next Thursday and Friday
a national holiday". The two weekdays are two days in a row from the first day the direction word
names (one range, as "17 and 18 June" is), not a day ahead and the next one a week back; a declaring verb
right before them has them for its object when a day-off noun follows, so they are the holiday, not the
day of a statement; and a weekday range that a direction word leads is those days once, not opening hours."""
# Provenance: session 51 (ev51a), R64 class 6 (page 14), in words of our own.

from datetime import date

from events_helpers import tagged_events


def _rows(text: str, published: date) -> list[tuple[str, date, date]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=published)]


def test_next_two_weekdays_declared_a_holiday_are_one_two_day_entry():
    text = ("Capital news\n\nOn Tuesday the cabinet declared next Thursday and Friday a public holiday for "
            "the harvest feast.\n")
    rows = _rows(text, date(2024, 6, 11))          # a Tuesday
    assert [(s, e) for _, s, e in rows] == [(date(2024, 6, 13), date(2024, 6, 14))], rows
    assert "holiday" in rows[0][0].lower()


def test_a_declared_single_day_off_is_its_entry():
    rows = _rows("Capital news\n\nThe cabinet declared next Monday a public holiday.\n", date(2024, 6, 14))
    assert [(s, e) for _, s, e in rows] == [(date(2024, 6, 17), date(2024, 6, 17))], rows


def test_declared_with_a_clause_after_the_day_still_dates_the_statement():
    # guard (passes before): "declared Monday that ..." is when it was said
    rows = _rows("Capital news\n\nThe minister declared Monday that the holidays would be cut.\n",
                 date(2024, 6, 14))
    assert all(s != date(2024, 6, 10) for _, s, _ in rows), rows


def test_a_directed_weekday_range_is_those_days_once():
    rows = _rows("Capital news\n\nThe public holiday runs from next Monday to Wednesday.\n", date(2024, 6, 14))
    assert [(s, e) for _, s, e in rows] == [(date(2024, 6, 17), date(2024, 6, 19))], rows


def test_a_bare_weekday_range_stays_opening_hours():
    # guard (passes before): "Monday to Wednesday" alone is the days something is open every week
    rows = _rows("Capital news\n\nThe public holiday runs from Monday to Wednesday.\n", date(2024, 6, 14))
    assert rows == [], rows
