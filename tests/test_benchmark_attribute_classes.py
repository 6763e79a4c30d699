"""benchmarks/attribute_classes.py: wrong types and values, missed and false TIMEX3s counted by class,
document and source, on pairs written here (no corpus needed), and on the scorer's matching when the
shared scorer is there."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from benchmark_helpers import load_script

SCORER = Path("/work/shared/tools/timex_eval.py")


@pytest.fixture(scope="module")
def attribute_classes() -> ModuleType:
    return load_script("attribute_classes.py")


@pytest.mark.parametrize("value, shape", [
    ("2004", "year"), ("2004-Q3", "quarter"), ("2004-H1", "half"), ("2004-SU", "season"),
    ("2004-07", "month"), ("2004-W07", "week"), ("2004-W7", "week"), ("2004-W27-WE", "weekend"),
    ("2004-07-16", "day"), ("2004-07-16TEV", "day+part"), ("2004-07-16T09:30", "day+clock"),
    ("2004-07-16T24", "day+clock"), ("198", "decade"), ("198X", "decade"), ("19", "century"),
    ("P3Y", "length"), ("PT24H", "length"), ("P1.5Y", "length"), ("PXY", "vague length"),
    ("PTXM", "vague length"), ("PAST_REF", "reference"), ("2004-WXX", "underspecified date"),
    ("XXXX-XX-XX", "underspecified date"), ("2004-QX", "underspecified date"), ("P1E", "other"),
])
def test_a_value_is_shaped_by_what_it_names(attribute_classes, value, shape) -> None:
    assert attribute_classes.value_shape(value) == shape


def test_a_value_class_names_both_shapes_or_the_direction_of_the_miss(attribute_classes) -> None:
    value_class = attribute_classes.value_class
    assert value_class("2004-Q2", "2004") == "quarter -> year"
    assert value_class("2004-07-16", "2004-07-16TMO") == "day -> day+part"
    assert value_class("2004-07-09", "2004-07-16") == "day: later"
    assert value_class("2004-W28", "2004-W27") == "week: earlier"
    assert value_class("P2D", "P3D") == "length: another value"


def test_errors_are_counted_by_class_with_their_documents_and_sources(attribute_classes) -> None:
    timex = attribute_classes.Timex
    rows = [
        ("ab_0001", timex(0, 13, "Sunday night", "TIME", "2004-07-18TNI"),
         timex(0, 13, "Sunday night", "DATE", "2004-07-18TNI")),
        ("ab_0002", timex(5, 20, "Tuesday evening", "TIME", "2004-07-20TEV"),
         timex(5, 20, "Tuesday evening", "DATE", "2004-07-20TEV")),
        ("cd_0003", timex(9, 18, "last year", "DATE", "2003-Q2"),
         timex(9, 18, "last year", "DATE", "2003")),
        ("cd_0003", timex(30, 36, "Friday", "DATE", "2004-07-16"),
         timex(30, 36, "Friday", "DATE", "2004-07-16")),
        ("cd_0004", timex(2, 8, "lately", "DATE", "PAST_REF"), None),
        ("cd_0004", None, timex(40, 47, "a while", "DURATION", "PXX")),
    ]
    kinds = attribute_classes.classify(rows, keep=1)
    types = kinds["type"]["TIME -> DATE"]
    assert (types.cases, sorted(types.docs), types.sources()) == (2, ["ab_0001", "ab_0002"], "AB 2")
    assert types.examples == ['gold "Sunday night" TIME 2004-07-18TNI / '
                              'system "Sunday night" DATE 2004-07-18TNI (ab_0001)']
    assert list(kinds["value"]) == ["quarter -> year"]
    assert list(kinds["missed"]) == ["DATE reference"]
    assert list(kinds["false"]) == ["DURATION vague length"]
    lines = attribute_classes.report(kinds)
    assert lines[0] == "type (2): class | cases | documents | sources"
    assert lines[1] == "  TIME -> DATE | 2 | 2 | AB 2"


@pytest.mark.skipif(not SCORER.exists(), reason="no shared scorer here")
def test_pairs_come_from_the_scorers_own_matching(attribute_classes, tmp_path) -> None:
    text = "The board met on Monday morning and will meet again in two weeks, officials said."
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "ef_0001", "dct": "2004-07-21", "text": text}) + "\n")

    def line(words: str, type_: str, value: str) -> str:
        start = text.index(words)
        return json.dumps({"id": "ef_0001", "start": start, "end": start + len(words), "text": words,
                           "type": type_, "value": value})

    gold = tmp_path / "gold.jsonl"
    gold.write_text(line("Monday morning", "TIME", "2004-07-19TMO") + "\n"
                    + line("two weeks", "DURATION", "P2W") + "\n")
    system = tmp_path / "system.jsonl"
    system.write_text(line("Monday", "DATE", "2004-07-19") + "\n")
    rows = attribute_classes.scored_pairs(attribute_classes.load_scorer(SCORER), gold, system, docs)
    kinds = attribute_classes.classify(rows)
    assert list(kinds["type"]) == ["TIME -> DATE"]          # a relaxed match: "Monday" inside the gold
    assert list(kinds["value"]) == ["day+part -> day"]
    assert list(kinds["missed"]) == ["DURATION length"]
    assert kinds["false"] == {}
