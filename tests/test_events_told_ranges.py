"""A stretch told in two clauses of one sentence ("will begin on <day>, and end on <day>"):
one entry from the first day to the last, not a one-day entry on the first."""
# Provenance: Red team 26 class 8 (a news report of a forum's first and last day).

from datetime import date

from events_helpers import tagged_events


def _rows(text: str, published: date) -> list[tuple[str, date, date]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=published)]


def test_begin_and_end_clauses_make_one_range():
    text = ("Town news\n\nThe mayor confirmed that the regional book fair will start on Friday, 9 October 2026, "
            "and conclude on Monday, 12 October 2026.\n")
    rows = _rows(text, date(2026, 9, 1))
    assert [(s, e) for _, s, e in rows] == [(date(2026, 10, 9), date(2026, 10, 12))]


def test_a_run_until_clause_closes_the_range_too():
    text = "Arts\n\nThe summer festival begins on June 4 and runs until June 14, organisers said.\n"
    rows = _rows(text, date(2027, 3, 2))
    assert [(s, e) for _, s, e in rows] == [(date(2027, 6, 4), date(2027, 6, 14))]


def test_another_subject_between_the_days_keeps_them_apart():
    text = ("Campus\n\nThe conference begins on 3 May 2027 and the poster exhibition ends on "
            "9 May 2027.\n")
    rows = _rows(text, date(2027, 3, 2))
    assert all(not (s == date(2027, 5, 3) and e == date(2027, 5, 9)) for _, s, e in rows)


def test_a_continue_to_clause_closes_the_range():
    # session 36, class 3 of R49 (a parish column), in words of our own: "continue to <day>" is "until"
    for text in ("Parish notes\n\nOur novena will begin on Monday, March 8th and continue to March 10th.\n",
                 "Library\n\nThe book sale starts on March 8 and continues to March 10, volunteers said.\n"):
        rows = _rows(text, date(2027, 2, 1))
        assert (date(2027, 3, 8), date(2027, 3, 10)) in [(s, e) for _, s, e in rows], (text, rows)


def test_continue_to_before_a_verb_is_no_range_end():
    text = "Parish notes\n\nThe choir will meet on Monday, March 8th and continue to practise the hymns.\n"
    rows = _rows(text, date(2027, 2, 1))
    assert all(e in (None, s) for _, s, e in rows), rows


def test_an_offer_open_for_subscription_until_a_close_is_one_range():
    # session 44, R57 class 5 (a share issue's subscription days), in words of our own: the issue is
    # open from the first day to the last, one entry, not an opening and a separate close
    for text in ("Markets\n\nThe Pelham Tiles IPO opens for subscription on March 3 and will close on March 5.\n",
                 "Markets\n\nThe Harrow Rail bond issue will open for subscription on March 3 and close on March 5.\n"):
        rows = _rows(text, date(2027, 2, 26))
        assert [(s, e) for _, s, e in rows] == [(date(2027, 3, 3), date(2027, 3, 5))], (text, rows)


def test_a_call_that_opens_and_closes_stays_two_entries():
    for text in ("Grants\n\nNominations open on March 3 and close on March 25.\n",
                 "Grants\n\nRegistration starts on March 3 and closes on March 25.\n"):
        rows = _rows(text, date(2027, 2, 26))
        assert sorted((s, e) for _, s, e in rows) == [(date(2027, 3, 3), date(2027, 3, 3)),
                                                      (date(2027, 3, 25), date(2027, 3, 25))], (text, rows)


def test_a_start_in_a_relative_clause_and_a_comma_before_the_closing_clause_make_one_range():
    # session 52, R65 class 1 (a school term's second half), in words of our own: the opening verb
    # stands in a "which" clause and only a comma parts it from "will continue until"; on the parent
    # the closing day was read as a run on from the page's day (an entry from the page day).
    text = ("Schools\n\nThe board said that the second stage of the school year, which starts tomorrow, "
            "will continue until May 29, 2026.\n")
    rows = _rows(text, date(2026, 3, 14))
    assert [(s, e) for _, s, e in rows] == [(date(2026, 3, 15), date(2026, 5, 29))], rows


def test_a_comma_before_a_closing_clause_with_its_modal_joins_a_plain_start():
    text = "Arts\n\nThe lantern fair starts on June 4, will run until June 14, organisers said.\n"
    rows = _rows(text, date(2027, 3, 2))
    assert [(s, e) for _, s, e in rows] == [(date(2027, 6, 4), date(2027, 6, 14))], rows


def test_a_comma_and_a_new_subject_keep_the_days_apart():
    text = "Campus\n\nThe exhibition begins on 3 May 2027, the café will run until 9 May 2027.\n"
    rows = _rows(text, date(2027, 3, 2))
    assert all(not (s == date(2027, 5, 3) and e == date(2027, 5, 9)) for _, s, e in rows), rows
