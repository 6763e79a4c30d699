"""A loose window ("this week", "later this week", "next week") that retells a dated event under
another name gives no second entry: "An annual fair on old Norse crafts ... will get going later this
week" beside "The 'Varn Crafts and Music Fair: ...' will be held ... on Friday for a four-day run"
(R76 class 4: two week spans beside the festival's written days, one of them starting on the page's
day). The loose title must share an event noun ("fair") and one more word ("crafts") with the dated
entry's title or sentence, and its window meet the dated days (kin_retellings.py); a loose entry that
shares only the event noun ("jazz festival" beside "film festival") stays."""

from __future__ import annotations

from events_helpers import BUILD_DAY
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document


def _entries(headline: str, body: str, published: str) -> list[tuple[str, str, str]]:
    page = f"---\ntitle: {headline}\npublished: {published}\n---\n{headline}\n{body}\n"
    events = process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events
    return [(e.title, str(e.start), e.precision) for e in events]


def test_a_loose_week_beside_the_dated_fair_gives_no_entry():
    entries = _entries(
        "Fair on old Norse crafts to open this week in Oslo",
        "OSLO, Aug. 26 (Nordwire) -- An annual fair on old Norse crafts and music will get going later this week "
        "in central Oslo, organizers said Tuesday.\nThe \"Varn Crafts and Music Fair: 2031 Quay Market\" will be "
        "held in Old Quay, a maze of small lanes with workshops and studios, on Friday for a four-day run, "
        "according to the city office.", "2031-08-26")
    assert [p for _, _, p in entries] == ["exact"], entries
    assert entries[0][1] == "2031-08-29", entries


def test_a_loose_next_week_beside_the_dated_show_gives_no_entry():
    entries = _entries(
        "Boat show to open next week in Lisbon",
        "LISBON, Aug. 26 (Nordwire) -- The annual Lisbon wooden boat show will open next week on the river, "
        "organizers said Tuesday.\nThe \"Varn Wooden Boat Show 2031\" will be held at the Pellow docks on "
        "Wednesday, September 3 for a four-day run.", "2031-08-26")
    assert entries == [("Varn Wooden Boat Show", "2031-09-03", "exact")], entries


def test_a_loose_entry_of_another_event_of_the_same_kind_stays():
    entries = _entries(
        "Jazz festival to open this week in Oslo",
        "OSLO, Aug. 26 (Nordwire) -- The Dunmore jazz festival will get going later this week in central Oslo, "
        "organizers said Tuesday.\nThe Corrow film festival will be held in the old mill on Friday for a "
        "four-day run, according to the city office.", "2031-08-26")
    assert any(p == "approximate" and "jazz" in t.lower() for t, _, p in entries), entries


def test_a_loose_year_beside_a_dated_meeting_of_the_same_series_stays():
    entries = _entries(
        "Harbour Compact experts meet in Lisbon",
        "The Harbour Compact Expert Group meeting took place in Lisbon on 21-22 June 2031. Its findings will "
        "go to the Harbour Compact Policy Group Meeting in Oslo later this year.\nThe Harbour Compact "
        "Ministerial Meeting will take place on 8 December 2031 in Oslo.", "2031-06-23")
    assert any(p == "approximate" and "Policy" in t for t, _, p in entries), entries
