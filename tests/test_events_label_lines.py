"""Red team 7b B4 and B6: an important-dates block with each label on its own line reads as the
same block written "Label: value"; a second clock range of the same day past a bracketed aside
is a session of its own."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from calfeed.events import frame_events
from calfeed.model import Document


def _framed(text: str, **fields):
    """Events of a whole document, as the pipeline frames them."""
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date

    doc = Document(path="doc.txt", text=text, **fields)
    reference = infer_reference_date(doc, tag(doc.text, None))
    events, _ = frame_events(doc, tag(doc.text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")
    return sorted(((e.title, e.kind, e.start) for e in events), key=lambda e: (e[2].isoformat(), e[0]))


ONE_LINE = """IMPORTANT DATES

Paper submission due: August 14, 2023 (11:59 PM AoE, UTC-12)
Notification to authors: September 25, 2023
Camera ready due: October 4, 2023
Last day to register: October 16, 2023
"""


def _two_lines(block: str) -> str:
    lines = []
    for line in block.split("\n"):
        label, colon, value = line.partition(": ")
        lines.extend([label + ":", value] if colon else [line])
    return "\n".join(lines)


def test_a_label_alone_on_its_line_names_and_types_the_date_below_it():
    events = _framed(_two_lines(ONE_LINE), published=date(2023, 5, 1))
    assert events == _framed(ONE_LINE, published=date(2023, 5, 1))
    assert [(title, kind) for title, kind, _ in events] == [
        ("Paper submission", "deadline"), ("Notification", "milestone"),
        ("Deadline for camera ready", "deadline"), ("Last day to register", "deadline")]
    assert events[0][2] == datetime(2023, 8, 14, 23, 59)


@pytest.mark.parametrize("text", [
    "Upcoming meetings:\n12 January 2027 Board meeting\n9 February 2027 Annual general meeting\n",
    "Friday 12 March 2027:\n10:00-13:00 Opening plenary\n",
])
def test_a_line_of_its_own_words_or_a_day_heading_keeps_its_clause(text):
    """The label line reaches only a value line holding nothing but its date."""
    from calfeed.events import label_lines

    seen = []
    original = label_lines.with_label_above

    def spy(text_, clause, sentence, spans):
        found = original(text_, clause, sentence, spans)
        seen.append(found == clause)
        return found

    label_lines_fn = "calfeed.events.framing.with_label_above"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(label_lines_fn, spy)
        _framed(text, published=date(2027, 1, 5))
    assert seen and all(seen)


@pytest.mark.parametrize("text, published", [
    ("On 10 April 2013 DG CLIMA will hold an info session in Brussels, 10:00-13:00 (probably webstreamed) "
     "and 14:30-17:30 (webstreamed).", date(2013, 3, 4)),
    ("A week later (10 April 2013) DG CLIMA will hold an info session in Brussels, 10:00-13:00 "
     "(probably webstreamed)(*) 14:30-17:30 (webstreamed). Registration is open.", date(2013, 3, 4)),
])
def test_a_second_clock_range_of_the_day_past_an_aside_is_a_session_of_its_own(text, published):
    assert _framed(text, published=published) == [
        ("Info session", "meeting", datetime(2013, 4, 10, 10, 0)),
        ("Info session", "meeting", datetime(2013, 4, 10, 14, 30))]


def test_an_aside_naming_the_earlier_session_does_not_name_the_later_one():
    assert _framed("The Commission will hold two stakeholder workshops in Brussels on 12 March 2027, from 10:00 "
                   "to 13:00 (morning session) and from 14:30 to 17:30 (afternoon session).",
                   published=date(2027, 1, 5)) == [
        ("Stakeholder workshop", "workshop", datetime(2027, 3, 12, 10, 0)),
        ("Stakeholder workshop", "workshop", datetime(2027, 3, 12, 14, 30))]


def test_a_clock_restated_in_brackets_is_no_second_session():
    events = _framed("The webinar will be held on 2 December 2026, 11:00-12:00 EST (17:00-18:00 CET).",
                     published=date(2026, 11, 1))
    assert len(events) == 1


def test_a_what_when_where_block_with_values_below_their_labels_reads_as_one_line_each():
    one_line = ("MEDIA ADVISORY\n\nWhat: Launch of the World Water Report\n"
                "When: Wednesday, 2 December 2026, 14:00-15:00\nWhere: Press Room 3, Palais des Nations, Geneva\n")
    two_lines = _two_lines(one_line)
    assert "When:\nWednesday" in two_lines
    assert _framed(two_lines, published=date(2026, 11, 20)) == _framed(one_line, published=date(2026, 11, 20)) == [
        ("Launch of the World Water Report", "event", datetime(2026, 12, 2, 14, 0))]


def test_a_row_whose_date_wrapped_under_its_label_in_a_key_dates_list() -> None:
    # rows "<label> <date>" around a label whose date (and a bracketed note) stands on the lines below it
    text = ("Term dates 2027 2028\n\n"
            "First term 6th Sep - 26th Nov\n"
            "Half-term break\n"
            "(for most departments)\n"
            "18th – 22nd Oct\n"
            "First term teaching ends 26th Nov\n")
    found = _framed(text, published=date(2027, 3, 1))
    assert ("Half-term break", "event", date(2027, 10, 18)) in found, found
