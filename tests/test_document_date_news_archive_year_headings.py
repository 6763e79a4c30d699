"""A news archive prints the year it files a story under above the story ("2009 News Story",
"2012 News"): the page's year, so the days the story writes without a year are that year's
(R67 14 read them from the build day, 2026 and 2027). A year heading that looks back
("2009 News Highlights") names no page year."""

from __future__ import annotations

from datetime import date

from document_date_helpers import inferred_reference

STORY = ("{heading}\n\n"
         "Ferry service to resume on October 21\n\n"
         "The island ferry will resume its winter crossings on October 21, the harbour board said, "
         "and the new pier is due to open on December 17.\n")


def test_a_news_archive_year_heading_dates_the_story():
    for heading in ("2009 News", "2009 Story", "2009 Stories", "2009 News Story"):     # each row alone, then two
        found = inferred_reference(STORY.format(heading=heading))
        assert found.value is not None and found.value.year == 2009, heading


def test_a_look_back_heading_names_no_year():
    found = inferred_reference(STORY.format(heading="2009 News Highlights"))
    assert found.value is None or found.value.year != 2009
