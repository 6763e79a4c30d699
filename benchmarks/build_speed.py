"""How fast a whole build is, stage by stage, and whether it stays linear as documents grow.

``timex_speed.py`` measures the tagger alone. A user waits for the whole build: reading,
tagging, resolving (twice: once to date the document, once against that date), framing events,
and writing feeds. This script times each stage of :func:`calfeed.pipeline.build` on a folder
(the bundled ``seeds/`` by default) by wrapping the pipeline's own stage functions, so the
figures are of the code the CLI runs, not of a copy of it.

Growth: the framing stage compares events and sentences with one another, which is where
quadratic work hides, and dating a document re-reads it whole. Single documents of about
``--small`` and ``--big`` characters are built after a warm-up on the seeds, in five shapes:
news texts from TBAQ (if present) joined, each size from its own texts; a generated schedule
page dense with dated meetings and deadlines (news has few of them, and pairwise merges of
events only cost where events are many); a web page's table of events (a club's archive, one
row a day); a Markdown diary of dated items under month headings; and a plain-text newsletter
of dated prose. For each shape the time per KB at the big size over that at the small one is
printed for the whole build and for each stage; it should stay near 1.

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
from datetime import date, timedelta
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


EVENT_NAMES = ("Quiz night", "Coffee morning", "Choir rehearsal", "Parish council meeting", "Book club",
               "Jumble sale", "Committee meeting", "Youth club", "Bell ringing practice", "Family service",
               "Planning committee", "Annual general meeting", "Craft fair", "Open gardens", "Film night")
VENUES = ("Village Hall", "St Mary's Church", "Parish Room", "The Red Lion", "Community Centre",
          "Council Chamber", "Room 2, Town Hall", "Scout Hut", "Library")


def event_table_page(size: int, seed: int) -> str:
    """An HTML page of about ``size`` characters holding one table of events (Date, Time,
    Event, Venue), a row each, on days of 2027-2028 in no order: a club's archive."""
    pick = random.Random(seed)
    rows = ["<html><head><title>Events archive</title></head><body><h1>Club events 2027-2028</h1>",
            "<table><tr><th>Date</th><th>Time</th><th>Event</th><th>Venue</th></tr>"]
    length = sum(map(len, rows))
    while length < size:
        when = date.fromordinal(date(2027, 1, 1).toordinal() + pick.randrange(700))
        rows.append(f"<tr><td>{when:%a} {when.day} {when:%B %Y}</td><td>{pick.randrange(1, 12)}:"
                    f"{pick.choice(('00', '30'))} {pick.choice(('am', 'pm'))}</td><td>{pick.choice(EVENT_NAMES)}"
                    f"</td><td>{pick.choice(VENUES)}</td></tr>")
        length += len(rows[-1]) + 1
    return "\n".join(rows) + "\n</table></body></html>\n"


def diary_page(size: int, seed: int) -> str:
    """A Markdown diary of about ``size`` characters: dated items, without their year, under
    month headings, in three shapes of line."""
    pick = random.Random(seed)
    lines = ["---", "title: Parish diary", "published: 2026-12-01", "---", "# Parish diary", ""]
    length, day, month = 0, date(2027, 1, 1), (0, 0)
    while length < size:
        day += timedelta(days=pick.randrange(2))
        if (day.year, day.month) != month:
            month = (day.year, day.month)
            lines.append(f"\n## {day:%B %Y}\n")
        event, venue = pick.choice(EVENT_NAMES), pick.choice(VENUES)
        lines.append(pick.choice((
            f"- **{day:%A} {day.day} {day:%B}** — {event}, {venue}, {pick.randrange(1, 12)}pm",
            f"- {day.day} {day:%b}: {event} at {venue} ({pick.randrange(7, 11)}.30am – noon)",
            f"- {event} deadline: entries close {day:%A}, {day:%B} {day.day}")))
        length += len(lines[-1]) + 1
    return "\n".join(lines) + "\n"


NEWSLETTER_SENTENCES = (
    "The {event} will take place on {weekday} {day} {month} at {venue}, starting at {hour} pm.",
    "Last month's {event} raised more than £{amount} for the roof fund; thank you to everyone who came.",
    "Please send news for the next issue by {day} {month}.",
    "Our {event} returns after the summer break and meets every second {weekday} until December.",
    "Tickets for the {event} on {month} {day} are on sale now from the {venue}.",
    "The committee met on {day} {month} and agreed to hold the {event} in the {venue} next year.",
    "Volunteers are needed for the {event}; the first planning session is on {weekday} evening.",
    "Residents who attended the {event} in {month} said it was the best in years.",
    "The deadline for the {event} photography competition is {day} {month} {year}.",
    "Rehearsals continue on {weekday}s at 7.30pm in the {venue}.",
)


def newsletter_page(size: int, seed: int) -> str:
    """A plain-text newsletter of about ``size`` characters: sections of paragraphs of dated
    prose in past and future tenses, no date of its own."""
    pick = random.Random(seed)
    lines = ["Anytown Community Newsletter", "Issue 142 - Winter 2026", ""]
    length = 0
    while length < size:
        lines += [f"NEWS FROM THE {pick.choice(VENUES).upper()}", ""]
        for _ in range(pick.randrange(2, 5)):
            told = []
            for _ in range(pick.randrange(2, 6)):
                when = date.fromordinal(date(2027, 1, 1).toordinal() + pick.randrange(700))
                told.append(pick.choice(NEWSLETTER_SENTENCES).format(
                    event=pick.choice(EVENT_NAMES).lower(), weekday=f"{when:%A}", day=when.day, month=f"{when:%B}",
                    year=when.year, venue=pick.choice(VENUES), hour=pick.randrange(1, 9), amount=pick.randrange(50, 900)))
            lines += [" ".join(told), ""]
            length += len(lines[-2]) + 2
    return "\n".join(lines) + "\n"


SHAPES: dict[str, tuple[Callable[[int, int], str], str]] = {    # generated shapes: maker, file suffix
    "schedule pages": (schedule_page, ".txt"),
    "event tables (HTML)": (event_table_page, ".html"),
    "diaries (Markdown)": (diary_page, ".md"),
    "newsletters": (newsletter_page, ".txt"),
}


def per_kb(documents: list[str], suffix: str = ".txt") -> dict[str, float] | None:
    """CPU milliseconds per KB of building each document on its own, for the whole build
    ("build", rendering included) and each stage; None when there is no document (the sizes
    asked for are more than the texts hold)."""
    spent: dict[str, float] = defaultdict(float)
    chars = 0
    with tempfile.TemporaryDirectory() as folder:
        for n, text in enumerate(documents):
            path = Path(folder) / f"joined_{n}{suffix}"
            path.write_text(text, encoding="utf-8")
            seconds, rendering, stages, read, _ = build_seconds(path)
            path.unlink()
            spent["build"] += seconds
            spent["render_outputs"] += rendering
            for name, stage_seconds in stages.items():
                spent[name] += stage_seconds
            chars += read
    return {name: 1000 * seconds / (chars / 1000) for name, seconds in spent.items()} if chars else None


def growth(label: str, small: dict[str, float] | None, big: dict[str, float] | None,
           sizes: tuple[int, int]) -> str:
    """The whole build's ms/KB at both sizes and their ratio, then each stage's that costs
    anything (at least 0.5 ms/KB at either size)."""
    if small is None or big is None:
        return f"growth, {label}: skipped (not enough text for both sizes)"
    lines = [f"growth, {label}: {small['build']:.1f} ms/KB at ~{sizes[0] // 1000} KB, {big['build']:.1f} ms/KB at "
             f"~{sizes[1] // 1000} KB ({big['build'] / small['build']:.2f}x)"]
    for name in (*STAGES, "render_outputs"):
        a, b = small.get(name, 0.0), big.get(name, 0.0)
        if max(a, b) >= 0.5:
            lines.append(f"    {name:22s} {a:7.1f} -> {b:7.1f} ms/KB ({b / a if a else float('inf'):.2f}x)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=ROOT / "seeds", help="folder of documents to build")
    parser.add_argument("--tbaq", type=Path, default=DEFAULT_DOCS, help="TempEval docs JSONL for the growth test")
    parser.add_argument("--small", type=int, default=20_000, help="characters of a small joined document")
    parser.add_argument("--big", type=int, default=200_000, help="characters of a big joined document")
    parser.add_argument("--shapes", nargs="*", choices=[*SHAPES, "news"], default=[*SHAPES, "news"],
                        help="which shapes of document to time for growth (default: all)")
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
    for label, (make, suffix) in SHAPES.items():
        if label in args.shapes:
            print(growth(label, per_kb([make(args.small, seed) for seed in range(count)], suffix),
                         per_kb([make(args.big, 99)], suffix), sizes), flush=True)
    if "news" not in args.shapes:
        return
    if not args.tbaq.exists():
        print(f"growth, news: skipped ({args.tbaq} not found)")
        return
    texts = [text for text, _ in load_docs(args.tbaq)]
    small_docs = joined_documents(texts, args.small, count=count)
    big_docs = joined_documents(texts, args.big, count=1)
    print(growth("news", per_kb(small_docs), per_kb(big_docs), sizes))


if __name__ == "__main__":
    main()
