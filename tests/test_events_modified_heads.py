"""An event noun that only modifies the head of its clause's subject ("The Island Football
Championship preliminary game Tarnia-Vellmark will ...") leaves the title to run on to that
head and its name: the entry is that game, not the championship. A subject that ends at the
event noun ("The conference will open ...") is unchanged."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title

_MARCH = date(2027, 3, 1)


def test_the_game_of_a_championship_keeps_its_name():
    titles = framed_by_title("The 2027 Island Football Championship preliminary game Tarnia-Vellmark will take place "
                             "at the Orvo ground on 26 March 2027 at 6 p.m.", published=_MARCH)
    assert list(titles) == ["Island Football Championship preliminary game Tarnia-Vellmark"]


def test_a_festival_parade_is_the_parade():
    titles = framed_by_title("The Harbour Festival closing parade will start at 4 pm on 26 March 2027.", published=_MARCH)
    assert list(titles) == ["Harbour Festival closing parade"]


def test_a_subject_ending_at_its_event_noun_is_unchanged():
    titles = framed_by_title("The conference dinner is on 26 March 2027.", published=_MARCH)
    assert list(titles) == ["Conference dinner"]
