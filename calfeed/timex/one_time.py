"""The tagger's one-time setup for a language: every table and pattern it builds once.

Each table and pattern is built on first use by a function cached for good
(``functools.lru_cache(maxsize=None)`` over ``(lang)`` or over nothing), and each resource file
is read when first asked for. Left to first use, that work falls on whichever documents first
need it: a first pass over unseen documents paid for building what a later pass found built,
which has nothing to do with the documents' size. ``prepare`` does it all on a language's
first call instead, as part of the setup that compiles the rules.

A builder marked ``deferred`` is left to first use: a large optional table that only a
rare expression needs.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from typing import TypeVar

from calfeed.timex.lexicon import RESOURCES, load_list, load_table

_PREPARED: set[str] = set()
# The modules whose builders are prepared: the tagger's (those it has imported).
_PACKAGES = ("calfeed.timex.", "calfeed.text.")
_MODULES = ("calfeed.text",)      # single modules prepared too

Builder = TypeVar("Builder", bound=Callable)


def deferred(builder: Builder) -> Builder:
    """Mark a cached builder that ``prepare`` leaves to first use."""
    builder.deferred = True  # type: ignore[attr-defined]
    return builder


def prepare(lang: str) -> None:
    """Read every resource of ``lang`` and build every table and pattern of the loaded
    tagger modules, once per language."""
    if lang in _PREPARED:
        return
    folder = RESOURCES / lang
    for path in sorted(folder.iterdir()) if folder.is_dir() else ():
        if path.suffix == ".txt":
            load_list(lang, path.stem)
        elif path.suffix == ".tsv":
            load_table(lang, path.stem)
    modules = [module for name, module in list(sys.modules.items())
               if module is not None and (name.startswith(_PACKAGES) or name in _MODULES)]
    for module in modules:
        for value in list(vars(module).values()):
            arguments = _builder_arguments(value, module.__name__, lang)
            if arguments is not None:
                value(*arguments)
    _PREPARED.add(lang)      # only once all is built: a builder that raises is tried again on the next call


def _builder_arguments(value: object, module: str, lang: str) -> tuple[str, ...] | None:
    """The arguments to build ``value`` with, if it is a builder defined in ``module``
    (kept for good, taking the language or nothing); None otherwise."""
    parameters = getattr(value, "cache_parameters", None)
    if (parameters is None or getattr(value, "__module__", None) != module
            or parameters()["maxsize"] is not None or getattr(value, "deferred", False)):
        return None
    names = list(inspect.signature(value).parameters)   # type: ignore[arg-type]
    if names == []:
        return ()
    if names == ["lang"]:
        return (lang,)
    return None
