"""A title that names only the kind ("Public lecture") gives way to the heading over its
paragraph when that heading names the same kind with a name added (kind_titles.py)."""

from __future__ import annotations

from datetime import date

from calfeed.events.kind_titles import named_kind
from events_helpers import tagged_events

PUBLISHED = date(2027, 1, 10)

_LISTING = ("Faculty news\n\n"
            "Harbour Public Lecture: Dr Ines Okafor\n\n"
            "Dr Ines Okafor from the School of Marine Science will give her public lecture, called "
            "\u201cTides we cannot see\u201d, at 18:00 on Tuesday, 16 February 2027.\n\n"
            "Harbour Public Lecture: Professor Tomas Lind\n\n"
            "Professor Lind gave his Public Lecture, called \u201cSalt and Stone\u201d, on Thursday, "
            "4 March 2027 at 18:30.\n")


def _titles(text: str) -> list[str]:
    return sorted(e.title for e in tagged_events(text, published=PUBLISHED))


def test_a_kind_only_title_takes_the_heading_that_names_the_event():
    # the first sentence names its owner ("her public lecture" of its subject); the second's subject runs
    # into its verb, and the heading's own name would be no owner ("Public Lecture of Harbour Public Lecture")
    assert _titles(_LISTING) == ["Harbour Public Lecture: Professor Tomas Lind", "Public lecture of Dr Ines Okafor"]


def test_a_heading_that_adds_only_a_change_is_left_alone():
    text = "Meeting postponed\n\nThe meeting will now take place on Friday 12 March 2027 at 7pm.\n"
    assert named_kind("Meeting", text, text.index("Friday"), []) == "Meeting"


def test_a_title_with_a_name_of_its_own_is_left_alone():
    text = "Harbour Public Lecture: Dr Ines Okafor\n\nThe Okafor lecture is on 16 February 2027.\n"
    assert named_kind("Okafor lecture", text, text.index("16 February"), []) == "Okafor lecture"


def test_a_heading_with_a_date_between_it_and_the_day_names_another_item():
    text = ("Harbour Public Lecture: Dr Ines Okafor\n"
            "Her lecture is on 16 February 2027.\n"
            "posted 2 March 2027\n")
    at = text.index("2 March")
    dated = [(text.index("16 February"), text.index("16 February") + 16), (at, at + 12)]
    assert named_kind("Public lecture", text, at, dated) == "Public lecture"


def test_a_headline_in_title_case_is_no_name_for_the_kind():
    text = ("Harbour Regatta Names New Commodore\n\n"
            "The Harbour Regatta has a new commodore, whose term runs to 30 June 2027.\n")
    assert named_kind("Harbour Regatta", text, text.index("30 June"), []) == "Harbour Regatta"
