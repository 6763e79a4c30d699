"""Years only the build day gives, one event told twice (C9),
and vague spans and idioms that are no entry (C10). Documents in my own wording."""
# Provenance: Round 17 (vg); red team 17 C8.

from __future__ import annotations

from datetime import date

from calfeed.model import Document, Event
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2031, 3, 2)


def _events(text: str, published: date | None = None, title: str | None = None) -> list[Event]:
    doc = Document(path="doc.txt", text=text, published=published, title=title)
    return process_document(doc, Options(today=BUILD_DAY)).events


def _entries(text: str, published: date | None = None) -> set[tuple[str, str, str]]:
    return {(e.title, str(e.start)[:16], e.precision) for e in _events(text, published)}


# C8: a page that nothing dates is counted from the build day; its year-less days' years are guesses.

UNDATED_FAIR = ("The parish council says the harvest fair will take place on September 14 on the village green.\n"
                "Stalls open from 10 a.m. and the tug of war starts after lunch.\n")


def test_an_undated_page_gives_its_year_less_day_as_approximate_with_the_reason() -> None:
    events = _events(UNDATED_FAIR)
    assert events and all(e.precision == "approximate" for e in events)
    assert all(any("day of the build" in note for note in e.notes) for e in events)


def test_the_same_page_with_its_date_gives_the_day_as_exact() -> None:
    events = _events(UNDATED_FAIR, published=date(2030, 8, 20))
    assert events and all(e.precision == "exact" for e in events)
    assert any(str(e.start).startswith("2030-09-14") for e in events)


def test_a_page_told_in_past_and_future_without_a_year_is_still_a_guess() -> None:
    text = ("The allotment society met on 3 February to agree the rules.\n"
            "Its seed swap will be held on 22 March in the scout hut.\n")
    events = _events(text)
    assert events and all(e.precision == "approximate" for e in events)


def test_a_page_that_writes_its_year_stays_exact() -> None:
    text = "The harvest fair will take place on 14 September 2031 on the village green.\n"
    events = _events(text)
    assert events and all(e.precision == "exact" for e in events)


# C9: one event told twice, once by its name with the day and once by how to attend, or by its bare noun.

def test_a_heading_with_the_day_and_an_online_meeting_at_a_clock_are_one_entry() -> None:
    text = ("Members' Annual General Meeting – 12 March 2031\n\n"
            "The meeting will take place as an online meeting on 12 March 2031 at 18.30, and members will "
            "receive the joining details by email.\n")
    events = [e for e in _events(text) if e.kind != "deadline"]
    assert len(events) == 1
    assert str(events[0].start)[:16] == "2031-03-12 18:30"
    assert "online" not in events[0].title.lower()


def test_a_named_day_and_its_hours_told_by_the_bare_noun_are_one_entry() -> None:
    text = ("The town's first Harbour Lights festival will be held on Saturday 9 August 2031 at the quay. "
            "The festival will run from 4 p.m. until 10 p.m., with food stalls and a lantern parade.\n")
    events = _events(text)
    assert len(events) == 1
    assert str(events[0].start)[:16] == "2031-08-09 16:00"
    assert "Harbour Lights" in events[0].title


def test_a_notice_heading_and_its_sentence_are_one_meeting() -> None:
    text = ("Notice of the Annual Meeting\n"
            "Wednesday 12th November 2031, 6:30pm\n"
            "via videoconference / Zoom\n"
            "We hereby advise that the annual meeting will be held on Wednesday 12th November 2031 via "
            "videoconference, commencing at 6:30pm.\n")
    events = _events(text, published=date(2031, 10, 1))
    assert [str(e.start)[:16] for e in events] == ["2031-11-12 18:30"]


def test_two_different_sessions_on_one_day_stay_two() -> None:
    text = ("Saturday 4 October 2031, 10am: pottery workshop for beginners\n"
            "Saturday 4 October 2031, 2pm: glazing workshop for members\n")
    assert len(_events(text)) == 2


# C10: vague spans and idioms.

def test_a_better_tomorrow_is_no_date() -> None:
    text = "Our mission has always been to help build a brighter tomorrow for the families of the valley.\n"
    assert _events(text, published=date(2031, 1, 10)) == []
    told = "The parish meeting will be held tomorrow at 7pm in the hall.\n"
    assert any(str(e.start).startswith("2031-01-11") for e in _events(told, published=date(2031, 1, 10)))


def test_a_year_span_that_names_a_plan_is_no_entry() -> None:
    text = "Successful projects need to meet the criteria and align with the 2027-2031 Council Plan.\n"
    assert _events(text, published=date(2031, 1, 10)) == []


def test_a_year_a_change_is_for_is_no_entry_but_a_year_it_is_planned_for_stays() -> None:
    text = "Our bursary applications have been reshaped for 2031 after a review by the trustees.\n"
    assert _events(text, published=date(2031, 1, 10)) == []
    planned = "The new sports hall will open in 2032.\n"
    assert _events(planned, published=date(2031, 1, 10))


def test_a_month_that_leads_in_to_its_dated_items_is_no_entry() -> None:
    text = ("Posted 20 February 2031\n\n"
            "Lunchtime concerts planned for the month of March include:\n"
            "March 4 at 1 p.m. — Duo Lyra, songs of the Baltic\n"
            "March 18 at 1 p.m. — The Alder Quartet\n")
    starts = sorted(str(e.start)[:16] for e in _events(text))
    assert starts == ["2031-03-04 13:00", "2031-03-18 13:00"]


def test_a_month_row_with_no_lead_in_colon_stays() -> None:
    text = ("Summer term dates 2031\n"
            "Throughout June\n"
            "Garden open afternoons for families\n"
            "Mon 2nd June – Fri 6th June\n"
            "Book week\n")
    events = _events(text, published=date(2031, 4, 1))
    assert any(str(e.start) == "2031-06-01" and e.precision == "approximate" for e in events)


def test_a_service_that_resumes_in_a_season_is_no_entry() -> None:
    text = ("Sunday 4 May 2031 is the last evening prayer of the term at 6pm. "
            "Evening prayer will resume in the autumn.\n")
    events = _events(text, published=date(2031, 4, 30))
    assert [str(e.start)[:10] for e in events] == ["2031-05-04"]


def test_a_term_heading_over_a_calendar_is_no_entry() -> None:
    text = ("Autumn 2031 Events Calendar\n"
            "14 October 2031 – Apple pressing day\n"
            "2 November 2031 – Bonfire supper\n")
    titles = {e.title for e in _events(text)}
    assert titles == {"Apple pressing day", "Bonfire supper"}
