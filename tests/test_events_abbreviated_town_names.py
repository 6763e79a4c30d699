"""A town whose name opens with a short word (name_abbreviations.en.tsv: "St. Petersburg", "St
Louis", "Ft. Lauderdale") was never placed: its full stop split the capitalised run, and the
gazetteer spells some such towns short (Florida's "St. Petersburg") and some in full (Russia's
"Saint Petersburg"). Each spelling is asked now, the towns of all spellings are namesakes of each
other, and the largest (the Russian city) gives way to a namesake where the page's other places are."""

from __future__ import annotations

from events_helpers import page_zones


def _zones(text: str) -> list[str | None]:
    return page_zones(text, "2027-03-10")


def test_st_petersburg_with_a_full_stop_is_the_russian_city():
    text = "The graduation concert in St. Petersburg will start at 11 pm on June 23."
    assert _zones(text) == ["Europe/Moscow"]


def test_st_petersburg_without_the_full_stop():
    text = "The graduation concert in St Petersburg will start at 11 pm on June 23."
    assert _zones(text) == ["Europe/Moscow"]


def test_st_petersburg_with_its_country_in_the_paragraph():
    text = ("The school leavers' night in St. Petersburg will start at 11 pm on June 23. "
            "Television will carry it across Russia.")
    assert _zones(text) == ["Europe/Moscow"]


def test_st_petersburg_beside_tampa_is_the_florida_town():
    text = ("The art fair in St. Petersburg will open at 10 am on June 23. "
            "Shuttle buses will also stop in Tampa.")
    assert _zones(text) == ["America/New_York"]


def test_st_petersburg_with_its_state_is_the_florida_town():
    text = "The fair in St. Petersburg, Florida will open at 10 am on June 23."
    assert _zones(text) == ["America/New_York"]


def test_st_louis():
    text = "The parade in St. Louis will start at 11 am on June 23."
    assert _zones(text) == ["America/Chicago"]


def test_ft_lauderdale():
    text = "The boat show in Ft. Lauderdale will open at 10 am on June 23."
    assert _zones(text) == ["America/New_York"]


def test_a_church_named_for_a_saint_is_no_town():
    text = "The carol service at St. Agnes Hall will start at 11 am on June 23."
    assert _zones(text) == [None]
