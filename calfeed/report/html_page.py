"""The HTML scaffolding shared by the report and the source pages.

Pages are self-contained (stylesheet inlined, no scripts, no external assets) so
they can be opened from disk, mailed, or served from any static host.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape
from importlib import resources


# Marks calfeed's own pages, so a build whose input folder holds an earlier output does not
# read its reports and source pages back as documents.
GENERATOR = "calfeed"


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return resources.files("calfeed.report").joinpath("style.css").read_text(encoding="utf-8")


def esc(text: object) -> str:
    """Escape for element content and double-quoted attributes alike."""
    return escape(str(text), quote=True)


def link(text: str, url: str) -> str:
    return f'<a href="{esc(url)}">{esc(text)}</a>'


def page(title: str, body: list[str]) -> str:
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{GENERATOR}">',
        f"<title>{esc(title)}</title>",
        f"<style>\n{stylesheet().rstrip()}\n</style>",
        "</head>",
        "<body>",
    ]
    return "\n".join(head + body + ["</body>", "</html>"]) + "\n"
