"""TBAQ's two parts scored apart, and where annotators draw a TIMEX3's edge, counted by class and source.

Why: calfeed's strict span F1 on TE3-Platinum trails its relaxed F1 by about ten points, on TBAQ by
four. TBAQ joins TimeBank 1.2 (Wall Street Journal, AP, CNN, VOA, ...) and the AQUAINT files (ids
APW, NYT, XIE), annotated later for TempEval-3, closer in time to the test set. If calfeed's span
habits were TimeBank's alone, AQUAINT's gold would show it: this script scores the two parts apart
and, for each class of ``span_classes.tsv`` (a word beside a date: "earlier" before "this week",
"the" before "past 20 years"), counts every occurrence in the documents whose date a TIMEX3 covers,
and whether that TIMEX3 takes the word too, per source (the id's leading letters), in the gold and
in calfeed's output. A class is worth changing only where the gold agrees with itself.

    PYTHONPATH=. python -m calfeed.cli timex --docs ../shared/corpora/tempeval3/tbaq-docs.jsonl --out tbaq.jsonl
    python benchmarks/span_classes.py --system tbaq.jsonl [--corpus DIR] [--scorer PATH]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_speed import SHARED  # noqa: E402  (the shared corpora, found the same way from a worktree)

from calfeed.tables import read_table  # noqa: E402

DEFAULT_CORPUS = SHARED / "corpora" / "tempeval3"
DEFAULT_SCORER = SHARED / "tools" / "timex_eval.py"
CLASSES = Path(__file__).with_name("span_classes.tsv")
AQUAINT_SOURCES = ("APW", "NYT", "XIE")
_SOURCE = re.compile(r"[A-Za-z]+")

Span = tuple[int, int]


@dataclass(frozen=True)
class SpanClass:
    """A word beside a date; the pattern's group ``edge`` is the word, ``core`` the date a TIMEX3 must
    overlap for the match to count (so a word no annotator tagged a date beside is not counted)."""
    name: str
    pattern: re.Pattern[str]


@dataclass
class EdgeCount:
    """One source's matches: the edge inside the TIMEX3 over the core, or left outside it."""
    inside: int = 0
    outside: int = 0

    def __str__(self) -> str:
        return f"{self.inside}/{self.outside}"


def source_of(doc_id: str) -> str:
    """The news source a TBAQ id names by its leading letters ("wsj_0027" WSJ, "APW19980213.1310" APW)."""
    found = _SOURCE.match(doc_id)
    return found.group(0).upper() if found else "?"


def part_of(doc_id: str) -> str:
    return "AQUAINT" if source_of(doc_id) in AQUAINT_SOURCES else "TimeBank"


def load_classes(path: Path = CLASSES) -> list[SpanClass]:
    return [SpanClass(row["name"], re.compile(row["pattern"])) for row in read_table(path)]


def count_edges(span_class: SpanClass, texts: Mapping[str, str],
                spans: Mapping[str, Iterable[Span]]) -> dict[str, EdgeCount]:
    """By source: how often the TIMEX3 over a match's core also covers its edge (inside) or not."""
    counts: dict[str, EdgeCount] = {}
    for doc_id, text in texts.items():
        doc_spans = sorted(spans.get(doc_id, ()))
        for found in span_class.pattern.finditer(text):
            core_start, core_end = found.span("core")
            cover = next((s for s in doc_spans if s[0] < core_end and s[1] > core_start), None)
            if cover is None:
                continue
            edge_start, edge_end = found.span("edge")
            count = counts.setdefault(source_of(doc_id), EdgeCount())
            if cover[0] <= edge_start and cover[1] >= edge_end:
                count.inside += 1
            else:
                count.outside += 1
    return counts


def read_spans(path: Path) -> dict[str, list[Span]]:
    spans: dict[str, list[Span]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            spans.setdefault(row["id"], []).append((row["start"], row["end"]))
    return spans


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("timex_eval", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def score_parts(scorer: ModuleType, corpus: Path, system: Path) -> list[str]:
    """One line a part: strict / relaxed / type / value F1, by the TempEval-3 scorer's own matching."""
    docs = scorer.load_docs(str(corpus / "tbaq-docs.jsonl"))
    gold = scorer.load_annotations(str(corpus / "tbaq-gold.jsonl"), docs, is_gold=True)
    found = scorer.load_annotations(str(system), docs)
    lines = []
    for part in ("TimeBank", "AQUAINT"):
        ids = [doc_id for doc_id in docs if part_of(doc_id) == part]
        result, _ = scorer.score(gold, found, ids)
        figures = " / ".join(f"{100 * result[k]['f1']:.2f}" for k in ("strict", "relaxed", "type", "value"))
        lines.append(f"{part:9s} {len(ids):4d} docs {result['gold']:5d} gold  {figures}"
                     f"  ({result['relaxed']['correct'] - result['strict']['correct']} partial spans)")
    return lines


def class_lines(texts: Mapping[str, str], gold: Mapping[str, list[Span]],
                found: Mapping[str, list[Span]]) -> list[str]:
    """Per class: inside/outside by source, in the gold and in calfeed's output."""
    lines = []
    for span_class in load_classes():
        lines.append(span_class.name)
        for label, spans in (("gold", gold), ("calfeed", found)):
            counts = count_edges(span_class, texts, spans)
            cells = "  ".join(f"{source} {counts[source]}" for source in sorted(counts))
            lines.append(f"    {label:8s}{cells}")
    return lines


def read_texts(path: Path) -> dict[str, str]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row["text"] for row in rows}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--system", type=Path, required=True, help="calfeed's TBAQ output (JSONL)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    args = parser.parse_args(argv)
    print("part      docs      gold   strict / relaxed / type / value F1")
    for line in score_parts(load_scorer(args.scorer), args.corpus, args.system):
        print(line)
    texts = read_texts(args.corpus / "tbaq-docs.jsonl")
    print("\nedge inside/outside the TIMEX3, by source (AQUAINT: APW NYT XIE)")
    for line in class_lines(texts, read_spans(args.corpus / "tbaq-gold.jsonl"), read_spans(args.system)):
        print(line)


if __name__ == "__main__":
    main()
