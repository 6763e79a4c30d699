"""A clock with no day of its own after "the closing day of the <event>" on its line is on the
last day of the run written before, not on the day the text last wrote (the opening day)."""

from datetime import datetime

from events_helpers import titles_by_start

_PAGE = (
    "The harbour fair returns this summer and runs from June 4 until June 9. It opens with a "
    "lantern parade on June 4 from 6pm-8pm.\n\n"
    "On the closing day of the fair the rowing clubs hold their races. The crews then row back to the "
    "quay, where a grand fireworks display lights the sky from 9-11pm.\n"
)


def test_the_final_days_clock_is_on_the_runs_last_day():
    days = titles_by_start(_PAGE, "2031-05-20")
    assert any("fireworks" in title.lower() for title in days.get("2031-06-09", set()))
    assert not any("fireworks" in title.lower() for title in days.get("2031-06-04", set()))


def test_a_day_written_between_keeps_its_own_clock():
    page = _PAGE.replace("On the closing day of the fair the rowing", "On the closing day of the fair, June 8, the rowing")
    days = titles_by_start(page, "2031-05-20")
    assert any("fireworks" in title.lower() for title in days.get("2031-06-08", set()))


def test_without_a_run_before_nothing_moves():
    page = _PAGE.replace("and runs from June 4 until June 9", "on June 4")
    days = titles_by_start(page, "2031-05-20")
    assert any("fireworks" in title.lower() for title in days.get("2031-06-04", set()))


def test_only_lines_holding_a_final_day_phrase_are_read_word_by_word(monkeypatch):
    """A long line of day-less clocks and no such phrase ("Doors 7pm - buses 10pm - ...") is not split
    into words once for each clock: the phrase is looked for once over the page first."""
    from calfeed.events import final_day_clocks as module
    from calfeed.timex import tag

    read = []
    real = module._phrase_before
    monkeypatch.setattr(module, "_phrase_before", lambda *args: read.append(1) or real(*args))
    line = "The fair runs from June 4 until June 9. " + "Stalls open at 9am and close at 5pm, " * 40
    ordered = sorted(tag(line, datetime(2031, 5, 20).date()), key=lambda t: t.start)
    assert module.final_day_clocks(line, ordered) == ordered
    assert read == []
    page = line + "On the last day of the fair the fireworks start at 10pm."
    ordered = sorted(tag(page, datetime(2031, 5, 20).date()), key=lambda t: t.start)
    module.final_day_clocks(page, ordered)
    assert read
