"""ev46d (R58 p18 shape): a round-up of parades, one section a town under the town's name in
capitals, each opening "Kicking off at <clock>, <the town's parade> ...". The fronted lead opens
the clause as a fronted date does, so the parade after it is what starts then (before: no phrase,
no entry; and a past main clause, "has been billed as", made the clock a report's); the heading
gives the section's entries their town and zone (before: another section's town, shared by day)."""

from datetime import datetime

from events_helpers import page_events

PAGE = ("Parades are on in towns across the island today.\n\n"
        "CORK\n\n"
        "Kicking off at 1pm, this year's parade has been billed by the organisers as the loudest yet.\n\n"
        "It will start at the Grand Parade and finish on the South Mall.\n\n"
        "LIMERICK\n\n"
        "Kicking off at 12.15pm, Limerick's parade crowns a four-day festival of music in the city.\n\n"
        "DERRY\n\n"
        "The Derry parade will leave the Guildhall at 2.45pm and wind through the old walled city.\n")


def _by_start() -> dict:
    return {e.start: e for e in page_events(PAGE, "2031-03-17")}


def test_a_clock_after_a_fronted_lead_starts_the_parade_the_clause_names():
    entries = _by_start()
    # Fails on the parent: no entry at 1pm (Cork) or at 12.15pm (Limerick).
    assert "parade" in entries[datetime(2031, 3, 17, 13, 0)].title.lower()
    assert "parade" in entries[datetime(2031, 3, 17, 12, 15)].title.lower()


def test_each_section_takes_its_heading_town_and_zone():
    entries = _by_start()
    assert entries[datetime(2031, 3, 17, 13, 0)].tz == "Europe/Dublin"
    assert "Cork" in entries[datetime(2031, 3, 17, 13, 0)].title
    assert entries[datetime(2031, 3, 17, 12, 15)].tz == "Europe/Dublin"
    assert entries[datetime(2031, 3, 17, 14, 45)].tz == "Europe/London"


FOOTER = ("\n\nMore from the newsroom\n\n"
          + "Our reporters will be out along every route with photographs through the afternoon, and "
            "readers can send in their own pictures of bands, floats and costumes to the picture desk.\n\n" * 4
          + "The lifeboat crew's open day returns on Saturday, 12 July, with rescue drills from 10am.\n")


def test_a_footer_long_after_the_last_section_takes_no_town():
    """The last heading closes no section: a dated entry far past it, in a footer longer than twice the
    longest section, is not the last town's (on the parent it was Derry's, its name in the title)."""
    entries = {e.start: e for e in page_events(PAGE + FOOTER, "2031-03-17")}
    assert "Derry" in entries[datetime(2031, 3, 17, 14, 45)].title
    open_day = entries[datetime(2031, 7, 12, 10, 0)]
    assert "Derry" not in open_day.title


CALENDAR = ("School calendar 2031\n\n"
            "SPRING\n\n"
            "Open evening for new families on Thursday 6 February at 6pm in the main hall.\n\n"
            "MARCH\n\n"
            "Sports day on Friday 14 March at 1pm on the top field.\n\n"
            "Parents' evening on Tuesday 25 March at 4pm.\n")


def test_a_month_heading_is_no_town_heading():
    """"MARCH" is a month over its days, though a town shares the name: with it, "SPRING" (a town too)
    is the page's only capitals town, so no sections (on the parent the open evening was in Spring's
    zone, America/Chicago, and the parents' evening titled '... – March')."""
    entries = {e.start: e for e in page_events(CALENDAR, "2031-01-05")}
    assert entries[datetime(2031, 2, 6, 18, 0)].tz != "America/Chicago"
    assert "March" not in entries[datetime(2031, 3, 25, 16, 0)].title
