"""A page's postal address places its bare clock times: a line of short capitalised parts with
a house number, a street or a postcode, ending in a country ("Napier 4110, New Zealand"), a
county or province ("Kilcullen, Co. Kildare", "Johannesburg, Gauteng 2193") or a town whose
name fixes one zone ("22 Marine Parade, Napier"). Where the country keeps several zones the
town must fix one; prose, a speaker's university and addresses in two zones leave the time
floating. Real clients must read the zone written: the feed is checked with icalendar and
vobject, which read a floating time in the machine's zone."""

from __future__ import annotations

from datetime import datetime, timezone

import icalendar
import vobject

from calfeed.events.address_lines import address_regions_in_lines
from calfeed.feeds.ical import calendar_bytes
from events_helpers import page_events, page_zones

PUBLISHED = "2027-03-01"
NIGHT = "Our club night is on Wednesday 14 April 2027 at 7.30pm in the hall.\n\n"


def _zones(tail: str) -> list[str | None]:
    return page_zones(NIGHT + tail + "\n", PUBLISHED)


def test_a_new_zealand_address_with_its_country():
    assert _zones("Harbourside Tramping Club, Scout Hall, 22 Marine Parade, Napier 4110, New Zealand") \
        == ["Pacific/Auckland"]


def test_a_town_whose_name_fixes_one_zone_ends_the_address():
    assert _zones("Venue: Scout Hall, 22 Marine Parade, Napier.") == ["Pacific/Auckland"]
    assert _zones("Find us at the Moederkerk hall, Drostdy Street, Stellenbosch.") == ["Africa/Johannesburg"]


def test_an_irish_county_ends_the_address():
    assert _zones("Parish Office: Main Street, Kilcullen, Co. Kildare. Phone (045) 481 000.") == ["Europe/Dublin"]
    assert _zones("Parish Office, The Square, Kilcullen, County Kildare") == ["Europe/Dublin"]


def test_ireland_written_after_a_town_the_gazetteer_lacks():
    assert _zones("St Brigid's Parish Centre, 4 Main Street, Kilcullen, Ireland") == ["Europe/Dublin"]


def test_a_south_african_province_and_postcode():
    assert _zones("Choir office: 14 Juta Street, Braamfontein, Johannesburg, Gauteng 2001") == ["Africa/Johannesburg"]


def test_a_street_named_for_a_month_is_still_an_address():
    assert [(r.zone, written) for r, written in address_regions_in_lines("14 Jan Smuts Avenue, Parktown, Gauteng 2193")] \
        == [("Africa/Johannesburg", "Parktown, Gauteng")]


def test_a_country_of_several_zones_takes_the_zone_its_town_fixes():
    assert _zones("Grange Hall, 310 Oak Street, Boise, Idaho, USA") == ["America/Boise"]
    assert _zones("English Language Club, 12 Pine Street, Manaus, Brazil") == ["America/Manaus"]


def test_a_town_of_several_zones_in_its_country_is_not_guessed():
    assert _zones("Grange Hall, 310 Oak Street, Springfield, USA") == [None]


def test_a_town_whose_namesakes_keep_other_clocks_is_not_guessed():
    # Westport, Connecticut is four times Westport, County Mayo
    assert _zones("Parish Office, Quay Road, Westport.") == [None]


def test_prose_and_a_speakers_university_are_no_address():
    assert address_regions_in_lines("We will discuss a memoir about growing up in Cape Town, South Africa.") == []
    assert address_regions_in_lines("Speaker: Dr Jane Roe, University of Cape Town, South Africa") == []
    assert address_regions_in_lines("The winner, Ann Lee, 52, of St. Albans, Vt., said she would be back.") == []


def test_a_date_line_is_no_address():
    assert address_regions_in_lines("Next season opens Saturday 19 June 2027, Stellenbosch") == []
    assert address_regions_in_lines("Tour dates: 3 May, Napier; 5 May, Auckland") == []


def test_an_address_written_a_part_a_line():
    assert [(r.zone, w) for r, w in address_regions_in_lines("Scout Hall\n22 Marine Parade\nNapier 4110\nNew Zealand\n")] \
        == [("Pacific/Auckland", "Napier, New Zealand")]


def test_a_phone_number_after_the_county_ends_no_address():
    assert [(r.zone, w) for r, w in address_regions_in_lines("Main Street, Kilcullen, Co. Kildare, Tel 045 481000")] \
        == [("Europe/Dublin", "Kilcullen, Co. Kildare")]


def test_two_venue_lines_are_two_addresses():
    assert [r.zone for r, _ in address_regions_in_lines("Vicar Street, Dublin\nThe Roundhouse, 1 Chalk Farm Road, London")] \
        == ["Europe/Dublin", "Europe/London"]


def test_a_list_of_scores_is_no_address():
    assert address_regions_in_lines("Scorers: Smith 10, Jones 7, Jordan") == []


def test_places_told_in_passing_do_not_outweigh_the_address():
    address = "\n\nScout Hall, 22 Marine Parade, Napier 4110, New Zealand"
    assert _zones("Last year members visited Sydney and Melbourne." + address) == ["Pacific/Auckland"]
    assert _zones("Our guest, who flew in from Dublin last week, will talk about Irish walks." + address) \
        == ["Pacific/Auckland"]


def test_addresses_in_two_zones_leave_the_time_floating_and_say_so():
    events = page_events(NIGHT + "Office: 4 Main Street, Kilcullen, Co. Kildare\n\n"
                         "Partner club: 22 Marine Parade, Napier 4110, New Zealand\n", PUBLISHED)
    assert [e.tz for e in events] == [None]
    said = [n for n in events[0].notes if n.startswith("left floating: the document's contact details point to "
                                                         "several zones")]
    assert len(said) == 1 and "Europe/Dublin (" in said[0] and "Pacific/Auckland (Napier, New Zealand)" in said[0]


def test_the_feed_carries_the_zone_for_both_parsers():
    events = page_events(NIGHT + "Scout Hall, 22 Marine Parade, Napier 4110, New Zealand\n", PUBLISHED)
    feed = calendar_bytes(events, "t", datetime(2027, 3, 1, tzinfo=timezone.utc))
    utc = datetime(2027, 4, 14, 7, 30, tzinfo=timezone.utc)       # 7.30pm NZST (UTC+12)
    start = icalendar.Calendar.from_ical(feed).walk("VEVENT")[0]["DTSTART"]
    assert start.params["TZID"] == "Pacific/Auckland"
    assert start.dt.astimezone(timezone.utc) == utc
    vars(vobject.icalendar)["__tzidMap"].clear()     # vobject keeps the first VTIMEZONE per TZID
    assert vobject.readOne(feed.decode()).vevent.dtstart.value.astimezone(timezone.utc) == utc
