"""Every line of tests/corpus/timex.txt is a test; negatives.txt lines must yield nothing.

The corpus syntax is documented at the top of timex.txt; in an expression, ``\\n`` is a
line break (a heading over a list).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from calfeed.timex import tag

CORPUS = Path(__file__).with_name("corpus")


def _lines(name: str) -> list[tuple[int, str]]:
    out = []
    for number, line in enumerate((CORPUS / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            out.append((number, line.split(" #", 1)[0].rstrip()))
    return out


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text) if "T" in text else datetime.fromisoformat(text + "T00:00")


_INTERVAL = re.compile(r"\[([^,\]]+), ([^)\]]+)\)")


def _parse_expected(spec: str) -> dict:
    out: dict = {"approximate": False}
    spec = spec.strip()
    match = _INTERVAL.search(spec)
    end = re.search(r"end=\[([^,\]]+), ([^)\]]+)\)", spec)
    if end:
        out["end_interval"] = (_moment(end.group(1)), _moment(end.group(2)))
        spec = spec[:end.start()] + spec[end.end():]
        match = _INTERVAL.search(spec)
    if match:
        out["interval"] = (_moment(match.group(1)), _moment(match.group(2)))
        spec = spec[:match.start()] + spec[match.end():]
    if " []" in spec:
        out["interval"] = None
        spec = spec.replace(" []", "")
    words = spec.split()
    out["type"], out["value"] = words[0], words[1]
    for word in words[2:]:
        if word == "~":
            out["approximate"] = True
        else:
            key, _, value = word.partition("=")
            out[key] = value
    return out


def _case(line: str):
    expression, reference, expected = (p.strip() for p in line.split(" | "))
    expression = expression.replace("\\n", "\n")
    ref = None if reference == "-" else (
        datetime.fromisoformat(reference) if "T" in reference else date.fromisoformat(reference))
    if "[" in expression:
        start = expression.index("[")
        stop = expression.index("]")
        text = expression[:start] + expression[start + 1:stop] + expression[stop + 1:]
        span = (start, stop - 1)
        whole = False
    else:
        text, span, whole = expression, (0, len(expression)), True
    return text, ref, span, whole, _parse_expected(expected)


@pytest.mark.parametrize("number,line", _lines("timex.txt"), ids=lambda x: str(x) if isinstance(x, int) else None)
def test_corpus_line(number: int, line: str) -> None:
    text, ref, span, whole, want = _case(line)
    found = tag(text, ref)
    got = [t for t in found if (t.start, t.end) == span]
    assert got, f"no timex at {text[span[0]:span[1]]!r}; found {[(t.text, t.value) for t in found]}"
    if whole:
        assert len(found) == 1, f"extra timexes: {[(t.text, t.value) for t in found]}"
    t = got[0]
    assert (t.type, t.value) == (want["type"], want["value"]), f"{t.type} {t.value} (raw {t.raw_value}, rule {t.rule})"
    if "interval" in want:
        actual = (t.interval.start, t.interval.end) if t.interval else None
        assert actual == want["interval"], f"interval {actual}"
    if "end_interval" in want:
        actual = (t.end_interval.start, t.end_interval.end) if t.end_interval else None
        assert actual == want["end_interval"], f"end interval {actual}"
    assert t.approximate == want["approximate"], f"approximate={t.approximate}"
    for key in ("tz", "rrule", "mod", "tz_text", "tense"):
        if key in want:
            assert str(getattr(t, key)) == want[key], f"{key}={getattr(t, key)}"
    if "problem" in want:
        assert t.problem and t.problem.startswith(want["problem"].replace("_", " ")), f"problem={t.problem}"
    else:
        assert t.problem is None, f"problem={t.problem}"


@pytest.mark.parametrize("number,line", _lines("negatives.txt"), ids=lambda x: str(x) if isinstance(x, int) else None)
def test_negative_line(number: int, line: str) -> None:
    found = tag(line, date(2011, 6, 23))
    assert not found, [(t.text, t.type, t.value, t.rule) for t in found]


def test_every_rule_is_proven_by_a_corpus_line() -> None:
    """A rule no line of timex.txt fires is unproven (or dead: another rule always wins)."""
    from calfeed.timex.extractor import extract
    from calfeed.timex.rules import rules

    fired: set[str] = set()
    for _, line in _lines("timex.txt"):
        text = line.split(" | ")[0].replace("[", "").replace("]", "").replace("\\n", "\n")
        for timeml in (False, True):
            for found in extract(text, timeml=timeml):
                fired.update(found.rule.split("+"))
    assert [r.name for r in rules("en") if r.name not in fired] == []
