"""Class A of round R48: a year-less list that subheadings part into sections (a season's
series, each under its own title line) is one sequence read down the page, so a later part does
not jump back to the year its days are nearest to, before the page and before the part above."""

from datetime import date

from events_helpers import tagged_events

SEASON = ("Our coming season of concerts:\n"
          "Chamber Evenings\n"
          "June 6: St Mary's Church, Ludlow\n"
          "June 20: Assembly Rooms, Ludlow\n"
          "Autumn Orchestral Series\n"
          "September 12: Town Hall, Shrewsbury\n"
          "October 3: Town Hall, Shrewsbury\n"
          "Winter Festival\n"
          "5-7 December: Castle Hall, Ludlow\n"
          "16-18 January: Castle Hall, Ludlow\n")


def _starts(text: str, published: date) -> list[date]:
    return sorted(e.start if isinstance(e.start, date) else e.start.date()
                  for e in tagged_events(text, published=published))


def test_the_parts_run_on_from_the_first_in_date_order():
    assert _starts(SEASON, date(2026, 3, 1)) == [
        date(2026, 6, 6), date(2026, 6, 20), date(2026, 9, 12), date(2026, 10, 3),
        date(2026, 12, 5), date(2027, 1, 16)]


def test_no_part_lands_before_the_page():
    assert all(day >= date(2026, 3, 1) for day in _starts(SEASON, date(2026, 3, 1)))


def test_parts_a_paragraph_of_prose_divides_are_read_on_their_own():
    """Only title lines join parts: prose between two lists tells of something else, so each
    list keeps the year it is nearest to (September and October before a page of 1 March)."""
    text = SEASON.replace("Autumn Orchestral Series\n",
                          "Last year we played these halls to full houses, and the reviews were kind.\n")
    starts = _starts(text, date(2026, 3, 1))
    assert date(2025, 9, 12) in starts and date(2026, 9, 12) not in starts
