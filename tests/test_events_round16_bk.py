"""Round 16 (bk): what's-on listings and newsletter diary lines (red team 16 C4, lead's probes).

A listing sets a title line over a date line that carries its clock and, after a comma, its
venue ("Tuesday, 20th February, 6:30pm, Scariff Library"); one title may stand over several
such date lines (one event in two towns). A newsletter states an event with a plain copula
("Our garden party is on Saturday 21 June") whatever its noun."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str, published: date = date(2031, 1, 10)) -> set[tuple[str, str, str | None]]:
    return {(e.title, str(e.start)[:16], e.location) for e in tagged_events(text, published=published)}


LISTING = ("Winter Words at your library\n\nThe county's libraries mark the festival with events for all ages.\n\n"
           "Lantern Making - bring scissors and a jam jar and make a lantern to take home\n\n"
           "Wednesday, 15th January, 4:00pm, Ashford Library\n\n"
           "Tales from the Bog: an evening of stories with the storyteller Orla Keane\n\n"
           "Friday, 17th January, 11:30am, Bantry Library\n\n"
           "Friday, 17th January, 7:15pm, Dunmore Library\n\n"
           "Comic Drawing Club with illustrator Sam Reilly\n\n"
           "Saturday, 18th January, 10:00am, Carrick Library. Booking required, phone 012-3456789\n\n"
           "Saturday, 18th January, 10:00am, Carrickmore Library\n\n"
           "For more details ask at your branch.\n")


def test_a_title_line_over_a_date_line_with_clock_and_comma_venue() -> None:
    got = _entries(LISTING)
    assert ("Lantern Making", "2031-01-15 16:00", "Ashford Library") in got


def test_one_title_over_two_date_lines_names_both() -> None:
    got = _entries(LISTING)
    title = "Tales from the Bog: an evening of stories with the storyteller Orla Keane"
    assert (title, "2031-01-17 11:30", "Bantry Library") in got
    assert (title, "2031-01-17 19:15", "Dunmore Library") in got


def test_one_title_at_one_time_in_two_places_is_two_entries() -> None:
    got = _entries(LISTING)
    title = "Comic Drawing Club with illustrator Sam Reilly"
    assert (title, "2031-01-18 10:00", "Carrick Library") in got
    assert (title, "2031-01-18 10:00", "Carrickmore Library") in got


def test_a_date_line_without_clock_and_venue_over_a_letter_stays_no_event() -> None:
    text = "Yours sincerely,\n\nJane Murphy\n\nTuesday, 14th January, Dublin\n\nDear residents, thank you.\n"
    assert not any(e.title.startswith("Jane") for e in tagged_events(text, published=date(2031, 1, 10)))


def test_a_copula_states_an_event_whatever_its_noun() -> None:
    text = ("Dear parents,\n\nOur Christmas lunch is on Friday 12 December 2031. "
            "The focus will be on 3 March 2032 for the inspectors.\n")
    titles = {e.title for e in tagged_events(text, published=date(2031, 11, 1))}
    assert "Christmas lunch" in titles
    assert not any("ocus" in t for t in titles)


def test_school_event_nouns_and_a_farm_venue() -> None:
    text = ("Summer term news\n\nOur garden party is on Saturday 21 June 2031 from 2pm to 5pm at Hollybush Farm. "
            "Sports day is on Friday 11 July 2031. Parents' evening is on Tuesday 8 July 2031 at 6pm. "
            "The school disco is on Friday 18 July 2031. Prize giving will be on Monday 14 July 2031 at 2pm.\n")
    got = {(t, s) for t, s, _ in _entries(text, date(2031, 5, 1))}
    assert ("Garden party", "2031-06-21 14:00") in got
    assert ("Sports day", "2031-07-11") in got
    assert ("Parents' evening", "2031-07-08 18:00") in got
    assert ("School disco", "2031-07-18") in got
    assert ("Prize giving", "2031-07-14 14:00") in got
    assert any(p == "Hollybush Farm" for _, _, p in _entries(text, date(2031, 5, 1)))
