"""Venues a gazetteer does not know ("the Council Chambers of Town Hall", "Room 1.12,
Clothworkers Building"), titles that run on over "to" between two noun phrases, and votes
that take no place from the dateline."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed


# --- venues -------------------------------------------------------------------------------

def test_a_council_chamber_with_a_street_address_is_the_location():
    found = framed("The Planning Board will hold a public hearing on Tuesday, 16 March 2027 at 7:00 p.m. in the "
                   "Council Chambers of Town Hall, 1 Main Street, to consider the budget.",
                   published=date(2027, 3, 2))
    assert found["Public hearing"].location == "Council Chambers of Town Hall, 1 Main Street"


def test_a_numbered_room_in_a_named_building_of_a_known_university_takes_its_city_zone():
    found = framed("The next research seminar takes place on 10 February 2027 from 16:00 to 17:30 in "
                   "Room 1.12, Clothworkers Building, University of Leeds.", published=date(2027, 2, 1))
    seminar = found["Next research seminar"]
    assert seminar.location == "Room 1.12, Clothworkers Building, University of Leeds"
    assert seminar.tz == "Europe/London"


def test_a_venue_then_a_known_city_is_both():
    found = framed("MEDIA ADVISORY\n\nNEW YORK, 4 May 2027 (UN) - The Human Rights Council will open its session "
                   "on 15 June 2027 at 10:00 at the Palais des Nations, Geneva.")
    opening = next(e for e in found.values() if e.title.startswith("Opening"))
    assert opening.location == "Palais des Nations, Geneva"
    assert opening.tz == "Europe/Zurich"


def test_a_venue_named_for_its_city_with_a_room_in_brackets():
    found = framed("GENEVA, 4 May 2027 (UN) - The Commission will hold an intersessional meeting on 20 May 2027 "
                   "at 15:00 at the Vienna International Centre (Conference Room M3).")
    meeting = found["Intersessional meeting"]
    assert meeting.location == "Vienna International Centre (Conference Room M3)"
    assert meeting.tz == "Europe/Vienna"


def test_a_room_number_in_brackets_stays_with_its_venue():
    found = framed("NEW YORK, 2 September 2026 - A press conference will follow on 24 September 2026 at 1:30 p.m. "
                   "in the Press Briefing Room (S-237).")
    assert found["Press conference"].location == "Press Briefing Room (S-237), New York"


def test_a_venue_without_a_city_takes_the_document_city_when_nothing_is_elsewhere():
    found = framed("Leeds, 5 April 2027\n\nThe exhibition opening is on 12 April 2027 at 18:00 in the "
                   "Stanley & Audrey Burton Gallery.")
    opening = next(iter(found.values()))
    assert opening.location == "Stanley & Audrey Burton Gallery, Leeds"
    assert opening.tz == "Europe/London"


def test_a_venue_in_an_unknown_town_takes_no_document_city():
    found = framed("INDEPENDENCE, Mo., 12 March 1999 - A ceremony will be held on 20 March 1999 at Westminster "
                   "College in Fulton, Mo.")
    assert found["Ceremony"].location == "Westminster College"


def test_a_city_place_still_works():
    found = framed("A first workshop will be held in Lisbon on 18-19 November 2026.", published=date(2026, 10, 14))
    assert found["First workshop"].location == "Lisbon"


def test_an_ordinary_noun_phrase_is_no_venue():
    found = framed("The board will meet on 23 March 2027 in the building of trust with residents.",
                   published=date(2027, 3, 2))
    assert all(e.location is None for e in found.values())


def test_a_lower_case_room_is_no_venue():
    found = framed("A public hearing will be held on 23 March 2027 in a room at the back.",
                   published=date(2027, 3, 2))
    assert all(e.location is None for e in found.values())


# --- titles over "to" ---------------------------------------------------------------------

def test_to_between_two_noun_phrases_stays_in_the_title():
    found = framed("Consultation on reforms to local bus franchising closes on 30 April 2027.",
                   published=date(2027, 3, 1))
    assert "Consultation on reforms to local bus franchising closes" in found


def test_a_workshop_on_access_to_archives():
    found = framed("A workshop on access to archives will be held on 3 March 2027.", published=date(2027, 2, 1))
    assert "Workshop on access to archives" in found


def test_to_before_a_verb_ends_the_title():
    found = framed("The Council will hold a meeting to discuss funding on 15 April 2027.", published=date(2027, 3, 8))
    assert "Meeting" in found
    found = framed("A meeting on reforms to discuss funding will take place on 15 April 2027.",
                   published=date(2027, 3, 8))
    assert "Meeting on reforms" in found


# --- votes take no dateline place --------------------------------------------------------

def test_a_vote_takes_no_dateline_place():
    found = framed("Brussels, 20 January 2027\n\nThe European Parliament's plenary vote on the regulation is "
                   "expected on 6 April 2027. A stakeholder forum will be held on 9 June 2027.")
    assert found["European Parliament's plenary vote on the regulation"].location is None
    assert found["Stakeholder forum"].location == "Brussels"


def test_a_vote_with_its_own_place_keeps_it():
    found = framed("Brussels, 20 January 2027\n\nThe plenary vote will take place in Strasbourg on 6 April 2027.")
    assert found["Plenary vote"].location == "Strasbourg"


def test_an_organisations_headquarters_is_a_venue():
    found = framed("The workshop will be held on 5 October 2027 at WHO Headquarters, Geneva.",
                   published=date(2027, 9, 1))
    workshop = found["Workshop"]
    assert workshop.location == "WHO Headquarters, Geneva"


# --- a date is never a place -------------------------------------------------------------

def test_a_month_after_in_is_no_town():
    """"March" and "May" are towns somewhere; after "in" in a dated sentence they are the date."""
    found = framed("GENEVA, 2 February 2027 - The annual forum will be held in March.")
    assert found["Annual forum"].location == "Geneva"
    found = framed("Leeds, 1 April 2027\n\nThe open day will take place in May 2027.")
    assert found["Open day"].location == "Leeds"


def test_a_month_after_a_room_is_not_the_room_s_city():
    found = framed("GENEVA, 2 February 2027 - The workshop will take place in Room 4 in March.")
    assert found["Workshop"].location == "Room 4, Geneva"


# --- venues that run on over "at", "in" and "of the" --------------------------------------

def test_a_hall_at_a_headquarters_in_a_city_is_all_three():
    found = framed("NEW YORK, 2 September 2026 - The Secretary-General will convene a high-level meeting on "
                   "24 September 2026 from 10 a.m. to 1 p.m. in the General Assembly Hall at United Nations "
                   "Headquarters in New York.")
    meeting = found["High-level meeting"]
    assert meeting.location == "General Assembly Hall, United Nations Headquarters, New York"
    assert meeting.tz == "America/New_York"


def test_a_room_in_a_named_building_is_both():
    found = framed("The seminar will take place on 10 February 2027 at 16:00 in Room 2 in the Clothworkers "
                   "Building, Leeds.", published=date(2027, 2, 1))
    assert found["Seminar"].location == "Room 2, Clothworkers Building, Leeds"
    found = framed("The hearing will be held on 16 March 2027 in the Council Chamber at the Guildhall, Bath.",
                   published=date(2027, 3, 1))
    assert found["Hearing"].location == "Council Chamber, Guildhall, Bath"


def test_at_a_clock_time_ends_a_venue():
    found = framed("The meeting will be held in Conference Room 4 on 1 October 2026 at 3 p.m.",
                   published=date(2026, 9, 1))
    assert found["Meeting"].location == "Conference Room 4"


def test_a_venue_with_of_the_in_its_name():
    found = framed("Geneva, 12 January 2027 - The Executive Council will hold its session from 8 to 12 June 2027 "
                   "at the Headquarters of the World Meteorological Organization in Geneva.")
    session = next(iter(found.values()))
    assert session.location == "Headquarters of the World Meteorological Organization, Geneva"
    found = framed("GENEVA, 12 January 2027 - A symposium on early warnings will take place on 7 June 2027 at "
                   "the Palace of the Nations.")
    assert found["Symposium on early warnings"].location == "Palace of the Nations, Geneva"
    found = framed("The festival will take place on 3 July 2027 at the Palais de la Culture, Abidjan.",
                   published=date(2027, 6, 1))
    assert found["Festival"].location == "Palais de la Culture, Abidjan"


def test_of_the_with_a_lower_case_word_after_it_is_no_venue_name():
    found = framed("The board will meet on 23 March 2027 in the Hall of the old school.",
                   published=date(2027, 3, 2))
    assert all(e.location is None for e in found.values())


# --- a place and date on a line of their own under the title -------------------------------

def test_a_place_and_date_line_under_a_title_is_the_document_s_place():
    found = framed("WORLD METEOROLOGICAL ORGANIZATION\nPress Release\n\nGeneva, 12 January 2027\n\n"
                   "A symposium on early warnings will take place on 7 June 2027 at the Palace of the Nations.")
    assert found["Symposium on early warnings"].location == "Palace of the Nations, Geneva"
    found = framed("# School of Media and Communication seminar series\n\nLeeds, 1 February 2027\n\n"
                   "A workshop on access to archives will be held on 3 March 2027 at the Brotherton Library.")
    assert found["Workshop on access to archives"].location == "Brotherton Library, Leeds"


def test_a_place_in_a_later_sentence_line_is_no_document_place():
    found = framed("Notice\n\nThe hall in Leeds, 1 February 2027, was full. A workshop will be held on 3 March 2027 "
                   "at the Brotherton Library.")
    assert found["Workshop"].location == "Brotherton Library"


def test_rooms_named_by_their_use_are_venues():
    for room in ("Boardroom B", "Ballroom 2", "Atrium A", "Foyer 1"):
        found = framed(f"A briefing will be held on 22 May 2027 at 10:00 in {room}.", published=date(2027, 5, 1))
        assert found["Briefing"].location == room


def test_a_dateline_under_a_title_line_is_the_document_s_dateline():
    found = framed("Ocean observing conference to meet in Lisbon\n\nLISBON, 16 November 2026 – The third International "
                   "Conference on Ocean Observing will take place from 8 to 10 June 2027 at the Champalimaud Centre "
                   "in Lisbon, the Ocean Data Network announced today.")
    assert [(e.title, e.start, e.location) for e in found.values()] == [
        ("Third International Conference on Ocean Observing", date(2027, 6, 8), "Champalimaud Centre, Lisbon")]


def test_a_sentence_opening_with_a_city_and_a_comma_is_no_dateline():
    found = framed("Notice\n\nParis, the capital, will host the summit on 3 June 2027.", published=date(2027, 1, 5))
    assert found["Summit"].location is None


def test_a_named_square_is_the_venue():
    found = framed("The festival runs in Bristol. The opening concert takes place in Queen Square on 4 June 2027 "
                   "at 7.30pm.", published=date(2027, 1, 5))
    assert found["Opening concert"].location.startswith("Queen Square")


def test_a_venue_alone_in_brackets_places_the_event_but_a_town_does_not():
    from calfeed.events.places import places_in
    from calfeed.events.words import words_in

    def found(text: str) -> list[str]:
        return [p.name for p in places_in(words_in(text, 0, len(text)), text, [])]

    assert found("Annual lecture, followed by a reception (Great Hall)") == ["Great Hall"]
    assert found("Briefing (Room XII, Palais des Nations)") == ["Room XII, Palais des Nations"]
    assert found("Anna Novak (Ljubljana), \"Robust estimation\"") == []
    assert found("at 10:00 (Geneva time)") == []
