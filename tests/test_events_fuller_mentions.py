"""A deadline whose subject is a bare "the NOUN" ("The drive is set to finish by 5pm on August
20") is titled by the fuller mention of that noun a little earlier in the text ("the annual
permit renewal drive"), not by the bare noun (fuller_mentions.py)."""

from __future__ import annotations

from events_helpers import page_entries

PAGE = """The city has urged residents to renew their parking permits before the close of the annual permit renewal drive.

The council posted a reminder on its website as the cut-off draws near. The drive is set to finish by 5pm on August 20.
"""


def test_a_bare_subject_takes_its_fuller_earlier_mention():
    titles = [t for t, _, _ in page_entries(PAGE, "2031-07-17")]
    assert "Deadline for annual permit renewal drive" in titles


def test_a_bracketed_short_form_stays_inside_the_mention():
    page = PAGE.replace("annual permit renewal drive", "annual permit renewal (APR) drive")
    titles = [t for t, _, _ in page_entries(page, "2031-07-17")]
    assert "Deadline for annual permit renewal (APR) drive" in titles


def test_with_no_fuller_mention_the_subject_stays():
    page = PAGE.replace("before the close of the annual permit renewal drive", "soon")
    titles = [t for t, _, _ in page_entries(page, "2031-07-17")]
    assert "Deadline for drive" in titles
