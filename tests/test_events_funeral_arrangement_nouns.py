"""Funeral arrangements name their happenings with nouns of their own: a "visitation" or a
"public viewing" at a funeral home, a "wreath" laid at a memorial. Without them in the event nouns
a dated sentence built around them ("A public viewing is planned at ... from 4-7 p.m. Thursday")
framed nothing, and a timed wreath laying before the service was missed (R60 class 4). A clock
with no day of its own "ahead of the family service" or "prior to the closed service" is on that
service's day (follow_on_clocks), not the day last written. "Viewing" alone stays no event noun:
gardens "open for viewing" and "viewing areas" name no occasion.
"""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2022-04-19"
PAGE = ("Relatives of former county judge Edna Marlow, who died last week at 88, will receive friends at a "
        "viewing on Thursday and hold a family service on Friday.\n\n"
        "A {noun} is planned at the Harlan & Pike Funeral Home, 410 Orchard Lane, from 4-7 p.m. Thursday.\n\n"
        "Ahead of the family service, her grandchildren are to place a wreath by the courthouse memorial at 10:15 a.m.\n")


def _starts(noun: str) -> dict[datetime, str]:
    return {e.start: e.title for e in page_events(PAGE.format(noun=noun), PUBLISHED)}


def test_a_viewing_at_a_clock_range_before_a_bare_weekday_is_an_entry():
    starts = _starts("public viewing")
    assert datetime(2022, 4, 21, 16, 0) in starts
    assert "viewing" in starts[datetime(2022, 4, 21, 16, 0)].lower()


def test_a_visitation_too():
    starts = _starts("visitation")
    assert "visitation" in starts.get(datetime(2022, 4, 21, 16, 0), "").lower()


def test_a_wreath_laid_ahead_of_the_family_service_is_on_that_services_day():
    starts = _starts("public viewing")
    assert "wreath" in starts.get(datetime(2022, 4, 22, 10, 15), "").lower()


def test_the_viewing_runs_to_the_end_of_its_range():
    ends = {e.start: e.end for e in page_events(PAGE.format(noun="visitation"), PUBLISHED)}
    assert ends.get(datetime(2022, 4, 21, 16, 0)) == datetime(2022, 4, 21, 19, 0)


def test_prior_to_a_service_named_with_a_word_of_its_own_is_that_services_day():
    text = ("The congregation will hold a closed service on Sunday for the retiring pastor, and an open supper "
            "on Saturday.\n\n"
            "The supper begins in the church hall at 6 p.m. Saturday.\n\n"
            "Prior to the closed service, the choir is to place a wreath by the parish memorial at 8:45 a.m.\n")
    starts = {e.start: e.title for e in page_events(text, PUBLISHED)}
    assert "wreath" in starts.get(datetime(2022, 4, 24, 8, 45), "").lower()
    assert datetime(2022, 4, 23, 8, 45) not in starts


def test_open_for_viewing_is_the_subjects_span_not_a_viewing():
    # "viewing" here is what the garden is open for, not a funeral's viewing; since session 53 a subject
    # open over a run of days is an entry over those days, titled by the subject (17f15613)
    text = "The sculpture garden will be open for viewing from April 26 to May 9, 2022.\n"
    assert [(e.title, e.kind, str(e.start), str(e.end)) for e in page_events(text, PUBLISHED)] == [
        ("Sculpture garden", "event", "2022-04-26", "2022-05-09")]
