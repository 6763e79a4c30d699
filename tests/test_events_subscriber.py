"""What a subscriber sees on real documents: online events have no venue, deadlines are named
for what closes, requests to act by a date are deadlines, each turn of a call is an entry."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import framed_by_title as framed, tagged_events


# --- online events take no venue ---------------------------------------------------------

def test_an_online_session_takes_no_place_from_its_sentence():
    found = framed("Brussels, 14 October 2026\n\nA first workshop will be held in Lisbon on 18-19 November 2026, "
                   "followed by an online information session every Wednesday at 15:00 CET until the end of the year.")
    assert found["First workshop"].location == "Lisbon"
    assert found["Online information session"].location == "Online"


def test_a_virtual_briefing_takes_no_dateline_place():
    found = framed("VIENNA, 3 March 2027 (UNODC) - A conference will be held in Vienna from 12 to 14 May 2027. "
                   "A virtual press briefing will take place on Monday, 10 May 2027, at 11:00 CEST.")
    assert found["Virtual press briefing"].location == "Online"


def test_a_webinar_takes_no_front_matter_place():
    found = framed("A public webinar presenting the roadmap will take place on 4 February 2027 at 10:00 CET.",
                   location="Brussels", published=date(2027, 1, 20))
    assert found["Public webinar"].location == "Online"


def test_an_event_held_online_says_so():
    found = framed("An info day for applicants will be held online on 6 May 2027. A matchmaking event will "
                   "take place in Warsaw on 20 May 2027.", published=date(2027, 3, 1))
    assert found["Info day for applicants"].location == "Online"
    assert found["Matchmaking event"].location == "Warsaw"


# --- milestones take no venue --------------------------------------------------------------

def test_a_milestone_takes_no_dateline_place():
    found = framed("Brussels, 20 January 2027\n\nThe regulation enters into force on 1 July 2027.")
    assert found["Entry into force of the regulation"].location is None


# --- deadlines named for what closes -------------------------------------------------------

CONSULTATION = ("Brussels, 14 October 2026\n\nCommission opens consultation on the Digital Skills Strategy\n\n"
                "The European Commission today launched a public consultation on its new Digital Skills Strategy. "
                "Citizens, businesses and public authorities can reply until 12 January 2027 (midnight Brussels time).")


def test_people_replying_until_a_day_close_the_consultation_at_its_clock():
    found = framed(CONSULTATION)
    closing = found["Public consultation on the new Digital Skills Strategy closes"]
    assert closing.kind == "deadline"
    assert (closing.start, closing.all_day, closing.tz) == (datetime(2027, 1, 12, 23, 59), False, "Europe/Brussels")


def test_people_acting_by_a_day_with_nothing_that_closes():
    found = framed("Delegates who wish to attend remotely should inform the secretariat no later than "
                   "12 February 2027.", published=date(2027, 2, 1))
    assert found["Deadline for delegates to inform the secretariat"].kind == "deadline"


def test_what_is_submitted_names_the_deadline():
    found = framed("National authorities must submit their first progress reports by 30 September 2027. "
                   "Applicants are asked to submit a short expression of interest by 31 May 2027.",
                   published=date(2027, 3, 1))
    assert found["Submission of first progress reports"].start == date(2027, 9, 30)
    assert found["Submission of a short expression of interest"].kind == "deadline"


def test_an_event_only_mentioned_by_the_subject_is_no_end_of_that_event():
    found = framed("The Governing Board meeting takes place on 17 February 2027. Documents for the meeting "
                   "will be circulated by 10 February 2027. Media representatives wishing to cover the "
                   "meeting must register before 12 February 2027.", published=date(2027, 2, 1))
    assert (found["Governing Board meeting"].start, found["Governing Board meeting"].end) == (
        date(2027, 2, 17), date(2027, 2, 17))
    assert found["Documents for the meeting circulated"].start == date(2027, 2, 10)   # the organiser acts, no one must
    assert found["Registration for media representatives"].precision == "exact"


# --- requests to act by a vague date ---------------------------------------------------------

def test_invited_to_submit_by_mid_march_is_an_approximate_deadline():
    found = framed("Brussels, 14 October 2026\n\nMember States are invited to submit national plans by mid-March. "
                   "Member States are requested to notify their transposition measures by mid-March 2027.")
    plans = found["Submission of national plans"]
    assert (plans.kind, plans.precision, plans.window) == ("deadline", "approximate", (date(2027, 3, 11), date(2027, 3, 20)))
    assert found["Notification of transposition measures"].kind == "deadline"


def test_a_target_year_is_only_a_tentative_deadline_at_its_end():
    # session 26: a target the page sets for a year ("will cut emissions by 2030") is worth a reminder,
    # but only as an approximate (tentative) deadline on the year's last day, never an exact one
    found = framed("Brussels, 14 October 2026\n\nThe Union will cut emissions by 2030.")
    assert list(found) == ["Cut emissions"]
    target = found["Cut emissions"]
    assert (target.kind, target.precision, target.start) == ("deadline", "approximate", date(2030, 12, 31))


# --- each turn of a call ---------------------------------------------------------------------

def test_a_named_call_that_opens_and_closes_gives_two_entries():
    found = framed("The call for proposals on urban mobility opens on 15 April 2027 and closes on "
                   "16 September 2027 at 17:00 Brussels time.", published=date(2027, 3, 1))
    opens = found["Call for proposals on urban mobility opens"]
    closes = found["Call for proposals on urban mobility closes"]
    assert (opens.kind, opens.start) == ("event", date(2027, 4, 15))
    assert (closes.kind, closes.start, closes.tz) == ("deadline", datetime(2027, 9, 16, 17), "Europe/Brussels")


# --- names and kinds -------------------------------------------------------------------------

def test_a_title_case_name_keeps_its_cue_words():
    found = framed("The Second Workshop on Open Government Data (OGD 2027) will take place in Heraklion on "
                   "1 June 2027.\n\n* Workshop day: 1 June 2027", published=date(2027, 1, 10))
    assert list(found) == ["Second Workshop on Open Government Data"]


def test_strikes_and_protest_marches_are_events():
    found = framed("Published: 8 September 2026\n\nThe union would stage a nationwide strike on Thursday, "
                   "17 September. A protest march is planned in Madrid on Saturday, starting at noon.")
    assert found["Nationwide strike"].start == date(2026, 9, 17)
    march = found["Protest march"]
    assert (march.start, march.location) == (datetime(2026, 9, 12, 12), "Madrid")


def test_an_agenda_slot_for_registration_is_no_deadline():
    found = framed("Date: Wednesday 17 February 2027\nVenue: Conference Centre, Room 9\n\n"
                   "09:00 - 09:30  Registration and coffee\n",
                   published=date(2027, 2, 1))
    assert found["Registration and coffee"].kind == "event"


def test_a_phrase_after_the_date_in_a_purpose_clause_does_not_name_it():
    found = framed("Published: 8 September 2026\n\nUnion leaders will meet ministry officials again on Friday "
                   "in a last attempt to avert the walkout.")
    assert list(found) == ["Union leaders meeting"]


def test_opening_an_event_is_a_part_of_it_not_a_second_copy():
    found = framed("VIENNA, 3 March 2027 - A high-level conference on maritime crime will be held in Vienna from "
                   "12 to 14 May 2027. The Executive Director will open the conference on 12 May at 9:30.")
    assert sorted(found) == ["High-level conference on maritime crime", "Opening of the high-level conference on maritime crime"]
    agenda = framed("Date: 17 February 2027\nVenue: Room 9\n\n09:30 - 10:15  Opening of the meeting and adoption "
                    "of the agenda\n", published=date(2027, 2, 1))
    assert list(agenda) == ["Opening of the meeting and adoption of the agenda"]   # the slot's line, one entry


def test_actors_who_register_name_the_registration():
    found = framed("Media representatives wishing to cover the event must register before 20 April 2027.",
                   published=date(2027, 3, 3))
    assert list(found) == ["Registration for media representatives"]


def test_launching_a_consultation_opens_it():
    found = framed(CONSULTATION)
    assert found["Public consultation on the new Digital Skills Strategy opens"].start == date(2026, 10, 14)


# --- newsletters, tenders, club notices ------------------------------------------------------

def test_a_bold_label_does_not_stop_the_exhibition_from_running():
    found = framed("**Exhibition.** The exhibition \"Paper Trails\" runs until 30 May 2027 in the Stanley & Audrey "
                   "Burton Gallery.", published=date(2027, 4, 5))
    (event,) = found.values()
    assert event.title == 'Exhibition "Paper Trails"'
    assert (event.kind, event.precision, event.window) == ("event", "approximate", (date(2027, 4, 5), date(2027, 5, 30)))
    assert event.location == "Stanley & Audrey Burton Gallery"   # a venue; no town "Stanley"


def test_a_call_that_will_follow_is_no_deadline():
    found = framed("A call for abstracts will follow next week.", published=date(2027, 4, 5), location="Leeds")
    assert (found["Call for abstracts"].kind, found["Call for abstracts"].location) == ("milestone", None)


def test_a_tender_notice_s_time_limit_and_opening_session():
    found = framed("Time limit for receipt of tenders: 15.06.2027, 12:00 (Copenhagen time)\n\n"
                   "The opening of tenders will take place on 17 June 2027 at 10:00 at the EEA premises in Copenhagen.",
                   published=date(2027, 4, 20))
    assert found["Time limit for receipt of tenders"].kind == "deadline"
    assert found["Opening of tenders"].location == "Copenhagen"


def test_an_event_verb_after_the_date_does_not_make_the_subject_an_event():
    found = framed("The contract is expected to be signed in the fourth quarter of 2027 and will run for four years.",
                   published=date(2027, 4, 20))
    assert {title: e.kind for title, e in found.items()} == {"Contract signed": "milestone"}   # the signing, no "Contract" event


def test_a_venue_then_its_town_is_the_place():
    found = framed("The Annual General Meeting will be held on Thursday 24 June 2027 at 7.30pm at the Guildhall, Bath.",
                   published=date(2027, 4, 10))
    meeting = found["Annual General Meeting"]
    assert (meeting.location, meeting.tz) == ("Guildhall, Bath", "Europe/London")


def test_a_regatta_on_a_weekend_of_written_days():
    found = framed("The club's summer regatta will take place at Saltford on the weekend of 10-11 July 2027.",
                   published=date(2027, 4, 10))
    (event,) = found.values()
    assert (event.start, event.end) == (date(2027, 7, 10), date(2027, 7, 11))


def test_a_date_label_line_dates_the_event_the_document_is_about():
    found = framed("# Governing Board, 118th meeting\n\nDate: Wednesday 17 February 2027\nVenue: Conference Centre, Paris\n\n"
                   "09:30 - 10:15  Opening of the meeting\n",
                   title="Agenda - 118th meeting of the Governing Board", published=date(2027, 2, 1), location="Paris")
    meeting = found["118th meeting of the Governing Board"]
    assert (meeting.start, meeting.all_day, meeting.kind, meeting.location) == (date(2027, 2, 17), True, "meeting", "Conference Centre, Paris")


def test_midnight_on_a_deadline_day_is_its_end():
    for text in ("Written comments must be sent by midnight on 12 January 2027.",
                 "Applications close on 12 January 2027 at midnight."):
        (event,) = framed(text, published=date(2026, 11, 1)).values()
        assert (event.kind, event.start) == ("deadline", datetime(2027, 1, 12, 23, 59))


# --- government consultations, media advisories ---------------------------------------------

GOV = ("# Consultation on reforms to local bus franchising\n\n"
       "This consultation opens on 18 January 2027 and closes at 11:59pm on 14 March 2027.\n\n"
       "We will hold a series of regional workshops in Leeds (3 February), Bristol (10 February) and online "
       "(17 February). Places are limited and must be booked by 27 January.")


def test_a_consultation_that_opens_and_closes_keeps_its_name():
    found = framed(GOV, published=date(2027, 1, 18))
    opens = [e for e in found.values() if e.title.endswith("opens")]
    closes = [e for e in found.values() if e.title.endswith("closes")]
    assert [e.kind for e in opens] == ["event"] and [e.kind for e in closes] == ["deadline"]
    assert opens[0].title[:-len(" opens")] == closes[0].title[:-len(" closes")]


def test_places_listed_with_dates_in_brackets_are_one_event_each():
    events = tagged_events(GOV, published=date(2027, 1, 18))
    workshops = sorted((e.start, e.location) for e in events if "workshops" in e.title)
    assert workshops == [(date(2027, 2, 3), "Leeds"), (date(2027, 2, 10), "Bristol"), (date(2027, 2, 17), "Online")]


def test_places_to_be_booked_by_a_day():
    found = framed(GOV, published=date(2027, 1, 18))
    assert found["Booking of places"].start == date(2027, 1, 27)


def test_a_dateline_under_a_media_advisory_label_is_the_dateline():
    found = framed("MEDIA ADVISORY\n\nNEW YORK, 2 September 2026 - The Secretary-General will convene a high-level "
                   "meeting on antimicrobial resistance on Thursday, 24 September 2026, from 10 a.m. to 1 p.m.")
    meeting = found["High-level meeting on antimicrobial resistance"]
    assert (meeting.location, meeting.tz) == ("New York", "America/New_York")
