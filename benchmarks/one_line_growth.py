"""How a whole build grows on a page written on one line (a scrape that lost its line breaks).

Framing reads many things "on the date's line": on an ordinary page that is a few dozen characters, on a
page with no newline it is the whole page, so any reader that looks at a date's line once per date makes
the build quadratic there while every ordinary page stays fast. This script joins TBAQ news texts, puts
blanks where their line breaks were, and builds the first ``N`` KB of that one line for each size asked
(each size a prefix of the next, so the larger pages hold the smaller's text), in this process, and prints
CPU seconds, seconds per KB and the growth of each size over the one before it. Linear time shows as a
growth close to the ratio of the sizes (4x for 20 -> 80 KB).

    python benchmarks/one_line_growth.py [--sizes 20 80 320] [--tbaq ../shared/corpora/tempeval3/tbaq-docs.jsonl]
                                         [--story FILE] [--profile KB [--stats FILE]]

``--story FILE`` repeats that one text (its line breaks made blanks) instead of joining TBAQ.

``--profile KB`` builds that size once more under cProfile (CPU clock) and prints the functions that
cost most, by their own time: where the growth comes from.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from datetime import date
from pathlib import Path

from calfeed import pipeline
from timex_speed import DEFAULT_DOCS, load_docs     # the same TBAQ, found and read the same way

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 30)          # fixed, so that every run frames the same events


def one_line_news(texts: list[str], size: int) -> str:
    """The first ``size`` characters of ``texts`` joined (repeated while they are too short), every line
    break made a blank."""
    joined = " ".join(" ".join(text.split("\n")) for text in texts)
    if texts and len(joined) < size:
        joined = " ".join([joined] * (size // (len(joined) + 1) + 1))
    if len(joined) < size:
        raise SystemExit(f"the texts hold {len(joined):,} characters, fewer than the {size:,} asked for")
    cut = joined.rfind(" ", 0, size)       # end on a word's end
    return joined[:cut if cut > 0 else size]


def build_seconds(text: str) -> tuple[float, int]:
    """CPU seconds of building ``text`` as one .txt document (rendering left out), and its events."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "one_line.txt"
        path.write_text(text, encoding="utf-8")
        began = time.process_time()
        result = pipeline.build([path], pipeline.Options(today=TODAY))
        return time.process_time() - began, len(result.events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 80, 320], help="page sizes in KB, ascending")
    parser.add_argument("--tbaq", type=Path, default=DEFAULT_DOCS, help="TempEval docs JSONL to join")
    parser.add_argument("--story", type=Path, default=None, help="one text file to repeat instead of TBAQ")
    parser.add_argument("--profile", type=int, default=None, metavar="KB", help="profile one build of this size")
    parser.add_argument("--stats", type=Path, default=None, help="also write the profile's stats to this file")
    args = parser.parse_args()
    texts = [args.story.read_text(encoding="utf-8")] if args.story else [text for text, _ in load_docs(args.tbaq)]

    began = time.process_time()
    build_seconds(one_line_news(texts, 2_000))      # the first build pays the setup
    print(f"setup (first build of 2 KB): {time.process_time() - began:.2f} s CPU")
    last: tuple[int, float] | None = None
    for kb in args.sizes:
        seconds, events = build_seconds(one_line_news(texts, kb * 1000))
        growth = f", {seconds / last[1]:.2f}x for {kb / last[0]:.3g}x" if last else ""
        print(f"{kb:5d} KB one line: {seconds:7.2f} s CPU, {1000 * seconds / kb:6.1f} ms/KB, {events} events{growth}",
              flush=True)
        last = (kb, seconds)
    if args.profile:
        profile = cProfile.Profile(time.process_time)
        text = one_line_news(texts, args.profile * 1000)
        profile.runcall(build_seconds, text)
        if args.stats:
            profile.dump_stats(args.stats)
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
