"""Red team 8 B2: a funding page lists each window under its label, one day a line ("• Applications"
/ "Close Thursday 8 August 2024, 5PM AEST"); the line is the label's opening or closing. A list
item's label with its date on the next line names that date ("• Grants announced" / "early
December 2024")."""

from __future__ import annotations

from datetime import date, datetime

from tests.test_events_label_lines import _framed

ROUND = """Important Dates

  • Expressions of Interest

    Open Monday 19 February 2024

    Close Friday 7 June 2024, 12PM AEST

  • Applications

    Close Thursday 8 August 2024, 5PM AEST

  • Grants announced
    early December 2024
"""


def test_open_and_close_lines_under_a_bullet_label_are_its_opening_and_closing():
    events = _framed(ROUND)
    assert events == [
        ("Expressions of Interest open", "milestone", date(2024, 2, 19)),
        ("Expressions of Interest close", "deadline", datetime(2024, 6, 7, 12, 0)),
        ("Applications close", "deadline", datetime(2024, 8, 8, 17, 0)),
        ("Grants announced", "milestone", date(2024, 12, 1)),
    ]


def test_colon_forms_and_a_singular_label_and_a_status_line_over_its_date():
    text = ("Awards 2027\n\n- Nomination period\n  Opens: 1 March 2027\n  Closes: 31 March 2027, 5pm\n"
            "- Awards ceremony\n  12 June 2027\n\nExpressions of Interest open\n\nMonday 19 April 2027\n")
    assert _framed(text, published=date(2027, 1, 10)) == [
        ("Nomination period opens", "milestone", date(2027, 3, 1)),
        ("Nomination period closes", "deadline", datetime(2027, 3, 31, 17, 0)),
        ("Expressions of Interest open", "milestone", date(2027, 4, 19)),
        ("Awards ceremony", "event", date(2027, 6, 12)),
    ]


def test_an_open_line_under_a_sentence_or_with_words_of_its_own_is_no_window():
    text = "We are in the town centre.\nOpen 9 May 2027\n\nThe museum:\nOpen 9 May 2027 for visitors.\n"
    titles = [t for t, _, _ in _framed(text, published=date(2027, 1, 10))]
    assert not any(t.endswith((" open", " opens")) for t in titles)


def test_a_deadline_nouns_own_date_stays_a_deadline_beside_a_past_verb():
    """Red team 8b D3: "with the nomination deadline of 3pm on ..." has no verb of its own; the
    sentence's "were circulated" dates the notices, not whether the deadline has passed."""
    text = ("Election notices were circulated on Wednesday 19th July, with the nomination deadline of "
            "3pm on Wednesday 30th August.\n")
    assert _framed(text, published=date(2023, 8, 30)) == [
        ("Nomination deadline", "deadline", datetime(2023, 8, 30, 15, 0))]
    told = "The nomination deadline was 3pm on Wednesday 30th August.\n"
    assert _framed(told, published=date(2023, 8, 31)) == [
        ("Nomination deadline", "milestone", datetime(2023, 8, 30, 15, 0))]
