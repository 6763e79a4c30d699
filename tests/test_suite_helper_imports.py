"""The test files import their shared helpers (events_helpers, call_counts, ...) one way: by the
bare module name, as pytest puts the tests folder on the path. A file importing
``tests.events_helpers`` loaded a second copy of the module under another name, so a helper's
state (a monkeypatched table, a cached page) was not the one the other files saw."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).parent
_PACKAGED = re.compile(r"^\s*(?:from|import)\s+tests\.(\w+)", re.MULTILINE)


def test_no_test_file_imports_a_helper_through_the_tests_package():
    helpers = {p.stem for p in TESTS.glob("*.py") if not p.name.startswith("test_")}
    packaged = sorted(f"{p.name}: tests.{m}" for p in TESTS.glob("*.py")
                      for m in _PACKAGED.findall(p.read_text(encoding="utf-8")) if m in helpers)
    assert packaged == []
