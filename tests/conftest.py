"""The suite never reads or writes a user's disk cache of the setup (calfeed.setup_cache): it
points the cache at a folder of its own, empty at the start and removed at the end."""

from __future__ import annotations

import os
import tempfile

_CACHE = tempfile.TemporaryDirectory(prefix="calfeed-test-cache-")
os.environ["CALFEED_CACHE_DIR"] = _CACHE.name


def pytest_unconfigure(config: object) -> None:
    os.environ["CALFEED_NO_CACHE"] = "1"      # (nothing written when the process ends)
    _CACHE.cleanup()
