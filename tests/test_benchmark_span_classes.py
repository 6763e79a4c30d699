"""benchmarks/span_classes.py: TBAQ's parts told apart by id, and a TIMEX3's edge counted inside or
outside per class and source, on texts written here (the TBAQ corpus is not needed)."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest

from benchmark_helpers import load_script


@pytest.fixture(scope="module")
def span_classes() -> ModuleType:
    return load_script("span_classes.py")


def test_aquaint_ids_and_timebank_ids_are_told_apart(span_classes) -> None:
    assert span_classes.part_of("APW19980213.1310") == "AQUAINT"
    assert span_classes.part_of("NYT19981025.0188") == "AQUAINT"
    assert span_classes.part_of("XIE19990210.0079") == "AQUAINT"
    assert span_classes.part_of("wsj_0027") == "TimeBank"
    assert span_classes.part_of("VOA19980303.1600.0917") == "TimeBank"
    assert span_classes.source_of("wsj_0027") == "WSJ"


def test_an_edge_is_counted_inside_or_outside_by_source(span_classes) -> None:
    earlier = next(c for c in span_classes.load_classes() if c.name.startswith("earlier/later + this"))
    texts = {"APW1": "Reno agreed to a meeting earlier this week, aides said.",
             "wsj_1": "Earlier this month, the company said it would sell.",
             "wsj_2": "The deal closed later this year, but nobody tagged it."}
    week = texts["APW1"].index("this week")
    month = texts["wsj_1"].index("Earlier")
    spans = {"APW1": [(week, week + len("this week"))],
             "wsj_1": [(month, month + len("Earlier this month"))]}
    counts = span_classes.count_edges(earlier, texts, spans)
    assert {source: str(count) for source, count in counts.items()} == {"APW": "0/1", "WSJ": "1/0"}


def test_every_class_pattern_names_its_core_and_edge(span_classes) -> None:
    classes = span_classes.load_classes()
    assert len(classes) >= 10
    for span_class in classes:
        assert {"core", "edge"} <= set(span_class.pattern.groupindex), span_class.name
        assert isinstance(span_class.pattern, re.Pattern)


@pytest.mark.skipif(not Path("/work/shared/tools/timex_eval.py").exists(), reason="no shared corpora here")
def test_defaults_find_the_shared_corpus_and_scorer_from_a_worktree_too(span_classes) -> None:
    # Engineers run the script from worktrees (/tmp/NAME), where nothing named "shared" stands beside
    # the checkout; its defaults must still reach the corpus and the scorer.
    assert (span_classes.DEFAULT_CORPUS / "tbaq-docs.jsonl").exists()
    assert span_classes.DEFAULT_SCORER.exists()
