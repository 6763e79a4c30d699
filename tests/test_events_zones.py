"""A timed event with no zone of its own takes the zone the document's places agree on
(Leeds, Bristol: Europe/London); places in several zones leave it floating."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed


def test_a_time_takes_the_zone_of_the_document_s_places():
    found = framed("Our statistics group is based in Leeds.\n\nA drinks reception will take place "
                   "on 5 June 2027 at 18:00.", published=date(2027, 5, 1))
    event = found["Drinks reception"]
    assert event.tz == "Europe/London"
    assert any("from the document's places" in n for n in event.notes)


def test_places_in_two_zones_leave_a_time_floating():
    found = framed("Speakers come from Leeds and Berlin.\n\nA drinks reception will take place "
                   "on 5 June 2027 at 18:00.", published=date(2027, 5, 1))
    assert found["Drinks reception"].tz is None


def test_a_zone_written_beside_another_time_of_the_document_is_its_zone():
    text = ("Deadline for receipt of tenders: 15/03/2027 at 12:00 (Brussels time)\n"
            "Opening of tenders: 17/03/2027 at 10:00\n")
    found = framed(text, published=date(2027, 2, 2))
    assert found["Opening of tenders"].tz == "Europe/Brussels"
    assert any('as the document writes it elsewhere ("Brussels")' in n for n in found["Opening of tenders"].notes)


def test_contact_details_of_one_country_give_its_zone():
    text = ("A press briefing will take place on 5 June 2027 at 11:00.\n\n"
            "Media contact: press@example.ch, +41 22 917 1234\n")
    found = framed(text, published=date(2027, 5, 1))
    assert found["Press briefing"].tz == "Europe/Zurich"
    assert any("contact details" in n for n in found["Press briefing"].notes)


def test_contact_details_of_two_countries_say_nothing():
    text = ("A press briefing will take place on 5 June 2027 at 11:00.\n\n"
            "Media contacts: press@example.ch, +44 20 7946 0000\n")
    assert framed(text, published=date(2027, 5, 1))["Press briefing"].tz is None


def test_the_build_s_zone_places_a_time_nothing_else_places():
    from calfeed.model import Document
    from calfeed.pipeline import Options, process_document

    doc = Document("notice.txt", "A drinks reception will take place on 5 June 2027 at 18:00.", published=date(2027, 5, 1))
    assert process_document(doc, Options()).events[0].tz is None
    event = process_document(doc, Options(timezone="Europe/Lisbon")).events[0]
    assert event.tz == "Europe/Lisbon" and any("--timezone" in n for n in event.notes)


def test_prices_and_the_page_s_own_address_point_to_a_country():
    found = framed("The craft fair will take place on 5 December 2026 at 10:00. Tables cost £5.",
                   published=date(2026, 11, 1))
    assert found["Craft fair"].tz == "Europe/London"
    found = framed("The committee will hold an evidence session on 15 December 2026 at 10:00.",
                   published=date(2026, 11, 1), url="https://committees.parliament.uk/committee/158/")
    assert next(iter(found.values())).tz == "Europe/London"



def test_a_kenyan_shilling_price_points_to_kenya():
    found = framed("The AGM will be held on 4th June, 2020 at 10.00 am. The agenda includes a final dividend "
                   "of KSh 2.50 per share.", published=date(2020, 4, 30))
    assert next(iter(found.values())).tz == "Africa/Nairobi"


def test_a_word_opening_a_venue_s_name_is_no_town():
    found = framed("Checks will take place on 11 March 2027, 5pm to 8pm, at the Riverside Leisure Centre.\n\n"
                   "Call 0300 123 4567 or email health@kingsbridge.gov.uk.", published=date(2027, 2, 1))
    assert next(iter(found.values())).tz == "Europe/London"


def test_a_postcode_points_to_its_country():
    found = framed("Nomination papers must be delivered to the Town Hall, Market Square, Hartfield, HF1 2AB, "
                   "no later than 4pm on Thursday 7 January 2027.", published=date(2026, 12, 15))
    assert next(iter(found.values())).tz == "Europe/London"


def test_an_institution_of_one_country_points_to_it():
    found = framed("The Parish Council will meet on 12 January 2027 at 7.30pm in the Village Hall.",
                   published=date(2027, 1, 4))
    assert next(iter(found.values())).tz == "Europe/London"


def test_a_british_gmt_written_elsewhere_is_uk_time_for_a_bare_clock():
    text = ("EMBARGOED UNTIL 00:01 GMT, 3 March 2027\n\nA hands-on demonstration will be held on Thursday "
            "4 March 2027 from 10am to 1pm at 41 Clerkenwell Road, London EC1M 5RS.\n")
    found = framed(text)
    assert next(iter(found.values())).tz == "Europe/London"
