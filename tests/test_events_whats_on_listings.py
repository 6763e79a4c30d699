"""What's-on listings and newsletter diary lines.

A listing sets a title line over a date line that carries its clock and, after a comma, its
venue ("Tuesday, 20th February, 6:30pm, Scariff Library"); one title may stand over several
such date lines (one event in two towns). A newsletter states an event with a plain copula
("Our garden party is on Saturday 21 June") whatever its noun."""
# Provenance: Round 16 (bk); red team 16 C4, lead's probes.

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


PROGRAMME = ("Autumn Arts Week 2031\n\nEvents run across the county all week.\n\nVISUAL ART\n"
             "Monday 6th October , Riverside Gallery Kilcormac 7pm Free\n"
             "Opening of 'Tides' an exhibition of prints by the Kilcormac Camera Club, on view all week. Everyone welcome.\n"
             "Tuesday 7th , 14th , 21st October Old Mill Studio 10am – 12pm €8\n"
             "Printmaking for beginners with artist Dara Kelly. Materials are provided.\n"
             "Thursday 9th 16th 23rd & 30th October Town Library 2pm – 3.30pm\n"
             "Memory Lane: bring an old photograph and share its story over tea with the local history group.\n")


def test_a_date_line_of_facts_is_named_by_the_description_under_it() -> None:
    got = _entries(PROGRAMME, date(2031, 9, 20))
    assert ("Opening of 'Tides' an exhibition of prints by the Kilcormac Camera Club, on view all week", "2031-10-06 19:00",
            "Riverside Gallery Kilcormac") in got


def test_ordinal_days_listed_with_commas_share_the_month_and_the_clock() -> None:
    got = _entries(PROGRAMME, date(2031, 9, 20))
    for day in ("07", "14", "21"):
        assert ("Printmaking for beginners with artist Dara Kelly", f"2031-10-{day} 10:00", "Old Mill Studio") in got


def test_ordinal_days_listed_with_no_commas_are_each_a_session() -> None:
    got = {(t, s) for t, s, _ in _entries(PROGRAMME, date(2031, 9, 20))}
    title = "Memory Lane"      # a long first sentence is cut at its colon
    for day in ("09", "16", "23", "30"):
        assert (title, f"2031-10-{day} 14:00") in got


def test_a_date_line_with_words_of_its_own_keeps_its_own_reading() -> None:
    text = ("Club news\n\nMonday 6th October we meet at the hall to plan the season\n"
            "Everyone is asked to bring their ideas and a list of possible speakers.\n")
    assert not any(e.title.startswith("Everyone") for e in tagged_events(text, published=date(2031, 9, 20)))


DIARY = ("Dates for your diary\n\n"
         "Monday 6 January - Spring term begins\n"
         "Friday 7 February - Training day (school closed)\n"
         "Wednesday 26 March - Easter concert at Holy Trinity Church, 6pm\n"
         "Thursday 27 March - Summer uniform orders due\n"
         "Friday 28 March - Last day of term\n")


def test_a_diary_row_whose_label_opens_with_a_season_or_holiday_is_its_own_day() -> None:
    got = {(t, s) for t, s, _ in _entries(DIARY, date(2030, 12, 20))}
    assert ("Spring term begins", "2031-01-06") in got
    assert ("Easter concert at Holy Trinity Church", "2031-03-26 18:00") in got
    assert ("Training day (school closed)", "2031-02-07") in got
    assert len([1 for t, _ in got if t == "Last day of term"]) == 1


def test_a_row_s_place_stays_on_its_row() -> None:
    got = _entries(DIARY, date(2030, 12, 20))
    placed = {t: p for t, _, p in got}
    assert placed["Easter concert at Holy Trinity Church"] == "Holy Trinity Church"
    assert placed["Spring term begins"] is None
    assert placed["Last day of term"] is None


def test_a_holiday_beside_a_day_whose_weekday_disagrees_dates_no_year() -> None:
    from calfeed.timex import tag
    from calfeed.timex.holiday_days import holiday_years

    text = "Wednesday 27 March - Easter service at St Peter's Church\nThursday 28 March - Last day of term\n"
    found = holiday_years(text, tag(text, None), date(2026, 11, 30), 2010, 2030)
    assert 2016 not in found      # Easter 2016 fell on 27 March, a Sunday


def test_a_fact_line_ending_in_its_clock_is_not_named_by_the_next_date_line() -> None:
    """The lines below a fact line are read for dates even when its clock ends the line: the
    date line under it is the next item, not its description (review of session 12)."""
    got = _entries("Festival programme\n\nSaturday 4th May, Town Hall 2pm\nSunday 5th May, Riverside Library 11am\n"
                   "Family storytelling with puppets and songs for all ages.\n", date(2024, 4, 20))
    assert not any(title.startswith("Sunday 5th May") for title, _, _ in got)
    assert ("Family storytelling with puppets and songs for all ages", "2024-05-05 11:00", "Riverside Library") in got
