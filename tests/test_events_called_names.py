"""An event noun followed by a naming link and a name ("the parade called the March of the Kings",
"the regatta dubbed the Silver Oar") says which event it is: the name titles the entry, also
when a kind-only noun of the page ("torch parade") would otherwise lend its fuller words. A name
that is a street or a venue ("the walk known as Mill Lane") says where, and a lower-case word after
the link ("the meeting called by the mayor") is no name. The pages are my own."""

from __future__ import annotations

from events_helpers import titles_by_start

PUBLISHED = "2029-03-01"


def test_a_called_name_after_the_date_titles_the_line():
    text = ("The harvest weekend runs from April 4 to 6. On April 3 comes the torch parade, with floats along "
            "the river.\n\n"
            "- April 4: from 9:00 am until 11:00, families are invited to the parade called the March of the "
            "Kings. In the evening the main show begins.\n"
            "- April 5: the second day.")
    days = titles_by_start(text, PUBLISHED)
    assert "March of the Kings" in days["2029-04-04"]
    assert "Torch parade" not in days["2029-04-04"]


def test_a_dubbed_name_right_before_the_date():
    text = "Members will row in the regatta dubbed the Silver Oar on 12 May at the harbour."
    assert titles_by_start(text, PUBLISHED)["2029-05-12"] == {"Silver Oar"}


def test_a_street_name_is_where_not_which():
    text = "The spring walk known as Mill Lane will be held on 12 May."
    assert all("Mill Lane" != title for titles in titles_by_start(text, PUBLISHED).values() for title in titles)


def test_a_lower_case_word_after_the_link_is_no_name():
    text = "The meeting called by the mayor will take place on 14 May in the library."
    assert titles_by_start(text, PUBLISHED)["2029-05-14"] == {"Meeting"}
