"""Repeat rules read as words in the report."""

import pytest

from calfeed.feeds.recurrence import in_words


@pytest.mark.parametrize("rule, words", [
    ("FREQ=WEEKLY;BYDAY=TU", "every Tuesday"),
    ("FREQ=WEEKLY;BYDAY=TU,TH", "every Tuesday and Thursday"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "every Monday (every other week)"),
    ("FREQ=MONTHLY;BYDAY=1MO", "on the first Monday of every month"),
    ("FREQ=MONTHLY;BYDAY=-1FR", "on the last Friday of every month"),
    ("FREQ=DAILY", "every day"),
    ("FREQ=YEARLY", "every year"),
    ("FREQ=WEEKLY;BYDAY=WE;UNTIL=20270625T235959Z", "every Wednesday until 2027-06-25"),
    ("FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=MONTHLY;BYMONTHDAY=15"),
])
def test_rule_in_words(rule, words):
    assert in_words(rule) == words
