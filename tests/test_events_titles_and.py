"""Titles over "and": a topic of two nouns ("forum on business and human rights") and a
name of capitalised words ("Trade and Development Board") keep both sides; "and" before an
article, a function word or a verb starts a new clause and ends the title."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

PUBLISHED = {"published": date(2027, 2, 1)}


def test_a_topic_of_two_nouns_joined_by_and_stays_whole():
    assert "Annual forum on business and human rights" in framed(
        "The annual forum on business and human rights will be held in Geneva in March 2027.", **PUBLISHED)
    assert "Seminar on water and sanitation" in framed(
        "A seminar on water and sanitation will take place on 3 June 2027.", **PUBLISHED)


def test_a_capitalised_name_with_and_is_one_subject():
    assert "Trade and Development Board meeting" in framed(
        "The Trade and Development Board will meet on 3 June 2027.", **PUBLISHED)


def test_and_before_a_new_clause_ends_the_title():
    found = framed("A seminar on water will take place on 3 June 2027 and the ministers will meet on 4 June 2027.",
                   **PUBLISHED)
    assert "Seminar on water" in found
    found = framed("A workshop on data and the ministers' meeting will take place on 3 June 2027.", **PUBLISHED)
    assert all("and the" not in title for title in found)


def test_an_abbreviation_s_dot_does_not_cut_a_title():
    from datetime import date

    from events_helpers import tagged_events

    (event,) = tagged_events("Talks between Mr. Smith and the union will resume on 3 May 2027.",
                             published=date(2027, 4, 1))
    assert event.title.startswith("Talks between Mr. Smith")
