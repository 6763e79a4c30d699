"""benchmarks/pass_instructions.py --only: one function's calls counted alone, each outermost call run
inside sys.call_tracing (what callgrind is told to count), under every name calfeed imported it by."""

from __future__ import annotations

import sys
from datetime import date
from types import ModuleType

import pytest

from benchmark_helpers import load_script

from calfeed.timex import extractor, openings, tag, tense


@pytest.fixture(scope="module")
def pass_instructions() -> ModuleType:
    return load_script("pass_instructions.py")


@pytest.fixture
def traced(monkeypatch) -> list:
    """The functions sys.call_tracing was asked to run, in order."""
    seen: list = []
    plain = sys.call_tracing

    def recording(function, args):
        seen.append(getattr(function, "func", function))
        return plain(function, args)

    monkeypatch.setattr(sys, "call_tracing", recording)
    return seen


def test_a_module_function_is_counted_under_the_names_modules_imported_it_by(pass_instructions, traced, monkeypatch):
    original = openings.opened_at
    monkeypatch.setattr(openings, "opened_at", original)      # restored after the test
    monkeypatch.setattr(extractor, "opened_at", original)
    calls = pass_instructions.counted_alone("calfeed.timex.openings:opened_at")
    found = tag("The board met on 3 March 2027 and will meet again next Tuesday.", date(2027, 3, 1))
    assert [t.text for t in found] == ["3 March 2027", "next Tuesday"]
    assert calls == [1] and traced == [original]     # extractor calls it by the name it imported
    assert extractor.opened_at is openings.opened_at


def test_a_method_is_counted_once_per_outermost_call(pass_instructions, traced, monkeypatch):
    original = tense._Candidates.__init__
    monkeypatch.setattr(tense._Candidates, "__init__", original)
    calls = pass_instructions.counted_alone("calfeed.timex.tense:_Candidates.__init__")
    tag("Officials said on Friday the plant would reopen in May. Workers will return on 4 June.",
        date(2027, 3, 1))
    assert calls[0] >= 1 and traced == [original] * calls[0]


def test_calls_a_counted_call_makes_to_the_function_run_inside_it(pass_instructions, traced):
    module = ModuleType("calfeed_recursive_probe")

    def countdown(n: int) -> int:
        return 0 if n == 0 else 1 + module.countdown(n - 1)

    module.countdown = countdown
    sys.modules[module.__name__] = module
    try:
        calls = pass_instructions.counted_alone("calfeed_recursive_probe:countdown")
        assert module.countdown(4) == 4
        assert calls == [1] and traced == [countdown]
    finally:
        del sys.modules[module.__name__]
