"""A passive whose object is what the organiser hands out ("presenters will be sent approval or
refusal letters by ..."): the day is when readers hear back, a milestone named by what is sent,
not a deadline named by some other word of the sentence (announced_acts). Session 47, R60 p22's
shape, in words of our own."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

_CALL = ("Poster Proposals\n\n"
         "• The closing date for poster proposals is MONDAY 9 SEPTEMBER 2030.\n"
         "• Every proposal that arrives will be logged, and presenters will be sent approval or refusal "
         "letters by TUESDAY, 24 SEPTEMBER 2030.\n")


def test_letters_sent_to_the_readers_are_a_milestone():
    # fails on b9033d54: a deadline titled 'Arrival of proposals' (or the like) on 24 September
    events = {e.start: e for e in tagged_events(_CALL, published=date(2030, 7, 1))}
    heard = events[date(2030, 9, 24)]
    assert (heard.kind, heard.title) == ("milestone", "Approval or refusal letters sent")
    assert events[date(2030, 9, 9)].kind == "deadline"


def test_a_reader_sending_something_stays_a_deadline():
    events = tagged_events("Presenters must have sent their signed consent letters by 2 October 2030.\n",
                           published=date(2030, 7, 1))
    assert [e.kind for e in events] == ["deadline"]
