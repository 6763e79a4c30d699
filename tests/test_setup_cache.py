"""The setup's disk cache: read back while nothing changed, rebuilt when a file of the package
changes, and never an error for the user (a corrupt file, an unwritable folder, the cache off)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from calfeed import setup_cache
from calfeed.setup_cache import cache_dir, cached, compiled, package_key
from calfeed.timex.lexicon import RESOURCES


class Builder:
    """A build that counts its calls."""

    def __init__(self, data: object) -> None:
        self.data, self.calls = data, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.data


DATA = ({"may": (1, 2), "june": (3,)}, ("a", None), 7)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CALFEED_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CALFEED_NO_CACHE", raising=False)
    return tmp_path / "cache"


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the tagger's resource tables standing for the package, its key worked out afresh."""
    copy = tmp_path / "package"
    shutil.copytree(RESOURCES, copy / "timex" / "resources")
    monkeypatch.setattr(setup_cache, "PACKAGE", copy)
    package_key.cache_clear()
    yield copy
    package_key.cache_clear()


def test_a_product_is_built_once_then_read_back(folder: Path) -> None:
    build = Builder(DATA)
    assert cached("product-en", build) == DATA
    assert cached("product-en", build) == DATA
    assert build.calls == 1
    assert [p.name.split("-")[:2] for p in folder.iterdir()] == [["product", "en"]]


def test_an_edited_table_gives_a_new_key_and_a_rebuild(folder: Path, package: Path) -> None:
    build = Builder(DATA)
    cached("product-en", build)
    before = package_key()
    table = package / "timex" / "resources" / "en" / "rules.tsv"
    table.write_text(table.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    package_key.cache_clear()        # (a new run)
    assert package_key() != before
    assert cached("product-en", build) == DATA and build.calls == 2
    assert len(list(folder.glob("product-en-*"))) == 2     # the older file is kept (KEPT files a product)


def test_a_new_module_or_a_touched_one_gives_a_new_key(package: Path) -> None:
    before = package_key()
    (package / "timex" / "engine.py").write_text("RULES = 1\n", encoding="utf-8")
    package_key.cache_clear()
    added = package_key()
    assert added != before
    stat = (package / "timex" / "engine.py").stat()
    os.utime(package / "timex" / "engine.py", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    package_key.cache_clear()
    assert package_key() != added


def test_only_the_latest_files_of_a_product_are_kept(folder: Path, package: Path) -> None:
    table = package / "timex" / "resources" / "en" / "months.tsv"
    for count in range(setup_cache.KEPT + 3):
        table.write_text("x" * count, encoding="utf-8")      # (each size another: a file's time moves in ticks)
        package_key.cache_clear()
        cached("product-en", Builder(count))
        cached("other-en", Builder(count))
    assert len(list(folder.glob("product-en-*"))) == setup_cache.KEPT
    assert len(list(folder.glob("other-en-*"))) == setup_cache.KEPT
    assert cached("product-en", Builder(None)) == setup_cache.KEPT + 2     # the current one is there


@pytest.mark.parametrize("damage", [lambda raw: raw[:len(raw) // 2], lambda raw: b"", lambda raw: b"\x00" * 40,
                                    lambda raw: raw[:-1] + bytes([raw[-1] ^ 1])])
def test_a_corrupt_file_is_rebuilt_in_silence(folder: Path, damage) -> None:
    cached("product-en", Builder(DATA))
    (path,) = folder.glob("product-en-*")
    path.write_bytes(damage(path.read_bytes()))
    build = Builder(DATA)
    assert cached("product-en", build) == DATA and build.calls == 1
    assert cached("product-en", build) == DATA and build.calls == 1    # rewritten whole


def test_an_unwritable_folder_is_harmless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CALFEED_CACHE_DIR", str(blocker / "cache"))
    build = Builder(DATA)
    assert cached("product-en", build) == DATA and cached("product-en", build) == DATA
    assert build.calls == 2
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_no_cache_builds_every_time_and_writes_nothing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALFEED_NO_CACHE", "1")
    assert cache_dir() is None
    build = Builder(DATA)
    cached("product-en", build)
    cached("product-en", build)
    assert build.calls == 2 and not folder.exists()
    monkeypatch.setenv("CALFEED_NO_CACHE", "0")
    assert cache_dir() == folder


def test_data_that_is_not_plain_is_returned_and_not_kept(folder: Path) -> None:
    odd = (object(),)
    assert cached("product-en", Builder(odd)) is odd
    assert not list(folder.glob("product-en-*"))


def test_the_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CALFEED_NO_CACHE", raising=False)
    monkeypatch.delenv("CALFEED_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "calfeed"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "calfeed"


def test_the_suite_uses_a_cache_of_its_own() -> None:
    assert Path(os.environ["CALFEED_CACHE_DIR"]).name.startswith("calfeed-test-cache-")


def test_the_macros_read_back_are_those_built(folder: Path) -> None:
    from calfeed.timex.rules import _expanded_macros
    built = _expanded_macros("en")
    assert cached("macros-en", lambda: _expanded_macros("en")) == built
    assert cached("macros-en", Builder(None)) == built
    assert list(cached("macros-en", Builder(None))) == list(built)     # in the same order


def test_the_cli_without_cache_reads_and_writes_none(tmp_path: Path) -> None:
    text = tmp_path / "one.txt"
    text.write_text("The meeting is on 3 March 2027.\n", encoding="utf-8")
    environment = {**os.environ, "CALFEED_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-m", "calfeed.cli", "--no-cache", "extract", str(text)],
                          capture_output=True, text=True, env=environment, cwd=Path(__file__).parents[1])
    assert done.returncode == 0 and "2027-03-03" in done.stdout
    assert not (tmp_path / "cache").exists()


def test_patterns_rebuilt_from_their_stored_code_equal_those_re_compiles(folder: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Patterns compare equal only with the same text, flags and compiled code."""
    from calfeed.timex.openings import openings
    from calfeed.timex.rules import rules
    from calfeed.timex.tense import _finders
    table = openings("en")
    texts = [(rule.pattern, rule.flags) for rule in rules("en")[:40]]
    texts += [(locator.before + locator.ahead, 0) for locator in (table.locator, table.wide_locator,
                                                                   table.ascii_locator) if locator is not None]
    texts += [(rf"[^\w'](?=({_finders('en').words.words}))", 0), (r"(?P<day>\d{1,2}) (?P=day)x?", re.IGNORECASE)]
    monkeypatch.setattr(setup_cache, "_FRESH", {})
    setup_cache._stored_patterns.cache_clear()
    fresh = [compiled(text, flags) for text, flags in texts]
    assert fresh == [re.compile(text, flags) for text, flags in texts]
    setup_cache._store_patterns()             # (what the end of the run does)
    setup_cache._stored_patterns.cache_clear()
    assert len(setup_cache._stored_patterns()) == len(set(texts))
    again = [compiled(text, flags) for text, flags in texts]
    assert again == fresh and setup_cache._FRESH == {}
    assert [p.groupindex for p in again] == [p.groupindex for p in fresh]
    setup_cache._stored_patterns.cache_clear()


def test_stored_code_the_engine_refuses_is_compiled_anew(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = r"(?:march|may)\s+(\d{1,2})"
    monkeypatch.setattr(setup_cache, "_stored_patterns",
                        lambda: {(text, 2): (34, b"\xff\xff\xff\xff" * 9, 1, {}, (None, None))})
    assert compiled(text, re.IGNORECASE) == re.compile(text, re.IGNORECASE)


def test_a_bad_pattern_raises_as_re_compile_does() -> None:
    with pytest.raises(re.error):
        compiled(r"(?:unclosed")
