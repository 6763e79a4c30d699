"""What's-on lists: an item's numbered or bulleted heading names its entry over the list's headline,
a bare "Event" or a "Date:" field; "till"/"until" after something that is on ("runs", "returns",
"catch the show", a listing's "Date: Till ...") closes a run from the page's date, no deadline."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

LISTICLE = """Plenty to do around town this week.

1. Riverside Lantern Fair 2023

The lantern fair is back on the waterfront, with food stalls, a brass band and paper boats.

Bring a blanket: the lawn fills up quickly once the lanterns are lit.

Date: Sept 22 to 23

More details on the fair's site

2. Hamlet Reimagined

A fresh staging of the old play, set in a shipping office during a strike.

Date: Till Oct 8

More details on the theatre's site

3. City Design Days

City Design Days returns from now till Oct 1 to show off the work of local makers.
"""

BULLETED = """Weekend picks: what to see in and around town
Our arts editor picks three things worth your time.
- Harbour Kite Festival
The kite festival has landed on the north beach again.
The event will be taking place from 23 to 25 September on the promenade.
Expect three days of free flying shows and workshops.
- Glass Orchard
A much-loved novel about a family orchard has been turned into a play.
You can catch the show at the Old Mill Theatre until 7 October.
Click here for tickets.
"""


def _entries(text: str, published: str) -> dict[str, tuple[str, date, date | None, str]]:
    return {e.title: (e.kind, e.start, e.end, e.precision) for e in page_events(text, published)}


def test_a_numbered_item_heading_names_the_date_field_under_its_blurb():
    entries = _entries(LISTICLE, "2023-09-21")
    assert entries["Riverside Lantern Fair 2023"] == ("event", date(2023, 9, 22), date(2023, 9, 23), "exact")


def test_a_date_field_till_a_day_is_a_run_from_the_page_date_named_by_its_item():
    entries = _entries(LISTICLE, "2023-09-21")
    assert entries["Hamlet Reimagined"] == ("event", date(2023, 9, 21), date(2023, 10, 8), "approximate")


def test_returns_from_now_till_a_day_is_a_run_named_by_its_subject():
    entries = _entries(LISTICLE, "2023-09-21")
    assert entries["City Design Days"] == ("event", date(2023, 9, 21), date(2023, 10, 1), "exact")
    assert not any(kind == "deadline" for kind, *_ in entries.values())


def test_a_bulleted_heading_names_the_event_its_sentence_calls_the_event():
    entries = _entries(BULLETED, "2023-09-22")
    assert entries["Harbour Kite Festival"] == ("event", date(2023, 9, 23), date(2023, 9, 25), "exact")


def test_catch_the_show_until_a_day_is_a_run_named_by_its_bulleted_heading():
    entries = _entries(BULLETED, "2023-09-22")
    assert entries["Glass Orchard"] == ("event", date(2023, 9, 22), date(2023, 10, 7), "approximate")


def test_catch_the_production_at_two_venues_until_a_day_is_still_its_items_run():
    text = ("Weekend picks\n- Glass Orchard\nA much-loved novel about a family orchard has been turned into a play.\n"
            "You can catch the production at The Old Mill Theatre at the Harbour Arts Centre until 6 October.\n")
    (event,) = page_events(text, "2023-09-23")
    assert (event.title, event.kind, event.start, event.end) == ("Glass Orchard", "event", date(2023, 9, 23),
                                                                 date(2023, 10, 6))


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
