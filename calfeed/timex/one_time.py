"""The tagger's one-time setup for a language: every table and pattern it builds once.

Each table and pattern is built on first use by a function cached for good
(``functools.lru_cache(maxsize=None)`` over ``(lang)`` or over nothing), each resource file
is read when first asked for, and each rule's regex and each scan pattern is compiled when
first used. That is what a short run wants: a page fires few rules and needs few tables, and
building all of them took ten times longer than tagging the page. Left to first use, though,
that work falls on whichever documents first need it: a first pass over unseen documents pays
for building what a later pass finds built, which has nothing to do with the documents' size.
A caller that times documents (the benchmark) calls ``prepare`` first, which builds it all
and compiles every pattern noted with ``compiled_later``.

A builder marked ``deferred`` is left to first use: a large optional table that only a
rare expression needs.
"""

from __future__ import annotations

import inspect
import sys
import weakref
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


# Objects whose patterns (cached properties) are compiled on first use, and those properties.
_LATER: list[tuple[weakref.ref, tuple[str, ...]]] = []
_PRUNE_AT = 10_000


def compiled_later(owner: object, *names: str) -> None:
    """Note that ``owner``'s cached properties ``names`` compile a pattern when first read,
    so that ``prepare`` can compile them all."""
    if len(_LATER) >= _PRUNE_AT:
        _LATER[:] = [(ref, kept) for ref, kept in _LATER if ref() is not None]
    _LATER.append((weakref.ref(owner), names))


def compile_all() -> None:
    """Compile every pattern noted with ``compiled_later`` so far."""
    for ref, names in _LATER:
        owner = ref()
        for name in names if owner is not None else ():
            getattr(owner, name)
    _LATER.clear()


def prepare(lang: str) -> None:
    """Read every resource of ``lang``, build every table and pattern of the loaded tagger
    modules and compile every rule and scan, once per language."""
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
    compile_all()
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
