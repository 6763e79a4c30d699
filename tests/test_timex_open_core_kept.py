"""The year readers (section_years, list_runs, day_heading_years) ask ``open_core`` of each date whose
value opens with an open year several times a text, and of few distinct values: the answer is kept by
value, so each is parsed once. A first TBAQ pass: 1,732.92 -> 1,730.10 million instructions (callgrind,
with the restated-clock reader asking an atom's type before its clock)."""

from __future__ import annotations

from calfeed.model import Timex
from calfeed.timex import section_years


def test_each_open_value_is_parsed_once(monkeypatch):
    """On the parent: parsed once per ask (300 times)."""
    parsed = [0]
    real = section_years.parse

    def counted(value):
        parsed[0] += 1
        return real(value)

    monkeypatch.setattr(section_years, "parse", counted)
    kept = getattr(section_years, "_open_year_core", None)
    if kept is not None:
        kept.cache_clear()
    values = ("XXXX-05-03", "XXXX-Q2", "XXXX-WXX-5")
    for k in range(300):
        value = values[k % 3]
        section_years.open_core(Timex(k, k + 5, "x", "DATE", value, raw_value=value))
    assert parsed[0] == 3


def test_open_cores_are_as_before():
    cases = {"XXXX-05-03": "XXXX-05-03", "XXXX-Q2": "XXXX-Q2", "XXXX-WXX-5": None, "2027-05-03": None,
             "XXXX-05-03;dir=next": None, "XXXX-SU": "XXXX-SU", "XXXX-XX-03": None, "XXXX-05-XXT10:00": "XXXX-05-XXT10:00"}
    for value, core in cases.items():
        assert section_years.open_core(Timex(0, 5, "x", "DATE", value, raw_value=value)) == core, value
    assert section_years.open_core(Timex(0, 5, "x", "DURATION", "XXXX-05-03", raw_value="XXXX-05-03")) is None
