"""Clause-level framing. Coordinated clauses each keep their
own date, with or without a comma before "and"; a relative clause "which will close in ..."
closes the window it follows; an intended act ("intends to adopt the plan in ...") and a
future passive away from its date ("In May, the plan will be submitted to ...") are milestones;
a date ending a list of "<topic> in <Place>" conjuncts is the last conjunct's; a day and clock
split by a venue are one timed entry, named by the sentence before."""
# Provenance: Round 14 (cl); red team 14 C4.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str, published: date) -> set[tuple[str, str, str]]:
    return {(e.title, e.kind, str(e.start)[:16]) for e in tagged_events(text, published=published)}


def test_two_coordinated_clauses_without_a_comma_keep_their_own_dates() -> None:
    got = _entries("In April 2031 the draft budget will be published for comment and the panel expects "
                   "the scrutiny hearings will start in October 2031.\n", date(2030, 12, 1))
    assert ("Draft budget published for comment", "milestone", "2031-04-01") in got
    assert any(t == "Scrutiny hearings" and s == "2031-10-01" for t, _, s in got)
    assert not any(t == "Scrutiny hearings" and s == "2031-04-01" for t, _, s in got)


def test_a_fronted_date_dates_the_passive_after_its_comma() -> None:
    got = _entries("During June 2031, the revised scheme will be sent to the Minister, and the council hopes "
                   "that the inquiry sessions will begin in November 2031.\n", date(2030, 12, 1))
    assert ("Revised scheme sent to the Minister", "milestone", "2031-06-01") in got
    assert any(t == "Inquiry sessions" and s == "2031-11-01" for t, _, s in got)


def test_a_relative_clause_closes_the_window_it_follows() -> None:
    got = _entries("In March 2031, the Authority will run a public consultation, which will close in May 2031.\n",
                   date(2030, 12, 1))
    assert ("Public consultation closes", "deadline", "2031-05-01") in got
    assert not any(t.endswith("closes") and s == "2031-03-01" for t, _, s in got)


def test_a_call_for_evidence_opens_and_closes() -> None:
    got = _entries("In February 2031 the committee will launch a call for evidence, which will close in "
                   "April 2031.\n", date(2030, 12, 1))
    assert ("Call for evidence opens", "event", "2031-02-01") in got
    assert ("Call for evidence closes", "deadline", "2031-04-01") in got


def test_an_intended_act_is_a_milestone_named_by_its_nominal() -> None:
    text = ("Timetable\n\nThe Board intends to approve the final strategy in September 2031. "
            "We aim to adopt the revised charter in January 2032.\n")
    got = _entries(text, date(2030, 12, 1))
    assert ("Approval of the final strategy", "milestone", "2031-09-01") in got
    assert ("Adoption of the revised charter", "milestone", "2032-01-01") in got


def test_a_date_after_a_list_of_conjuncts_is_the_last_ones() -> None:
    got = {(e.title, str(e.start)[:10], e.location) for e in tagged_events(
        "The network will host roundtables on water in Leeds, housing in Bristol, and transport in Cardiff "
        "on 9 May 2031.\n", published=date(2031, 1, 5))}
    assert any(t == "Roundtable on transport" and s == "2031-05-09" and "Cardiff" in str(p) for t, s, p in got)
    assert not any("water" in t for t, _, _ in got)


def test_a_day_and_clock_split_by_a_venue_are_one_timed_entry() -> None:
    text = ("WALKING GROUP: the group's autumn season opens with a lecture on old drove roads by Tom Hale. "
            "Monday 6 October at the Memorial Hall 7.45pm. Non-members welcome.\n\n"
            "YOUTH CHOIR: rehearsals restart for the carol concert. Saturday 11 October, Church Rooms, 10am.\n")
    events = tagged_events(text, published=date(2031, 9, 1))
    timed = {(e.title, str(e.start)[:16], str(e.location)) for e in events}
    assert any(s == "2031-10-06 19:45" and "Memorial Hall" in p for _, s, p in timed)
    assert any(s == "2031-10-11 10:00" and "Church Rooms" in p for _, s, p in timed)


def test_a_title_case_service_name_is_an_event_noun() -> None:
    text = ("October 4, the feast of St Francis, will be our blessing of animals. "
            "The Parish Eucharist will begin at 11:00 am. The Sung Mass will begin at 6:30 pm.\n")
    got = {(e.title, str(e.start)[:16]) for e in tagged_events(text, published=date(2031, 9, 20))}
    assert ("Sung Mass", "2031-10-04 18:30") in got


# --- C7: lost place / time parts and wrong kind

def test_a_clock_range_ending_at_twelve_noon_keeps_its_end() -> None:
    events = tagged_events("The jumble sale is at the Scout Hall on Saturday 2 October, 9am-12noon.\n",
                           published=date(2027, 9, 1))
    sale = next(e for e in events if str(e.start).startswith("2027-10-02"))
    assert str(sale.start)[11:16] == "09:00" and str(sale.end)[11:16] == "12:00"


def test_a_venue_named_with_an_inn_or_a_hut_is_the_place() -> None:
    text = ("On Sunday 10 October at 2 pm at the Red Lion Inn, a quiz afternoon is being held.\n\n"
            "The craft fair opens on Saturday 16 October at 10am in the Scout Hut.\n")
    places = {str(e.start)[:10]: str(e.location) for e in tagged_events(text, published=date(2027, 9, 1))}
    assert "Red Lion Inn" in places["2027-10-10"]
    assert "Scout Hut" in places["2027-10-16"]


def test_a_letters_of_intent_window_closes_as_a_deadline() -> None:
    text = ("Autumn round\n\nLOIs accepted: 6 September to 1 October 2027\n\n"
            "Full proposals due: 12 November 2027\n\n"
            "Expressions of interest will be received from 3 January until 28 January 2028.\n")
    got = {(e.kind, str(e.start)[:10]) for e in tagged_events(text, published=date(2027, 8, 1))}
    assert ("deadline", "2027-10-01") in got
    assert ("deadline", "2028-01-28") in got
    assert not any(k == "event" and s == "2027-09-06" for k, s in got)


def test_a_series_said_to_be_the_usual_pattern_is_approximate_and_named_without_the_adverb() -> None:
    text = ("Typically, the trustees will meet the second Monday of March, June and November.\n\n"
            "The reading group usually meets on the last Wednesday of each month at 7pm.\n\n"
            "The choir meets every Tuesday at 8pm.\n")
    events = tagged_events(text, published=date(2027, 1, 5))
    by_title = {e.title: e for e in events}
    assert by_title["Trustees meeting"].precision == "approximate"
    assert by_title["Reading group meeting"].precision == "approximate"
    assert all(e.precision == "exact" for e in events if "hoir" in e.title)
    assert not any("sually" in e.title or "ypically" in e.title for e in events)


# --- C6: vague words and page furniture that are no entry

def test_a_year_that_starts_a_standing_change_is_no_entry() -> None:
    text = ("Members of the public could never attend the board's budget hearing. Starting this year, any resident "
            "may attend. As of 2028, the hearing will also be streamed.\n\n"
            "The budget hearing takes place on 14 April 2027 in the Council Chamber.\n")
    events = tagged_events(text, published=date(2027, 2, 1))
    assert [str(e.start)[:10] for e in events] == ["2027-04-14"]


def test_a_year_titling_a_list_of_dates_is_no_entry() -> None:
    text = ("2028 Meeting Timetable at a Glance\n\n2028 Trustee Meeting Dates\n\n"
            "- Tuesday, March 7, 2028\n- Tuesday, June 6, 2028\n")
    events = tagged_events(text, published=date(2027, 12, 1))
    assert not any(str(e.start)[:10] == "2028-01-01" for e in events)


def test_over_the_course_of_names_no_course() -> None:
    text = "The licensing panels sit over the course of two days, on Tuesday 9 March and Wednesday 10 March 2027.\n"
    events = tagged_events(text, published=date(2027, 2, 1))
    assert events and not any("ourse" in e.title for e in events)


def test_a_title_case_ordinal_weekday_heading_is_no_date() -> None:
    text = ("Third Thursday & Second Sunday\n\n"
            "- The Third Thursday supper club meets on 18 March 2027 at 7pm in the parish room.\n")
    events = tagged_events(text, published=date(2027, 3, 1))
    assert {str(e.start)[:10] for e in events} == {"2027-03-18"}


def test_a_trailing_deadline_word_does_not_name_the_entry() -> None:
    text = ("Key dates\n\n- send the poster by 2nd June, 2027 deadline\n- book a room before 9 June 2027 deadline\n")
    titles = {e.title for e in tagged_events(text, published=date(2027, 5, 1))}
    assert "Deadline" not in titles
    assert any("poster" in t for t in titles)
