"""`calfeed timex`, the public evaluation entry point, scored by the TempEval-3 scorer.

The corpora and the scorer live in ``../shared`` beside the main checkout, or in /work/shared for a
worktree elsewhere (they are not ours to ship; benchmarks/timex_speed.py finds them); without them
these tests are skipped. The floors are well under what the
tagger scores on these TBAQ documents, so they catch breakage, not noise.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from calfeed.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from timex_speed import SHARED  # noqa: E402

TBAQ = SHARED / "corpora" / "tempeval3"
SCORER = SHARED / "tools" / "timex_eval.py"
FIRST_DOCS = 40

pytestmark = pytest.mark.skipif(not (TBAQ / "tbaq-docs.jsonl").exists() or not SCORER.exists(),
                                reason="TempEval-3 corpora and scorer not found beside the checkout")


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[Path, Path]:
    """The first TBAQ documents and their gold annotations, as a small corpus of their own."""
    folder = tmp_path_factory.mktemp("tbaq")
    lines = (TBAQ / "tbaq-docs.jsonl").read_text(encoding="utf-8").splitlines()[:FIRST_DOCS]
    ids = {json.loads(line)["id"] for line in lines}
    gold = [line for line in (TBAQ / "tbaq-gold.jsonl").read_text(encoding="utf-8").splitlines()
            if json.loads(line)["id"] in ids]
    (folder / "sample-docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "sample-gold.jsonl").write_text("\n".join(gold) + "\n", encoding="utf-8")
    return folder / "sample-docs.jsonl", folder / "sample-gold.jsonl"


def test_timex_command_output_scores_well(sample, tmp_path: Path):
    docs, gold = sample
    out = tmp_path / "system.jsonl"
    run = CliRunner().invoke(main, ["timex", "--docs", str(docs), "--out", str(out)])
    assert run.exit_code == 0, run.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in docs.read_text().splitlines()}
    for row in rows:
        assert set(row) >= {"id", "start", "end", "text", "type", "value"}
        assert texts[row["id"]][row["start"]:row["end"]] == row["text"]
    scored = subprocess.run([sys.executable, str(SCORER), "score", "--gold", str(gold), "--docs", str(docs),
                             "--system", str(out), "--json"], capture_output=True, text=True, check=True)
    result = json.loads(scored.stdout)
    assert result["strict"]["f1"] > 0.82
    assert result["relaxed"]["f1"] > 0.88
    assert result["type"]["f1"] > 0.84
    assert result["value"]["f1"] > 0.70


def test_timeml_output_is_well_formed_and_keeps_the_text(sample, tmp_path: Path):
    docs, _ = sample
    out = tmp_path / "tml"
    out.mkdir()
    run = CliRunner().invoke(main, ["timex", "--docs", str(docs), "--out", str(out), "--format", "timeml"])
    assert run.exit_code == 0, run.output
    first = json.loads(docs.read_text(encoding="utf-8").splitlines()[0])
    root = ET.parse(out / f"{first['id']}.tml").getroot()
    text = root.find(".//TEXT")
    assert text is not None
    assert "".join(text.itertext()) == first["text"]
    timexes = text.findall(".//TIMEX3")
    assert timexes and all(t.get("type") and t.get("value") and t.get("tid") for t in timexes)
