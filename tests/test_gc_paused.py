"""The collector is held off only while a text is tagged, and left as the caller had it."""

import gc
from datetime import date

import pytest

from calfeed.timex import extract, resolve, tag
from calfeed.timex.gc_paused import collector_paused


@pytest.fixture
def collector_on():
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


def test_off_inside_a_tagging_call_and_on_again_after(collector_on):
    seen = []

    @collector_paused
    def probe() -> None:
        seen.append(gc.isenabled())

    probe()
    assert seen == [False]
    assert gc.isenabled()


def test_left_off_when_the_caller_had_it_off(collector_on):
    gc.disable()
    try:
        tag("The meeting will be held on 8 December 2011.", date(2011, 6, 23))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_restored_when_the_call_raises(collector_on):
    @collector_paused
    def fails() -> None:
        raise ValueError("no date")

    with pytest.raises(ValueError):
        fails()
    assert gc.isenabled()


def test_extract_and_resolve_restore_it(collector_on):
    text = "Talks resumed on Monday and will end later this year."
    found = resolve(extract(text), text, date(2011, 6, 23))
    assert [t.text for t in found] == ["Monday", "later this year"]
    assert gc.isenabled()
