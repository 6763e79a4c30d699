"""Instructions of the opening scan alone (``openings.opened_at``) in a first TBAQ pass, by callgrind.

Why: ``pass_instructions.py`` counts the whole pass, where a change to the scan for the places rules
may open is a few percent at most and mixed with every other reader's cost. This counts the scan
by itself: the texts a first pass hands to ``opened_at`` are recorded from a real pass (setup and
warm-up as in ``timex_speed.py``), then replayed in the same order inside ``sys.call_tracing``,
after the scan's cache of opening keys has been emptied and refilled with the warm-up's texts only,
so the replay does what the pass's scan did: the same stops, the same keys met for the first time.
``--known`` replays once uncounted first, so every key is known and the count leaves out
``rules_opened``'s work on new keys (the difference of the two counts is that work).

    CALFEED_CACHE_DIR=$PWD/.cache PYTHONHASHSEED=0 python benchmarks/scan_instructions.py --valgrind

Session 40 at a3a89b2: 267.3 million instructions (106,072 stops of the ASCII scan over 528,700
characters, 7,607 of which open a rule), 216.4 million with every key known.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pass_instructions import callgrind_count  # noqa: E402
from timex_speed import DEFAULT_DOCS, WARM_UP, load_docs  # noqa: E402

from calfeed.timex import extractor, openings, tag  # noqa: E402
from calfeed.timex.one_time import prepare  # noqa: E402


def scanned_texts(docs: Path, limit: int | None) -> tuple[list[str], list[str]]:
    """The texts the warm-up and then a first pass over ``docs`` hand to ``opened_at``, in order."""
    texts: list[str] = []
    scan = extractor.opened_at

    def recording(text: str, lang: str = "en") -> tuple:
        texts.append(text)
        return scan(text, lang)

    extractor.opened_at = recording
    try:
        prepare("en")
        tag(*WARM_UP)
        warm = list(texts)
        texts.clear()
        for text, dct in load_docs(docs)[:limit]:
            tag(text, dct)
    finally:
        extractor.opened_at = scan
    return warm, texts


def replay(texts: list[str]) -> int:
    """Scan every text; the number of (rule, word start) places found (a check that it ran)."""
    return sum(len(starts) for text in texts for starts in openings.opened_at(text)[0].values())


def counted(docs: Path, limit: int | None, known: bool) -> None:
    """The run callgrind watches: only the replay inside ``sys.call_tracing`` is counted."""
    warm, texts = scanned_texts(docs, limit)
    openings._seen("en").clear()
    for text in warm:
        openings.opened_at(text)
    if known:
        replay(texts)
    places = sys.call_tracing(replay, (texts,))
    print(json.dumps({"texts": len(texts), "characters": sum(map(len, texts)), "places": places}))


def under_valgrind(docs: Path, limit: int | None, known: bool) -> None:
    """Run ``counted`` under callgrind in a child process and print the scan's instructions."""
    callgrind_count(Path(__file__), ["--docs", str(docs)] + (["--limit", str(limit)] if limit else [])
                    + (["--known"] if known else []), "scan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--known", action="store_true", help="every opening key known: leave out rules_opened")
    parser.add_argument("--valgrind", action="store_true", help="run under callgrind and print the count")
    args = parser.parse_args()
    if args.valgrind:
        under_valgrind(args.docs, args.limit, args.known)
    else:
        counted(args.docs, args.limit, args.known)


if __name__ == "__main__":
    main()
