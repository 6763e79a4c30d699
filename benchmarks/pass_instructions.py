"""Instructions of one first tagging pass over TBAQ, counted by callgrind: the pass alone.

Why instructions: this machine is shared by several sessions, and a pass's CPU seconds swing by
more than a change worth making (the timing benchmark's rounds ran from 12x to 26x one after the
other). Callgrind's count of executed instructions repeats to within a few parts in ten thousand,
so a change of 1% shows. It is the count of the same first pass ``timex_speed.py`` times: calfeed
prepared (``one_time.prepare``, every table built and every pattern compiled), warmed up on the
benchmark's paragraph, then each TBAQ document tagged once with its creation date.

Only the pass is counted: it runs inside ``sys.call_tracing`` (which, with no tracer set, only
calls the function), and callgrind is told to count inside that call and nowhere else, so neither
the setup nor the imports nor the interpreter's exit are in the figure. Run it from the worktree::

    CALFEED_CACHE_DIR=$PWD/.cache PYTHONPATH=. valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=sys_call_tracing --callgrind-out-file=/tmp/pass.cg \\
        python benchmarks/pass_instructions.py
    callgrind_annotate /tmp/pass.cg | head -40      # "PROGRAM TOTALS" is the pass's count

(or ``python benchmarks/pass_instructions.py --valgrind``, which runs that and prints the total).
Run it once beforehand to fill the setup's disk cache, or the setup under callgrind takes long.

``--only MODULE:NAME`` (``calfeed.timex.tense:tense_at``, ``calfeed.timex.tense:_Candidates.__init__``)
counts one function's share of the pass instead, inclusive of all it calls: the pass runs uncounted,
and each outermost call of that function runs inside ``sys.call_tracing`` (its calls to itself stay
inside the counted one). The function is replaced in its module (or class) and in every calfeed
module that imported it under its own name. cProfile could not give this split: its default clock is
the wall clock, its cost per call inflates functions called often, and it does not see a call of an
``lru_cache`` that hits. The wrapper costs a few hundred instructions a call, so a function called
tens of thousands of times reads a little high.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_speed import DEFAULT_DOCS, WARM_UP, load_docs  # noqa: E402

import functools  # noqa: E402
import importlib  # noqa: E402

from calfeed.timex import tag  # noqa: E402
from calfeed.timex.one_time import prepare  # noqa: E402


def first_pass(docs: list[tuple[str, date]]) -> int:
    """Tag every document once; the number of expressions found (a check that it ran)."""
    return sum(len(tag(text, dct)) for text, dct in docs)


def counted(docs: Path, limit: int | None, only: str | None = None) -> None:
    """The run callgrind watches: setup and warm-up uncounted, the pass inside ``sys.call_tracing``
    (or, with ``only``, each outermost call of that function alone: see ``counted_alone``)."""
    texts = load_docs(docs)[:limit]
    prepare("en")
    tag(*WARM_UP)
    if only is None:
        found = sys.call_tracing(first_pass, (texts,))
        print(json.dumps({"documents": len(texts), "expressions": found}))
        return
    calls = counted_alone(only)
    found = first_pass(texts)
    print(json.dumps({"documents": len(texts), "expressions": found, "function": only, "calls": calls[0]}))


def counted_alone(only: str) -> list[int]:
    """Replace the function ``only`` ("module:name" or "module:Class.name") with one that runs each
    outermost call inside ``sys.call_tracing``, in its module (or class) and in every calfeed module
    that holds the same object; the list returned counts the outermost calls as the pass makes them."""
    module_name, _, path = only.partition(":")
    owner: object = importlib.import_module(module_name)
    *classes, name = path.split(".")
    for part in classes:
        owner = getattr(owner, part)
    original = getattr(owner, name)
    calls, depth = [0], [0]

    @functools.wraps(original)
    def alone(*args, **kwargs):
        if depth[0]:
            return original(*args, **kwargs)     # a call inside a counted one: already counted
        calls[0] += 1
        depth[0] += 1
        try:
            return sys.call_tracing(functools.partial(original, **kwargs), args)
        finally:
            depth[0] -= 1

    setattr(owner, name, alone)
    if not classes:
        for loaded_name, loaded in list(sys.modules.items()):
            if loaded_name.startswith("calfeed") and getattr(loaded, name, None) is original:
                setattr(loaded, name, alone)
    return calls


def under_valgrind(docs: Path, limit: int | None, only: str | None = None) -> None:
    """Run ``counted`` under callgrind in a child process and print the pass's instructions."""
    arguments = ["--docs", str(docs)] + (["--limit", str(limit)] if limit else []) + (["--only", only] if only else [])
    callgrind_count(Path(__file__), arguments, f"function {only}" if only else "pass")


def callgrind_count(script: Path, arguments: list[str], what: str) -> None:
    """Run ``script`` with ``arguments`` under callgrind, counting only inside sys.call_tracing
    (the measured part; the setup is left out), and print its output and the count."""
    safe = re.sub(r"[^\w.-]+", "-", what)
    with tempfile.TemporaryDirectory(prefix=f"{safe}-instructions-") as folder:
        out = Path(folder) / f"{safe}.cg"
        command = ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=sys_call_tracing",
                   f"--callgrind-out-file={out}", sys.executable, str(script.resolve())] + arguments
        done = subprocess.run(command, capture_output=True, text=True, env=os.environ)
        if done.returncode != 0:
            sys.exit(done.stderr)
        summary = re.search(r"^summary: (\d+)", out.read_text(), re.MULTILINE)
        print(done.stdout.strip())
        print(f"instructions of the {what}: {int(summary.group(1)) if summary else 'not found'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--valgrind", action="store_true", help="run under callgrind and print the count")
    parser.add_argument("--only", metavar="MODULE:NAME", default=None,
                        help="count only this function's calls, inclusive (calfeed.timex.tense:tense_at)")
    args = parser.parse_args()
    if args.valgrind:
        under_valgrind(args.docs, args.limit, args.only)
    else:
        counted(args.docs, args.limit, args.only)


if __name__ == "__main__":
    main()
