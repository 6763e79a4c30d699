"""How fast a whole build is, stage by stage, and whether it stays linear as documents grow.

``timex_speed.py`` measures the tagger alone. A user waits for the whole build: reading,
tagging, resolving (twice: once to date the document, once against that date), framing events,
and writing feeds. This script times each stage of :func:`calfeed.pipeline.build` on a folder
(the bundled ``seeds/`` by default) by wrapping the pipeline's own stage functions, so the
figures are of the code the CLI runs, not of a copy of it.

Growth: the framing stage compares events and sentences with one another, which is where
quadratic work hides. Two kinds of single documents of about ``--small`` and ``--big``
characters are built after a warm-up on the seeds: news texts from TBAQ (if present) joined,
each size from its own texts, and a generated schedule page dense with dated meetings and
deadlines (news has few of them, and pairwise merges of events only cost where events are
many). Time per KB at the big size over that at the small one should stay near 1.

Times are CPU seconds of this process (``time.process_time``), so other load on the machine
does not count.

    python benchmarks/build_speed.py [--docs seeds] [--tbaq ../shared/corpora/tempeval3/tbaq-docs.jsonl]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from calfeed import pipeline
from timex_speed import DEFAULT_DOCS, load_docs     # the same TBAQ, found and read the same way

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("read_document", "extract", "infer_reference_date", "resolve", "frame_events", "merge_events")
TODAY = date(2026, 11, 30)          # fixed, so that every run frames the same events


def timed_stages() -> tuple[dict[str, float], Callable[[], None]]:
    """Wrap the pipeline's stage functions to add their CPU seconds up; returns the totals and
    a function that puts the originals back."""
    totals: dict[str, float] = defaultdict(float)
    originals = {name: getattr(pipeline, name) for name in STAGES}

    def wrap(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            began = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                totals[name] += time.process_time() - began
        return timed

    for name, function in originals.items():
        setattr(pipeline, name, wrap(name, function))

    def restore() -> None:
        for name, function in originals.items():
            setattr(pipeline, name, function)
    return totals, restore


def build_seconds(folder: Path) -> tuple[float, float, dict[str, float], int, int]:
    """CPU seconds of building and rendering ``folder``; also the rendering's share, the
    stages' totals, the characters read and the events framed."""
    options = pipeline.Options(today=TODAY)
    totals, restore = timed_stages()
    try:
        began = time.process_time()
        result = pipeline.build([folder], options)
        built = time.process_time()
        pipeline.render_outputs(result, options)
        ended = time.process_time()
    finally:
        restore()
    chars = sum(len(d.document.text) for d in result.documents)
    return ended - began, ended - built, dict(totals), chars, len(result.events)


def joined_documents(texts: list[str], size: int, count: int) -> list[str]:
    """``count`` documents of about ``size`` characters, each joined from texts no other
    document uses; the texts used are taken off the front of ``texts``."""
    documents: list[str] = []
    current: list[str] = []
    length = 0
    while texts and len(documents) < count:
        current.append(texts.pop(0))
        length += len(current[-1])
        if length >= size:
            documents.append("\n\n".join(current))
            current, length = [], 0
    return documents


SCHEDULE_TOPICS = ("budget", "library", "parks", "transport", "housing", "schools", "planning", "arts",
                   "water", "youth", "health", "heritage")
SCHEDULE_LINES = (
    "- {weekday} {day} {month} {year}, {hour}:00 pm: {Topic} committee meeting, Room {room}, Town Hall",
    "Applications for the {topic} grant close at 5 pm on {day} {month} {year}.",
    "{Topic} forum | {month} {day}, {year} | {hour}:30 p.m. | Community Centre",
    "The {topic} consultation runs from {day} {month} to {day2} {month} {year}; comments are due by then.",
)


def schedule_page(size: int, seed: int) -> str:
    """A page of about ``size`` characters listing meetings and deadlines on many days of
    2028-2029, every line its own event: the load that pairwise event merging pays for."""
    pick = random.Random(seed)
    lines: list[str] = []
    length = 0
    while length < size:
        day = date(2028, 1, 1).toordinal() + pick.randrange(700)
        when = date.fromordinal(day)
        topic = pick.choice(SCHEDULE_TOPICS)
        line = pick.choice(SCHEDULE_LINES).format(
            weekday=f"{when:%A}", day=when.day, day2=max(when.day, min(when.day + 7, 28)), month=f"{when:%B}", year=when.year,
            hour=pick.randrange(5, 9), topic=topic, Topic=topic.capitalize(), room=pick.randrange(1, 40))
        lines.append(line)
        length += len(line) + 1
    return "Council calendar\n\n" + "\n".join(lines) + "\n"


def per_kb(documents: list[str]) -> float | None:
    """CPU milliseconds per KB of building each document on its own; None when there is none
    (the sizes asked for are more than the texts hold)."""
    seconds, chars = 0.0, 0
    with tempfile.TemporaryDirectory() as folder:
        for n, text in enumerate(documents):
            path = Path(folder) / f"joined_{n}.txt"
            path.write_text(text, encoding="utf-8")
            spent, _, _, read, _ = build_seconds(path)
            path.unlink()
            seconds += spent
            chars += read
    return 1000 * seconds / (chars / 1000) if chars else None


def growth(label: str, small: float | None, big: float | None, sizes: tuple[int, int]) -> str:
    if small is None or big is None:
        return f"growth, {label}: skipped (not enough text for both sizes)"
    return (f"growth, {label}: {small:.1f} ms/KB at ~{sizes[0] // 1000} KB, {big:.1f} ms/KB at "
            f"~{sizes[1] // 1000} KB ({big / small:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=ROOT / "seeds", help="folder of documents to build")
    parser.add_argument("--tbaq", type=Path, default=DEFAULT_DOCS, help="TempEval docs JSONL for the growth test")
    parser.add_argument("--small", type=int, default=20_000, help="characters of a small joined document")
    parser.add_argument("--big", type=int, default=200_000, help="characters of a big joined document")
    args = parser.parse_args()

    began = time.process_time()
    build_seconds(args.docs)                        # the first build pays the setup
    setup = time.process_time() - began
    total, rendering, stages, chars, events = build_seconds(args.docs)
    print(f"first build of {args.docs} (setup included): {setup:.2f} s CPU")
    print(f"warm build: {chars:,} characters, {events} events in {total:.3f} s CPU "
          f"({chars / total / 1000:.1f} KB/s)")
    for name in STAGES:
        print(f"  {name:22s} {stages.get(name, 0.0):7.3f} s")
    print(f"  {'render_outputs':22s} {rendering:7.3f} s")
    sizes = (args.small, args.big)
    count = max(1, args.big // args.small)
    print(growth("schedule pages", per_kb([schedule_page(args.small, seed) for seed in range(count)]),
                 per_kb([schedule_page(args.big, seed=99)]), sizes))
    if not args.tbaq.exists():
        print(f"growth, news: skipped ({args.tbaq} not found)")
        return
    texts = [text for text, _ in load_docs(args.tbaq)]
    small_docs = joined_documents(texts, args.small, count=count)
    big_docs = joined_documents(texts, args.big, count=1)
    print(growth("news", per_kb(small_docs), per_kb(big_docs), sizes))


if __name__ == "__main__":
    main()
