"""One sentence, several clauses, each with its own subject, verb and date (red team 10b item 11)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str, published: date | None = None) -> list[tuple[str, str, date]]:
    return [(e.title, e.kind, e.start) for e in tagged_events(text, published=published)]


def test_each_coordinated_clause_dates_its_own_subject():
    text = "Abstracts are due on 3 March 2027, and full papers are due on 5 May 2027."
    assert _entries(text) == [("Deadline for abstracts", "deadline", date(2027, 3, 3)),
                              ("Deadline for full papers", "deadline", date(2027, 5, 5))]


def test_three_clauses_joined_by_commas_give_three_entries():
    text = ("Full Papers are due by January 20th, 2023 (EXTENDED), final acceptance will be notified by "
            "February 20th, 2023 (EXTENDED), and final papers are due by March 1st, 2023 (EXTENDED).")
    assert [(kind, start) for _title, kind, start in _entries(text)] == [
        ("deadline", date(2023, 1, 20)), ("milestone", date(2023, 2, 20)), ("deadline", date(2023, 3, 1))]
    assert _entries(text)[2][0] == "Deadline for final papers"


def test_a_bare_list_after_a_comma_stays_one_clause():
    text = "The committee will meet on 3 May 2027, and again on 5 May 2027."
    assert {title for title, _kind, _start in _entries(text)} == {"Committee meeting"}


def test_a_clause_pointing_back_stays_with_the_sentence():
    text = ("A decision on the planning reforms is expected before the summer recess, which begins on "
            "22 July 2027.")
    assert ("Summer recess begins", "event", date(2027, 7, 22)) in _entries(text, date(2027, 3, 1))


def test_a_coordinated_clause_takes_no_place_from_the_clause_before():
    text = ("The International Monetary Fund's spring meetings in Washington are scheduled for April 19-24, "
            "and the G20 finance ministers will meet in July.")
    (g20,) = [e for e in tagged_events(text, published=date(2026, 2, 3)) if e.title.startswith("G20")]
    assert g20.title == "G20 finance ministers meeting" and g20.location is None
    assert g20.start == date(2026, 7, 1) and g20.precision == "approximate"


def test_words_between_commas_are_no_subject_of_their_own():
    text = ("Residents are reminded that City offices, including 311 counter services, will be closed on "
            "Monday, July 1, 2019 and will reopen on Tuesday, July 2, 2019.")
    assert not any(title.lower().startswith("including") for title, _k, _s in _entries(text, date(2019, 6, 20)))


def test_an_aside_in_brackets_after_the_second_clause_s_subject_keeps_the_clause_apart():
    # R68 02's shape (session 55, class 7): the second clause's subject carries a bracketed gloss
    # of its days; its own subject, not the first clause's, names the span.
    text = ("Lantern Eve is set for 15 May 2031, and the three-day lantern holiday (the old calendar's "
            "feast days) will take place from 16 to 18 May 2031.")
    assert ("Three-day lantern holiday", "event", date(2031, 5, 16)) in _entries(text)
    assert not any(title == "Lantern Eve" and start == date(2031, 5, 16) for title, _kind, start in _entries(text))


def test_an_aside_holding_a_verb_still_ends_at_its_bracket():
    text = ("Lantern Eve is set for 15 May 2031, and the lantern parade (which starts at the quay) "
            "will take place on 17 May 2031.")
    assert any(title.startswith("Lantern parade") and start == date(2031, 5, 17) for title, _kind, start in _entries(text))


def test_places_listed_with_bracketed_days_stay_one_clause():
    # a list of places each with its day in brackets has no verb after its second item: no clause of its own
    text = "We will run regional workshops in Leeds (3 April 2031), Bristol (10 April 2031) and online (17 April 2031)."
    assert all("workshops" in title.lower() for title, _kind, _start in _entries(text))
