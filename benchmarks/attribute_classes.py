"""TIMEX3 type and value errors, and missed and false TIMEX3s, counted by class, document and source.

Why: the scorer's type and value F1 say how many attributes are wrong, not which kind of wrong: a
weekday with a part of the day typed DATE where the gold writes TIME, a year-ago comparison valued as
a year where the gold names the quarter, a week written out where the gold leaves it underspecified.
A class is worth a rule only when it is seen in several documents and the gold agrees with itself, so
this script pairs gold and system TIMEX3s with the TempEval-3 scorer's own matching and counts every
wrong attribute by class (gold shape -> system shape), with the documents it is seen in and the
sources (the id's leading letters: WSJ, APW, NYT, ...), and some examples. Missed and false TIMEX3s
are classed by type and value shape the same way.

    calfeed timex --docs ../shared/corpora/tempeval3/tbaq-docs.jsonl --out tbaq.jsonl
    python benchmarks/attribute_classes.py --system tbaq.jsonl [--gold G --docs D] [--examples 3]

Run it on a development set (TBAQ, the news sets with their re-collected texts), never on the test set.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from span_classes import load_scorer  # noqa: E402  (the TempEval-3 scorer, loaded from its file)
from timex_speed import SHARED  # noqa: E402  (the shared corpora, found the same way from a worktree)

DEFAULT_CORPUS = SHARED / "corpora" / "tempeval3"
DEFAULT_SCORER = SHARED / "tools" / "timex_eval.py"
_SOURCE = re.compile(r"[A-Za-z]+")

# A value's shape, tried in order: the first pattern that matches the whole value names it.
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(pattern)) for name, pattern in (
    ("reference", r"(?:PRESENT|PAST|FUTURE)_REF"),
    ("vague length", r"P(?:T?X\w*)"),
    ("length", r"P[\dT.YMWDHS]+"),
    ("day+clock", r"\d{4}-\d\d-\d\dT\d\d(?::\d\d)*"),
    ("day+part", r"\d{4}-\d\d-\d\dT(?:MO|MI|AF|EV|NI|DT)"),
    ("day", r"\d{4}-\d\d-\d\d"),
    ("weekend", r"\d{4}-W\d\d-WE"),
    ("week", r"\d{4}-W\d\d?"),
    ("month", r"\d{4}-\d\d"),
    ("quarter", r"\d{4}-Q\d"),
    ("half", r"\d{4}-H\d"),
    ("season", r"\d{4}-(?:SP|SU|FA|WI)"),
    ("year", r"\d{4}"),
    ("decade", r"\d{3}X?"),
    ("century", r"\d{2}(?:XX)?"),
))


def value_shape(value: str) -> str:
    """What a value names ("quarter", "day+part", "vague length"); an X in a date makes it underspecified."""
    value = value.strip().upper()
    for name, pattern in _SHAPES:
        if pattern.fullmatch(value):
            return name
    if value[:1] in "0123456789X" and "X" in value:
        return "underspecified date"
    return "other"


def value_class(gold: str, system: str) -> str:
    """gold shape -> system shape; for one shape, whether the system's value lies before or after."""
    gold_shape, system_shape = value_shape(gold), value_shape(system)
    if gold_shape != system_shape:
        return f"{gold_shape} -> {system_shape}"
    if gold_shape in {"length", "vague length", "reference", "other", "underspecified date"}:
        return f"{gold_shape}: another value"
    return f"{gold_shape}: {'earlier' if system.upper() < gold.upper() else 'later'}"


def source_of(doc_id: str) -> str:
    """A document's source by its id's leading letters ("wsj_0027" WSJ, "APW19980213.1310" APW)."""
    found = _SOURCE.match(doc_id)
    return found.group(0).upper() if found else "?"


@dataclass
class ErrorClass:
    """One class of error: every case's document, and the first few cases written out."""
    cases: int = 0
    docs: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)

    def add(self, doc_id: str, example: str, keep: int) -> None:
        self.cases += 1
        self.docs[doc_id] = self.docs.get(doc_id, 0) + 1
        if len(self.examples) < keep:
            self.examples.append(f"{example} ({doc_id})")

    def sources(self) -> str:
        counts: dict[str, int] = {}
        for doc_id in self.docs:
            counts[source_of(doc_id)] = counts.get(source_of(doc_id), 0) + 1
        return " ".join(f"{source} {n}" for source, n in sorted(counts.items()))


@dataclass(frozen=True)
class Timex:
    """The fields of one TIMEX3 this script reads (the scorer's own objects have them too)."""
    start: int
    end: int
    text: str
    type: str
    value: str


def _norm(attribute: str) -> str:
    return attribute.strip().upper()


def _written(timex: Timex) -> str:
    return f'"{timex.text}" {timex.type} {timex.value}'


def classify(pairs: Iterable[tuple[str, Timex | None, Timex | None]],
             keep: int = 3) -> dict[str, dict[str, ErrorClass]]:
    """Errors by kind ("type", "value", "missed", "false") and class, from (doc, gold, system) pairs;
    a pair without its gold is a false TIMEX3, without its system TIMEX3 a missed one."""
    kinds: dict[str, dict[str, ErrorClass]] = {"type": {}, "value": {}, "missed": {}, "false": {}}

    def add(kind: str, name: str, doc_id: str, example: str) -> None:
        kinds[kind].setdefault(name, ErrorClass()).add(doc_id, example, keep)

    for doc_id, gold, system in pairs:
        if gold is None and system is not None:
            add("false", f"{system.type} {value_shape(system.value)}", doc_id, _written(system))
        elif system is None and gold is not None:
            add("missed", f"{gold.type} {value_shape(gold.value)}", doc_id, _written(gold))
        elif gold is not None and system is not None:
            example = f"gold {_written(gold)} / system {_written(system)}"
            if _norm(gold.type) != _norm(system.type):
                add("type", f"{_norm(gold.type)} -> {_norm(system.type)}", doc_id, example)
            if _norm(gold.value) != _norm(system.value):
                add("value", value_class(gold.value, system.value), doc_id, example)
    return kinds


def scored_pairs(scorer: ModuleType, gold_path: Path, system_path: Path,
                 docs_path: Path) -> list[tuple[str, Timex | None, Timex | None]]:
    """(doc, gold, system) for every relaxed pair, missed and false TIMEX3, by the scorer's matching."""
    docs = scorer.load_docs(str(docs_path))
    gold = scorer.load_annotations(str(gold_path), docs, is_gold=True)
    found = scorer.load_annotations(str(system_path), docs)
    rows: list[tuple[str, Timex | None, Timex | None]] = []
    for doc_id in docs:
        doc_gold, doc_found = gold.get(doc_id, []), found.get(doc_id, [])
        paired_gold, paired_found = set(), set()
        for g, s, _strict in scorer.match_doc(doc_gold, doc_found):
            paired_gold.add(g)
            paired_found.add(s)
            rows.append((doc_id, _timex(doc_gold[g]), _timex(doc_found[s])))
        rows.extend((doc_id, _timex(t), None) for i, t in enumerate(doc_gold) if i not in paired_gold)
        rows.extend((doc_id, None, _timex(t)) for i, t in enumerate(doc_found) if i not in paired_found)
    return rows


def _timex(row: object) -> Timex:
    return Timex(row.start, row.end, row.text, row.type, row.value)  # type: ignore[attr-defined]


def report(kinds: Mapping[str, Mapping[str, ErrorClass]]) -> list[str]:
    """One block a kind; its classes by the number of documents, then of cases."""
    lines = []
    for kind, classes in kinds.items():
        total = sum(c.cases for c in classes.values())
        lines.append(f"{kind} ({total}): class | cases | documents | sources")
        ranked = sorted(classes.items(), key=lambda item: (-len(item[1].docs), -item[1].cases, item[0]))
        for name, error_class in ranked:
            lines.append(f"  {name} | {error_class.cases} | {len(error_class.docs)} | {error_class.sources()}")
            lines.extend(f"      {example}" for example in error_class.examples)
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--system", type=Path, required=True, help="calfeed's output (JSONL)")
    parser.add_argument("--gold", type=Path, default=DEFAULT_CORPUS / "tbaq-gold.jsonl")
    parser.add_argument("--docs", type=Path, default=DEFAULT_CORPUS / "tbaq-docs.jsonl")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--examples", type=int, default=3, help="cases written out per class")
    args = parser.parse_args(argv)
    rows = scored_pairs(load_scorer(args.scorer), args.gold, args.system, args.docs)
    for line in report(classify(rows, args.examples)):
        print(line)


if __name__ == "__main__":
    main()
