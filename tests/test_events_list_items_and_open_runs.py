"""What's-on lists: an item's numbered or bulleted heading names its entry over the list's headline,
a bare "Event" or a "Date:" field; "till"/"until" after something that is on ("runs", "returns",
"catch the show", a listing's "Date: Till ...") closes a run from the page's date, no deadline."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

LISTICLE = """Our pick of the coming fortnight.

1. Riverside Lantern Fair 2023

Paper lanterns, food stalls and a brass band fill the river path after dark.

Come early if you want a bench near the water.

Date: Nov 3 to 4

Tickets at the gate

2. Hamlet Reimagined

The old play moves to a shipping office during a dock strike.

Date: Till Dec 2

Tickets from the box office

3. Winter Print Market

Winter Print Market returns from now till Nov 20, filling the old tram shed with prints by forty local artists.
"""

BULLETED = """Two evenings out, chosen for you
Chosen by our arts desk.
- Harbour Kite Festival
Kites of every size are back over the north beach.
The event is on from 10 to 12 November along the promenade.
Flying shows and workshops are free all three days.
- Glass Orchard
A family saga about an apple orchard, told on stage by a cast of six.
You can catch the show at the Old Mill Theatre until 25 November.
Booking is open.
"""


def _entries(text: str, published: str) -> dict[str, tuple[str, date, date | None, str]]:
    return {e.title: (e.kind, e.start, e.end, e.precision) for e in page_events(text, published)}


def test_a_numbered_item_heading_names_the_date_field_under_its_blurb():
    entries = _entries(LISTICLE, "2023-11-01")
    assert entries["Riverside Lantern Fair 2023"] == ("event", date(2023, 11, 3), date(2023, 11, 4), "exact")


def test_a_date_field_till_a_day_is_a_run_from_the_page_date_named_by_its_item():
    entries = _entries(LISTICLE, "2023-11-01")
    assert entries["Hamlet Reimagined"] == ("event", date(2023, 11, 1), date(2023, 12, 2), "approximate")


def test_returns_from_now_till_a_day_is_a_run_named_by_its_subject():
    entries = _entries(LISTICLE, "2023-11-01")
    assert entries["Winter Print Market"] == ("event", date(2023, 11, 1), date(2023, 11, 20), "exact")
    assert not any(kind == "deadline" for kind, *_ in entries.values())


def test_a_bulleted_heading_names_the_event_its_sentence_calls_the_event():
    entries = _entries(BULLETED, "2023-11-06")
    assert entries["Harbour Kite Festival"] == ("event", date(2023, 11, 10), date(2023, 11, 12), "exact")


def test_catch_the_show_until_a_day_is_a_run_named_by_its_bulleted_heading():
    entries = _entries(BULLETED, "2023-11-06")
    assert entries["Glass Orchard"] == ("event", date(2023, 11, 6), date(2023, 11, 25), "approximate")


def test_catch_the_production_at_two_venues_until_a_day_is_still_its_items_run():
    text = ("Our picks\n- Glass Orchard\nA family saga about an apple orchard, told on stage by a cast of six.\n"
            "You can catch the production at the Old Mill Theatre at the Quayside Arts Hub until 26 November.\n")
    (event,) = page_events(text, "2023-11-06")
    assert (event.title, event.kind, event.start, event.end) == ("Glass Orchard", "event", date(2023, 11, 6),
                                                                 date(2023, 11, 26))


def test_the_last_row_of_a_plain_bullet_list_names_nothing():
    text = "Things to bring:\n- Warm coat\n- Packed lunch\nThe event will be held on 30 September in the hall.\n"
    assert [e.title for e in page_events(text, "2023-09-22")] == ["Event"]


def test_until_after_an_act_the_reader_must_do_stays_a_deadline():
    text = ("Our reading room is closed for repairs.\nPlease return your loans until 6 October at the front desk.\n"
            "Members can renew their passes till 30 September.\nApplications are accepted until 6 October.\n")
    assert {e.kind for e in page_events(text, "2023-09-22")} == {"deadline"}


def test_a_run_until_a_day_already_past_is_not_stretched_back():
    text = "The Lantern Fair returns till 1 September to light up the riverside."
    events = page_events(text, "2023-09-21")
    assert all(e.start >= date(2023, 9, 1) for e in events)


def test_now_in_an_item_s_blurb_dates_nothing_and_keeps_its_heading():
    text = ("Our picks\n- Glass Orchard\nThe family saga, now in its second week, is told on stage by a cast of six.\n"
            "You can catch the show at the Old Mill Theatre until 25 November.\n")
    (event,) = page_events(text, "2023-11-06")
    assert (event.title, event.kind, event.start, event.end) == ("Glass Orchard", "event", date(2023, 11, 6),
                                                                 date(2023, 11, 25))

