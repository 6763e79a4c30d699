"""Two shapes of a court round-up that dated nothing:

- time given up to a day for an act written after it ("the tribunal gave the stallholders until
  March 14 to clear the arcade", "gave them up to March 20, to reply"): a deadline titled by the
  act, and by whom it was given to when they are named (granted_times); before, the first read
  'Deadline for tribunal gave the stallholders' and the second gave nothing;
- a case's next step told as a purpose ("to return to court for sentencing on March 9"): an
  entry titled by the step (case_steps); before, nothing."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PAGE = ("Harbour traders\n"
        "On Monday the tribunal gave the stallholders until March 14 to clear the arcade.\n"
        "Ferry levy\n"
        "The magistrate heard the ferry operators on Tuesday and gave them up to March 20, to reply.\n"
        "Quay fire\n"
        "The watchman admitted the charge and was told to return to court for sentencing on March 9.\n")


def _entries() -> dict[date, tuple[str, str]]:
    return {e.start: (e.title, e.kind) for e in page_events(PAGE, "2029-02-27")}


def test_time_given_to_named_people_is_their_deadline():
    assert _entries()[date(2029, 3, 14)] == ("Deadline for the stallholders to clear the arcade", "deadline")


def test_time_given_to_a_pronoun_names_the_act_only():
    assert _entries()[date(2029, 3, 20)] == ("Deadline to reply", "deadline")


def test_a_step_told_as_a_purpose_is_dated():
    assert _entries()[date(2029, 3, 9)] == ("Sentencing", "event")
