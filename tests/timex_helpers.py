"""What the tagger finds in a text, as the timex tests compare it: (text, TIMEX3 type, value)."""

from __future__ import annotations

from calfeed.timex.evaluation import timeml_tags


def tags(text: str, dct: str) -> list[tuple[str, str, str]]:
    """The TimeML tags of ``text`` written on ``dct``, in the order they stand."""
    return [(t.text, t.type, t.value) for t in timeml_tags(text, dct)]
