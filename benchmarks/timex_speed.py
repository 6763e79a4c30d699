"""How fast calfeed's tagger is, next to the taggers people would otherwise pick.

Runs in one process, on the same texts:

* all of TBAQ (TempEval-3 training documents), each with its creation date;
* a synthetic document of ~100 KB and one of ~10 MB (TBAQ texts repeated), to see
  that time per megabyte stays flat as the input grows (linear time);
* an adversarial megabyte (digits, dashes, month names, "the the the") that would
  expose a backtracking regular expression.

Times are CPU seconds of this process (see ``chars_per_second``); only the one-time setup,
which includes reading files, is wall-clock time.

For comparison, ``dateparser.search.search_dates(languages=["en"])`` and
``datefinder.find_dates`` on TBAQ (install them with ``pip install -e '.[bench]'``).

    python benchmarks/timex_speed.py [--docs ../shared/corpora/tempeval3/tbaq-docs.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from calfeed.timex import tag

DEFAULT_DOCS = Path(__file__).resolve().parents[1].parent / "shared/corpora/tempeval3/tbaq-docs.jsonl"
MB = 1_000_000


def load_docs(path: Path) -> list[tuple[str, date]]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        docs.append((record["text"], date.fromisoformat(record["dct"][:10])))
    return docs


def chars_per_second(run: Callable[[str, date], object], docs: list[tuple[str, date]], min_seconds: float = 1.0) -> float:
    """Best of repeated passes over ``docs`` (at least ``min_seconds`` of work, at most 5 passes).

    Time is this process's CPU time, not the wall clock: every tagger here is single-threaded
    Python, and on a shared machine other processes' load would otherwise decide the ratios.
    """
    size = sum(len(text) for text, _ in docs)
    best = float("inf")
    spent = 0.0
    passes = 0
    while passes < 5 and (passes == 0 or spent < min_seconds):
        began = time.process_time()
        for text, dct in docs:
            run(text, dct)
        took = time.process_time() - began
        best = min(best, took)
        spent += took
        passes += 1
    return size / best


SMALL_PASSES = 5


def _cpu_seconds(run: Callable[[str, date], object], text: str, dct: date) -> float:
    began = time.process_time()
    run(text, dct)
    return time.process_time() - began


def synthetic(docs: list[tuple[str, date]], size: int) -> str:
    parts, total = [], 0
    while total < size:
        for text, _ in docs:
            parts.append(text)
            total += len(text)
            if total >= size:
                break
    return "".join(parts)[:size]


def adversarial(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    pieces = ["1", "12", "2011", "-", "--", "/", ".", " ", "the ", "June ", "Dec. ", "March ", "of ",
              "early ", "31", "2", ":", "00", "Q3 ", "mid-", "th ", "every ", "to ", "and ", "week "]
    out, total = [], 0
    while total < size:
        piece = rng.choice(pieces) * rng.choice((1, 1, 1, 5, 40))
        out.append(piece)
        total += len(piece)
    return "".join(out)[:size]


def calfeed_tag(text: str, dct: date) -> object:
    return tag(text, dct)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="TempEval docs JSONL (id, dct, text)")
    parser.add_argument("--big", type=int, default=10 * MB, help="size of the large synthetic document")
    parser.add_argument("--skip-others", action="store_true", help="measure calfeed only")
    args = parser.parse_args()

    docs = load_docs(args.docs)
    size = sum(len(t) for t, _ in docs)
    print(f"TBAQ: {len(docs)} documents, {size / MB:.2f} MB")
    # One-time work (compiling the rules, reading their openings) is not throughput:
    # every tagger is warmed up on the first document before it is timed.
    began = time.perf_counter()
    calfeed_tag(*docs[0])
    print(f"calfeed one-time setup (first call, first document): {time.perf_counter() - began:.2f} s")
    ours = chars_per_second(calfeed_tag, docs)
    print(f"calfeed      {ours / MB:8.3f} MB/s")

    if not args.skip_others:
        try:
            from dateparser.search import search_dates
            import datefinder
        except ImportError:
            print("dateparser/datefinder not installed: pip install -e '.[bench]'")
        else:
            search_dates(docs[0][0], languages=["en"])
            datefinder_warm = list(datefinder.find_dates(docs[0][0]))
            del datefinder_warm
            dp = chars_per_second(lambda t, d: search_dates(t, languages=["en"]), docs, min_seconds=0)
            print(f"dateparser   {dp / MB:8.3f} MB/s   calfeed is {ours / dp:6.1f}x faster")
            df = chars_per_second(lambda t, d: list(datefinder.find_dates(t)), docs, min_seconds=0)
            print(f"datefinder   {df / MB:8.3f} MB/s   calfeed is {ours / df:6.2f}x as fast")

    dct = date(2011, 6, 23)
    small = synthetic(docs, 100_000)
    big = synthetic(docs, args.big)
    per_mb = {}
    # A 100 KB pass takes a tenth of a second, so one pass of it swings with the machine by half
    # or more; the median of SMALL_PASSES passes is compared with the one long pass at 10 MB.
    for label, text, passes in (("100 KB", small, SMALL_PASSES), (f"{len(big) / MB:.0f} MB", big, 1)):
        took = statistics.median(_cpu_seconds(tag, text, dct) for _ in range(passes))
        per_mb[label] = took / (len(text) / MB)
        print(f"one {label:>6} document: {took:7.2f} s, {per_mb[label]:.3f} s/MB"
              + (f" (median of {passes} passes)" if passes > 1 else ""))
    small_rate, big_rate = per_mb.values()
    print(f"growth: time per MB at {len(big) / MB:.0f} MB is {big_rate / small_rate:.2f}x that at 100 KB (target <= 1.5x)")

    nasty = adversarial(MB)
    began = time.process_time()
    found = tag(nasty, dct)
    print(f"adversarial 1 MB: {time.process_time() - began:.2f} s CPU ({len(found)} expressions)")


if __name__ == "__main__":
    main()
