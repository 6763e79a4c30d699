"""benchmarks/news_docs.py: a news set's re-collected texts checked by SHA-1, length and gold offsets,
on a set written here, and the four sets' SOURCES.md tables read whole."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

from benchmark_helpers import BENCHMARKS, load_script

STORY = "Harbour board names new chair\n\nThe board met on Thursday and will vote again next month.\n"


@pytest.fixture(scope="module")
def news_docs() -> ModuleType:
    return load_script("news_docs.py")


def _gold(words: str, text: str = STORY) -> dict:
    start = text.index(words)
    return {"id": "hb_board", "start": start, "end": start + len(words), "text": words,
            "type": "DATE", "value": "XXXX"}


def _sources(sha1: str, chars: int) -> str:
    return ("| id | dct | source | country | genre | timexes | chars | sha1 | address |\n"
            "|---|---|---|---|---|---|---|---|---|\n"
            f"| hb_board | 2019-05-02 | Gazette | X | business | 2 | {chars} | {sha1} | https://example.org/b |\n")


def test_each_sets_table_is_read_whole(news_docs) -> None:
    rounds = BENCHMARKS / "rounds"
    for name in ("news35", "news36", "news37", "news39"):
        sources = news_docs.read_sources(rounds / name / "SOURCES.md")
        assert len(sources) >= 20, name
        # a SHA-1 written with digits only must not be taken for the length
        assert all(source.chars < 5000 and len(source.sha1) == 12 for source in sources.values()), name


def test_the_saved_text_passes_and_a_shifted_one_is_told(news_docs, tmp_path) -> None:
    table = tmp_path / "SOURCES.md"
    table.write_text(_sources(news_docs.fingerprint(STORY), len(STORY)))
    source = news_docs.read_sources(table)["hb_board"]
    assert source.dct == "2019-05-02"
    gold = [_gold("Thursday"), _gold("next month")]
    assert news_docs.check(source, STORY, gold) == (True, "hb_board: the text as saved")
    # a photo caption left in before the story moves every offset: not scored
    shifted = "Photo: the harbour\n" + STORY
    ok, why = news_docs.check(source, shifted, gold)
    assert not ok and "2 gold spans out of place ('Thursday')" in why
    # a different ending leaves the offsets in place: scored, and said
    longer = STORY + "More to follow.\n"
    ok, why = news_docs.check(source, longer, gold)
    assert ok and why.endswith("every gold span in place")


def test_a_text_is_saved_with_one_final_newline(news_docs) -> None:
    assert news_docs.saved_form("Body text.\n\n\n") == "Body text.\n"
    assert news_docs.saved_form("Body text.") == "Body text.\n"
    assert json.loads(json.dumps(news_docs.saved_form("a"))) == "a\n"
