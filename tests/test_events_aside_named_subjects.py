"""A named work opening a clause, then a relative aside between commas that names an event noun,
then the clause's own future verb and day ("Dvorak's New World, which by custom opens the week's
concerts, will sound again on June 6"): the aside tells what the work usually does, the day is
the work's, so the name titles the entry, not the concerts of the aside. A common noun opening
the clause ("The choir, which ...") is left to the usual reading. The pages are my own."""

from __future__ import annotations

from events_helpers import titles_by_start

PUBLISHED = "2029-05-01"


def test_the_named_work_before_a_relative_aside_titles_its_day():
    text = ("The 12th Lakeside Chamber Music Week will open with a gala on June 2. Dvorak's New World, which "
            "by custom opens the week's concerts, will sound again on June 6, given this year by the City "
            "Orchestra.")
    days = titles_by_start(text, PUBLISHED)
    assert days["2029-06-06"] == {"Dvorak's New World"}
    assert days["2029-06-02"] == {"Gala"}


def test_a_named_piece_whose_aside_names_the_series():
    text = "Elgar's Cello Concerto, which often ends the summer series, will be played on 14 June by the youth orchestra."
    assert titles_by_start(text, PUBLISHED)["2029-06-14"] == {"Elgar's Cello Concerto"}


def test_a_past_verb_after_the_aside_is_not_read():
    text = ("Holst's Planets, which closed the festival last year, was a hit. The festival returns on 20 June "
            "with a new programme.")
    assert all("Holst" not in title for titles in titles_by_start(text, PUBLISHED).values() for title in titles)
