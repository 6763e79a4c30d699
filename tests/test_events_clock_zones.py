"""A zone named at the clock ("15:00 (Lisbon date and time)", "noon Lisbon time", "17:00 CET") is
that clock's zone, over the place the page is about; and a town written with accents the gazetteer
spells without ("Bălți", "Chișinău") still places the event told in its sentence, so a zone named
at another clock of the page does not carry over to it."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

PAGE = ("Residencies for young painters in Bălți\n"
        "The Orhei Arts Fund invites painters from across Moldova to apply.\n"
        "An open day will be held on 3 March 2031 in Bălți, Republic of Moldova, from 10.00 until 12.00.\n"
        "Deadline for sending portfolios is 07/06/2031 at 15:00 ({zone}).\n")


def test_a_city_s_date_and_time_at_the_clock_beats_the_page_s_place():
    found = framed(PAGE.format(zone="Lisbon date and time"), published=date(2031, 2, 10))
    assert found["Deadline for sending portfolios"].tz == "Europe/Lisbon"


def test_a_city_s_local_time_at_the_clock_beats_the_page_s_place():
    found = framed(PAGE.format(zone="Lisbon local time"), published=date(2031, 2, 10))
    assert found["Deadline for sending portfolios"].tz == "Europe/Lisbon"


def test_an_accented_town_places_its_own_sentence_s_event():
    found = framed(PAGE.format(zone="Lisbon time"), published=date(2031, 2, 10))
    assert found["Open day"].tz == "Europe/Chisinau"          # not the zone written at the deadline's clock
    assert found["Deadline for sending portfolios"].tz == "Europe/Lisbon"


def test_noon_and_an_abbreviation_at_the_clock_beat_the_page_s_place():
    text = ("The harbour festival of Tallinn opens on 4 July 2031.\n"
            "Stall bookings close at noon Lisbon time on 2 June 2031.\n"
            "Sponsor forms are due on 9 June 2031 at 17:00 CET.\n")
    found = framed(text, published=date(2031, 2, 10))
    assert found["Stall bookings close"].tz == "Europe/Lisbon"
    assert found["Deadline for sponsor forms"].tz == "Europe/Brussels"
