"""A news set's re-collected texts checked against its SOURCES.md and gold, and written as scorer input.

Why: the news sets (benchmarks/rounds/news3*) store no texts, only each story's address, length and SHA-1
and the gold's offsets, so every session takes the stories again from the `search` tool's pages and
must know that each text is the one the gold was written on before scoring it. A text is kept when its
SHA-1 (UTF-8, one final newline) and length are those of SOURCES.md; one that differs is still kept
when every gold span of its story stands at its offsets (the scores are then the same), and reported.

    python benchmarks/news_docs.py news39 DIR --docs news39-docs.jsonl --gold news39-gold.jsonl

DIR holds one ID.txt a story. The docs file gets the checked stories with SOURCES.md's dct; the gold
file the gold lines of those stories, so a set collected in part is scored on what it holds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

ROUNDS = Path(__file__).resolve().parent / "rounds"
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_SHA = re.compile(r"[0-9a-f]{12}")


@dataclass(frozen=True)
class Source:
    """One story's row of SOURCES.md: what a re-collected text must match."""
    story: str
    dct: str
    chars: int
    sha1: str


def read_sources(path: Path) -> dict[str, Source]:
    """The stories of a SOURCES.md table, its columns found by the header's names (id, dct, chars, sha1)."""
    sources: dict[str, Source] = {}
    columns: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not columns:
            if {"id", "dct", "chars", "sha1"} <= set(cells):
                columns = {name: cells.index(name) for name in ("id", "dct", "chars", "sha1")}
            continue
        if len(cells) < len(columns) or not _DAY.fullmatch(cells[columns["dct"]]):
            continue
        chars, sha1 = cells[columns["chars"]], cells[columns["sha1"]]
        if chars.isdigit() and _SHA.fullmatch(sha1):
            story = cells[columns["id"]]
            sources[story] = Source(story, cells[columns["dct"]], int(chars), sha1)
    return sources


def saved_form(text: str) -> str:
    """The text as the sets saved it: one final newline."""
    return text.rstrip("\n") + "\n"


def fingerprint(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def misplaced_spans(text: str, gold_lines: list[dict]) -> list[str]:
    """The gold spans that do not stand at their offsets in the text."""
    return [line["text"] for line in gold_lines if text[line["start"]:line["end"]] != line["text"]]


def check(source: Source, text: str, gold_lines: list[dict]) -> tuple[bool, str]:
    """Whether the text can be scored against the gold, and a line saying why."""
    if fingerprint(text) == source.sha1 and len(text) == source.chars:
        return True, f"{source.story}: the text as saved"
    misplaced = misplaced_spans(text, gold_lines)
    detail = f"sha1 {fingerprint(text)} != {source.sha1}, {len(text)} != {source.chars} chars"
    if not misplaced:
        return True, f"{source.story}: {detail}; every gold span in place"
    return False, f"{source.story}: {detail}; {len(misplaced)} gold spans out of place ({misplaced[0]!r})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="the set's folder under benchmarks/rounds (news39)")
    parser.add_argument("texts", type=Path, help="a folder of ID.txt files")
    parser.add_argument("--docs", type=Path, required=True)
    parser.add_argument("--gold", type=Path, required=True)
    args = parser.parse_args(argv)
    folder = ROUNDS / args.set
    sources = read_sources(folder / "SOURCES.md")
    gold: dict[str, list[dict]] = {}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold.setdefault(row["id"], []).append(row)
    kept = []
    for story, source in sources.items():
        path = args.texts / f"{story}.txt"
        if not path.exists():
            print(f"{story}: no text")
            continue
        text = saved_form(path.read_text(encoding="utf-8"))
        ok, why = check(source, text, gold.get(story, []))
        print(why)
        if ok:
            kept.append((source, text))
    with args.docs.open("w", encoding="utf-8") as docs, args.gold.open("w", encoding="utf-8") as out:
        for source, text in kept:
            docs.write(json.dumps({"id": source.story, "dct": source.dct, "text": text}) + "\n")
            for row in gold.get(source.story, []):
                out.write(json.dumps(row) + "\n")
    print(f"{len(kept)} of {len(sources)} stories kept")


if __name__ == "__main__":
    main()
