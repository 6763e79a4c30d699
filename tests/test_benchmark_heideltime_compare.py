"""benchmarks/heideltime_compare.py without HeidelTime: TimeML output placed back in the text, the
shape classes, the per-TIMEX3 comparison, and the refusal to touch the test set."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from benchmark_helpers import load_script

DOC = {"id": "d1", "dct": "2019-05-02", "text": "Rates & fees rose on Tuesday.\n\nThey fell in March 2018, a year ago."}


@pytest.fixture(scope="module")
def compare() -> ModuleType:
    return load_script("heideltime_compare.py")


def test_timeml_output_is_placed_back_in_the_text(compare: ModuleType) -> None:
    timeml = ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
              'Rates &amp; fees rose on <TIMEX3 tid="t1" type="DATE" value="2019-04-30">Tuesday</TIMEX3>.\n\n'
              'They fell in <TIMEX3 tid="t2" type="DATE" value="2018-03">March 2018</TIMEX3>, '
              '<TIMEX3 tid="t3" type="DATE" value="2018">a year ago</TIMEX3>.\n</TimeML>\n')
    tags = compare._spans(DOC, timeml)
    assert [(DOC["text"][t.start:t.end], t.type, t.value) for t in tags] == [
        ("Tuesday", "DATE", "2019-04-30"), ("March 2018", "DATE", "2018-03"), ("a year ago", "DATE", "2018")]


def test_shapes_class_numbers_months_and_weekdays(compare: ModuleType) -> None:
    assert compare.shape("Sept. 14") == "<month> 9"
    assert compare.shape("late Tuesday afternoon") == "late <weekday> afternoon"
    assert compare.shape("1964-85") == "9-9"


def test_each_side_is_credited_where_only_it_is_right(compare: ModuleType) -> None:
    Tag = compare.Tag
    ago = DOC["text"].index("a year ago")
    gold = [Tag("d1", 21, 28, "Tuesday", "DATE", "2019-04-30"), Tag("d1", ago, ago + 10, "a year ago", "DATE", "2018")]
    heidel = [Tag("d1", 21, 28, "Tuesday", "DATE", "2019-05-07"),
              Tag("d1", ago - 2, ago + 10, ", a year ago", "DATE", "2018")]    # its span one comma wide
    ours = [Tag("d1", 21, 28, "Tuesday", "DATE", "2019-04-30")]
    found = compare.compare(gold, heidel, ours)
    assert [g.text for g, _, _ in found[("calfeed", "value")]] == ["Tuesday"]
    assert [g.text for g, _, _ in found[("heideltime", "value")]] == ["a year ago"]
    assert [g.text for g, _, _ in found[("heideltime", "type")]] == ["a year ago"]
    assert ("heideltime", "span") not in found and ("calfeed", "type") not in found


def test_the_test_set_is_refused(compare: ModuleType, tmp_path: Path) -> None:
    assert compare.main(["--docs", str(tmp_path / "platinum-docs.jsonl"), "--gold", str(tmp_path / "g.jsonl"),
                         "--work", str(tmp_path / "w")]) == 2
