"""The tagger's one-time setup builds, when called, what it would otherwise build while
tagging: a first pass over unseen documents then costs what a later pass costs. Without it,
tables are built and patterns compiled on first use, which is what a short run wants."""

from __future__ import annotations

import sys

from calfeed.timex import tag
from calfeed.timex import one_time, zones
from calfeed.timex.lexicon import RESOURCES, load_list, load_table
from calfeed.timex.one_time import _MODULES, _PACKAGES, _builder_arguments, prepare
from calfeed.timex.openings import Locator, openings
from calfeed.timex.rules import Rule, rules
from calfeed.timex.vocabulary import word_finder


def _builders() -> list[tuple[str, object]]:
    found = []
    for name, module in list(sys.modules.items()):
        if module is not None and (name.startswith(_PACKAGES) or name in _MODULES):
            found += [(f"{name}.{key}", value) for key, value in vars(module).items()
                      if _builder_arguments(value, name, "en") is not None]
    return found


def test_the_first_call_builds_every_table_and_pattern():
    tag("The talks resume on Monday, 3 March 2027 at 10 a.m.", None)
    one_time._PREPARED.discard("en")     # again, for modules other tests loaded since
    prepare("en")
    builders = _builders()
    assert len(builders) > 40
    assert [name for name, builder in builders if builder.cache_info().currsize == 0] == []


def test_every_resource_file_is_read_once_prepared():
    prepare("en")
    before = load_list.cache_info().misses + load_table.cache_info().misses
    for path in (RESOURCES / "en").iterdir():
        if path.suffix == ".txt":
            load_list("en", path.stem)
        elif path.suffix == ".tsv":
            load_table("en", path.stem)
    assert load_list.cache_info().misses + load_table.cache_info().misses == before


def test_a_deferred_builder_is_left_to_first_use():
    """The city gazetteer is large and only a place the tz names lack needs it."""
    assert _builder_arguments(zones._geonames_by_city, zones.__name__, "en") is None
    assert _builder_arguments(zones._tz_by_city, zones.__name__, "en") == ()


def test_a_builder_that_raises_leaves_the_language_to_be_prepared_again(monkeypatch):
    """A half-done setup is not taken for a done one: the next call tries again."""
    from functools import lru_cache

    calls = []

    @lru_cache(maxsize=None)
    def _failing(lang: str) -> None:
        calls.append(lang)
        raise OSError("table missing")

    _failing.__module__ = zones.__name__
    monkeypatch.setattr(zones, "_failing_builder", _failing, raising=False)
    monkeypatch.setattr(one_time, "_PREPARED", set())
    for _ in range(2):
        try:
            prepare("en")
        except OSError:
            pass
    assert calls == ["en", "en"] and "en" not in one_time._PREPARED


def test_a_rule_compiles_its_pattern_when_first_used():
    rule = Rule("probe", "DATE", "calendar", 0, r"(?<![\w/])(?=[\w'])(?:probe)(?![\w])")
    assert "regex" not in vars(rule)
    assert rule.regex.match("probe") and "regex" in vars(rule)


def test_prepare_compiles_every_pattern_left_to_first_use():
    later = [Rule("probe", "DATE", "calendar", 0, "probe"), word_finder(["will", "shall"]), Locator("x", " ")]
    one_time._PREPARED.discard("en")
    prepare("en")
    assert all("regex" in vars(rule) for rule in rules("en")) and "regex" in vars(later[0])
    assert {"after", "ascii_after"} <= set(vars(later[1])) and "after" in vars(later[2])
    table = openings("en")
    assert all("after" in vars(locator) for locator in (table.locator, table.wide_locator, table.ascii_locator))
    assert one_time._LATER == []


def test_a_short_text_compiles_few_rules(monkeypatch):
    """A fresh set of rules (as in a new run): tagging a sentence compiles only the rules that
    open somewhere in it."""
    from calfeed.timex import extractor
    fresh = tuple(Rule(r.name, r.type, r.build, r.priority, r.pattern, r.source, r.flags) for r in rules("en"))
    monkeypatch.setattr(extractor, "rules", lambda lang: fresh)
    extractor.extract("The talks resume on 3 March 2027.")
    compiled = [rule.name for rule in fresh if "regex" in vars(rule)]
    assert 0 < len(compiled) < len(fresh) // 4
