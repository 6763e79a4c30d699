"""A day in a sentence that invites its reader to something, or says there is something on it,
is an entry named by that thing, even when its noun names other things elsewhere (a sale, a
hunt, a swap, a race); non-occasions after the same leads give nothing. Our own wording."""
# Provenance: session 22 (me22): "There is an egg hunt on ..." and "Join our book sale on ..."
# gave no entry and no report line, as the nouns are in no event-noun list.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 12, 1)


def _days(text: str) -> dict[str, str]:
    result = process_document(Document("page.md", "Parish news\n\n" + text + "\n", published=date(2031, 2, 1)),
                              Options(today=BUILD_DAY))
    return {str(e.start)[:16]: e.title for e in result.events}


def test_there_is_a_thing_on_a_day_names_it():
    assert _days("There is a duck race on the river on Saturday 12 April at 2pm.") == {"2031-04-12 14:00": "Duck race"}
    assert _days("There'll be a jumble sale in the hall on Saturday 12 April.") == {"2031-04-12": "Jumble sale"}


def test_an_invitation_names_its_occasion():
    assert _days("Join us for our spring seed swap on Sunday 13 April at 10am.") == {"2031-04-13 10:00": "Spring seed swap"}
    assert _days("Come along to the scarecrow hunt on Monday 21 April.") == {"2031-04-21": "Scarecrow hunt"}
    assert _days("Don't miss the pancake race on Tuesday 4 March at noon.") == {"2031-03-04 12:00": "Pancake race"}


def test_what_follows_a_lead_but_names_no_occasion_gives_nothing_of_its_own():
    assert _days("There will be a limit of 30 places on Saturday 12 April.") == {}
    assert _days("There will be lots of stalls on Saturday 12 April.") == {}


def test_a_hedged_or_past_invitation_gives_nothing():
    assert _days("There might be a duck race on Saturday 12 April if the river is calm.") == {}
    assert _days("There was a duck race on Saturday 11 January.") == {}


def test_a_host_names_what_it_holds():
    assert _days("The rowing club will host a charity rummage sale on Saturday 12 April from 9am.") == {
        "2031-04-12 09:00": "Charity rummage sale"}
    assert _days("We will be having a garage sale at the manse on Saturday 12 April.") == {"2031-04-12": "Garage sale"}


# Review 22 S3: a state that holds from (or until) a day, framed as "there is ...", is no occasion
# held on that day; an occasion timed "from" a clock or run "from" one day "to" another still is.
def test_a_state_from_a_day_is_no_one_day_occasion():
    assert _days("There is a revised ferry timetable from Monday 6 January.") == {}
    assert _days("There is a watering ban from 1 May until further notice.") == {}


def test_an_occasion_from_a_clock_or_over_days_keeps_its_entry():
    assert _days("Join the plant swap from 10am on Saturday 12 April.") == {"2031-04-12 10:00": "Plant swap"}
    assert _days("There is a craft fair from Friday 11 April to Sunday 13 April.") == {"2031-04-11": "Craft fair"}
