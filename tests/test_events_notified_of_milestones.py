"""A call says when its authors will hear back at the end of a longer passive ("Speakers will be
informed of the decision of the selection panel by the 20 of May 2026"): what the organiser does
by that day is a milestone named by who is told and of what, not a deadline "for speakers to
informed of ...". The reader's own deadlines beside it stay deadlines."""
# Provenance: held-out round R42 (class 6), sentences written for this test.

from datetime import date

from events_helpers import tagged_events

_CALL = ("Call for talks\n\n"
         "Talk proposals must be sent by 30 April 2026.\n"
         "Speakers will be informed of the decision of the selection panel by the 20 of May 2026.\n")


def test_being_told_of_a_decision_is_a_milestone():
    events = {e.start: e for e in tagged_events(_CALL, published=date(2026, 3, 1))}
    told = events[date(2026, 5, 20)]
    assert (told.kind, told.title) == ("milestone", "Speakers informed of the decision of the selection panel")
    assert events[date(2026, 4, 30)].kind == "deadline"
