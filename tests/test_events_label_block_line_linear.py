"""The labelled lines around a date ("What: ..." / "When: ..." / "Where: ...") say what and where its
event is (label_block.label_block). A label's value with no sentence end after it runs to its line's end,
so on a page written on one line each date copied and split the rest of the page for its "Where:" value:
square in the page. What the block says depends only on the line the date stands on, so it is now read
once for each line. The guard counts the characters copied; the answers are the plain reading's."""

from __future__ import annotations

from datetime import date

from calfeed.events import label_block as blocks
from calfeed.timex import tag
from calfeed.text import start_of_line

from call_counts import CountedText

FIELDS = "Where: the ferry slipway by the harbour wall Date: {day} June 2027 Time: 6pm "


def _one_line_notices(items: int) -> str:
    return "".join(FIELDS.format(day=1 + k % 28) for k in range(items))


def _copied_per_character(items: int) -> float:
    text = _one_line_notices(items)
    found = [t for t in tag(text, date(2027, 1, 4)) if t.type == "DATE"]
    assert len(found) == items
    counted = CountedText(text)
    CountedText.copied = 0
    for timex in found:
        blocks.label_block(counted, timex.start)
    return CountedText.copied / len(text)


def test_a_one_line_page_s_label_block_is_read_once_not_once_per_date():
    """On the parent: 51 -> 201 characters copied per page character for 4x the dates."""
    small, large = _copied_per_character(50), _copied_per_character(200)
    assert large < 1.5 * small, f"{small:.0f} -> {large:.0f} characters copied per character for 4x the page"


def test_every_offset_of_a_line_reads_the_line_s_block():
    text = ("Harbour Lights\n\nWhat: Lantern parade\nWhen: Friday 4 June 2027, 7pm\nWhere: Quay Street, Whitby\n\n"
            "Next item\nWhen: Saturday 5 June 2027")
    when = text.index("Friday")
    for at in (start_of_line(text, when), when, when + 10):
        block = blocks.label_block(text, at)
        assert block.what == "Lantern parade"
        assert block.where is not None and block.where.name.startswith("Quay Street")
    assert blocks.label_block(text, text.index("Saturday")).what is None
