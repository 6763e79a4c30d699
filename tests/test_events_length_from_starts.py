"""A length before an opening verb with "from" ("a five-day drive will commence from March 16") runs the
day on for that many days, as "commence on" does: "from" may stand between the verb and its day as "on" does."""
# Provenance: session 51 (ev51a), R64 class 1 (page 07), in words of our own.

from datetime import date

from events_helpers import tagged_events


def _rows(text: str, published: date) -> list[tuple[str, date, date]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=published)]


def test_a_length_before_commence_from_gives_the_end():
    text = ("District news\n\nOn Wednesday the health officer told reporters a five-day-long measles drive will "
            "commence from Mar 16 in every ward.\n")
    rows = _rows(text, date(2020, 3, 11))
    assert (date(2020, 3, 16), date(2020, 3, 20)) in [(s, e) for _, s, e in rows], rows
