"""Class C of round R48: a step a body states for a half-year ahead ("will draw up a “bold”
national water plan in the second half of 2026") was found by the tagger and dropped: a word in
scare quotes read as a quoted sentence, a headline with no stop joined to the subject of the
paragraph under it, and "develop" was no act verb. A real quotation stays a forecast, no entry."""

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2026, 11, 1)


def _titles(text: str) -> dict[str, tuple[date, date]]:
    return {e.title: (e.start, e.end) for e in tagged_events(text, published=PUBLISHED)}


def test_a_word_in_scare_quotes_is_no_quotation():
    text = "The county council will consider a “refreshed” transport plan in the first half of 2027.\n"
    assert _titles(text) == {"County council considers a “refreshed” transport plan": (date(2027, 1, 1),
                                                                                        date(2027, 6, 30))}


def test_the_subject_starts_under_a_headline_with_no_stop():
    text = ("Riverside park plans move forward\n"
            "The city council will consider its riverside masterplan in the second half of 2027.\n")
    titles = _titles(text)
    assert list(titles) == ["City council considers its riverside masterplan"]
    assert titles["City council considers its riverside masterplan"][0] == date(2027, 7, 1)


def test_a_body_developing_a_plan_in_a_half_year_is_an_entry():
    text = "The health board will develop a new dental strategy in the first half of 2027.\n"
    assert list(_titles(text)) == ["Health board develops a new dental strategy"]


def test_a_quoted_sentence_stays_a_forecast():
    text = ("The minister said: “The health board will develop a new dental strategy in the first "
            "half of 2027, and we will fund it.”\n")
    assert _titles(text) == {}
