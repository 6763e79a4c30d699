"""The sentence lookup begins reading stops at its first question's paragraph and jumps ahead to a later
question's paragraph; questions asked back and forth over a page must still read each stop a bounded
number of times (a lookup that jumped back and forth would read the page once per question)."""

from __future__ import annotations

from calfeed.text import SentenceLookup


def _stops_read(paragraphs: int) -> int:
    text = "Zed met Ana on 3 May. It rained all day.\n\n" * paragraphs
    step = len(text) // paragraphs
    lookup = SentenceLookup(text)
    count = 0
    read = lookup._read_stop

    def counted() -> bool:
        nonlocal count
        count += 1
        return read()

    lookup._read_stop = counted  # type: ignore[method-assign]
    for k in range(paragraphs // 2):
        lookup.at(len(text) - k * step - 20)     # one from the end back
        lookup.at(k * step + 5)                  # one from the start on
    return count


def test_questions_back_and_forth_read_the_stops_in_linear_time() -> None:
    small, large = _stops_read(100), _stops_read(400)
    assert small > 0
    assert large <= 5 * small, (small, large)
