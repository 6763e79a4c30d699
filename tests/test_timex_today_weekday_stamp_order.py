"""A message's own stamp ("Message: 01/12/2021 3:51pm") is the day the message calls today, so a
weekday it gives that day ("Mass tonight, Tuesday, at 6pm", "Today is Tuesday") shows the stamp's
order: 12 January 2021 was a Tuesday, 1 December 2021 a Wednesday (round 42 class 3)."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex.numeric_order import day_first_in

MESSAGE = ("Parish app message: 01/12/2021 3:51pm\n\n"
           "The roads are icy but the church lot has been salted. There is Mass tonight, Tuesday, at 6pm, "
           "and the hall stays open for the food drive.\n")


def test_the_weekday_of_tonight_reads_the_stamp_month_first():
    assert day_first_in(MESSAGE, default=True, today=date(2026, 12, 2)) is False


def test_the_weekday_of_today_reads_a_stamp_day_first():
    text = "Club notice 12/01/2021 09:10\n\nToday is Tuesday, and the ground is frozen: no training tonight.\n"
    assert day_first_in(text, default=False, today=date(2026, 12, 2)) is True


def test_a_weekday_said_of_another_day_shows_nothing():
    text = "Parish app message: 01/12/2021 3:51pm\n\nThe next Mass is on Tuesday at 6pm.\n"
    assert day_first_in(text, default=True, today=date(2026, 12, 2)) is True


def test_the_message_s_mass_is_on_its_own_tuesday():
    doc = Document("message.txt", MESSAGE)
    events = process_document(doc, Options(day_first=True, today=date(2026, 12, 2))).events
    masses = [str(e.start) for e in events if e.title == "Mass"]
    assert masses == ["2021-01-12 18:00:00"], [(e.title, e.start) for e in events]


def test_every_listed_today_word_and_link_is_read(monkeypatch):
    """The words tried are as long as the lists' entries: a word of another length added to
    today_words or today_weekday_links is read, not skipped."""
    from calfeed.timex import numeric_order
    import calfeed.events.vocabulary as vocabulary

    lists = {"today_words": frozenset({"today", "tonight", "now"}),
             "today_weekday_links": frozenset({",", "is", "was"})}
    real = vocabulary.word_list
    monkeypatch.setattr(vocabulary, "word_list", lambda name, *a: lists.get(name) or real(name, *a))
    numeric_order._today_weekday.cache_clear()
    try:
        text = "Club notice 12/01/2021 09:10\n\nNow was Tuesday, and the ground is frozen.\n"
        assert day_first_in(text, default=False, today=date(2026, 12, 2)) is True
    finally:
        numeric_order._today_weekday.cache_clear()
