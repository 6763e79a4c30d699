"""A script of benchmarks/ loaded as a module for its tests: the scripts are run by path, not
imported from a package, so each test file used to spell out the same loader."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def load_script(relative: str) -> ModuleType:
    """The module of ``benchmarks/<relative>``, registered in sys.modules under its file's stem
    (dataclasses look their module up there)."""
    path = BENCHMARKS / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
