"""What the report says, computed once for both its Markdown and its HTML form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from calfeed.feeds.describe import day_of, is_deadline, one_line, window_of
from calfeed.feeds.recurrence import in_words
from calfeed.feeds.links import anchor_id, source_link, source_page_name
from calfeed.model import BuildResult, Document, DocumentResult, Event


@dataclass(frozen=True)
class Counts:
    documents: int
    events: int
    exact: int
    approximate: int
    deadlines: int
    unresolved: int
    skipped: int

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("Documents read", str(self.documents)),
            ("Events", f"{self.events} ({self.exact} exact, {self.approximate} approximate)"),
            ("Deadlines", str(self.deadlines)),
            ("Unresolved expressions", str(self.unresolved)),
            ("Skipped files", str(self.skipped)),
        ]


def counts(result: BuildResult) -> Counts:
    approximate = sum(1 for e in result.events if e.precision == "approximate")
    return Counts(
        documents=len(result.documents),
        events=len(result.events),
        exact=len(result.events) - approximate,
        approximate=approximate,
        deadlines=sum(1 for e in result.events if is_deadline(e)),
        unresolved=len(result.unresolved),
        skipped=len(result.skipped),
    )


def when_text(event: Event) -> str:
    """The event's time as a person reads it, e.g. ``2011-06-21 – 2011-06-22``."""
    window = window_of(event)
    if window:
        text = f"≈ between {window[0].isoformat()} and {window[1].isoformat()}"
    elif event.all_day or not isinstance(event.start, datetime):
        first = day_of(event.start)
        last = day_of(event.end) if event.end is not None else first
        text = first.isoformat() if last <= first else f"{first.isoformat()} – {last.isoformat()}"
    else:
        text = event.start.strftime("%Y-%m-%d %H:%M")
        if isinstance(event.end, datetime) and event.end > event.start:
            same_day = event.end.date() == event.start.date()
            text += "–" + event.end.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")
        text += f" {zone_label(event.tz)}" if event.tz else " (local time)"
    if event.rrule:
        text += f", repeating {in_words(event.rrule)}"
    return text


def reference_text(doc_result: DocumentResult) -> str:
    """The reference date and where it came from, in one line."""
    reference = doc_result.reference
    if reference.value is None:
        head = "none"
    elif reference.inferred:
        head = f"{reference.value.isoformat()} (inferred)"
    else:
        head = reference.value.isoformat()
    bounds = ""
    if reference.inferred and (reference.earliest or reference.latest):
        low = reference.earliest.isoformat() if reference.earliest else "…"
        high = reference.latest.isoformat() if reference.latest else "…"
        bounds = f"; possible range {low} to {high}"
    reason = one_line(reference.reason) if reference.reason else ""
    return f"{head} — {reason}{bounds}" if reason or bounds else head


def split_highlight(sentence: str, sentence_start: int, start: int, end: int, expr: str) -> tuple[str, str, str]:
    """``sentence`` cut into (before, expression, after) so the expression can be emphasised.

    The offsets are tried first; if they do not point at ``expr`` (a producer that
    left ``sentence_start`` at 0) the first occurrence is used, and failing that the
    expression is shown after the sentence.
    """
    local = start - sentence_start
    if 0 <= local and sentence[local:local + (end - start)] == expr and expr:
        cut, cut_end = local, local + len(expr)
    else:
        cut = sentence.find(expr) if expr else -1
        if cut < 0:
            return one_line(sentence) + " ", expr, ""
        cut_end = cut + len(expr)
    return _flat(sentence[:cut], lead=True), one_line(expr), _flat(sentence[cut_end:], lead=False)


def _flat(part: str, lead: bool) -> str:
    """Collapse whitespace but keep a single space at the joint with the expression."""
    text = one_line(part)
    if not text:
        return " " if part and part[-1 if lead else 0].isspace() else ""
    if lead and part[-1].isspace():
        text += " "
    if not lead and part[0].isspace():
        text = " " + text
    return text


def events_by_document(result: BuildResult) -> dict[str, list[Event]]:
    """Merged events keyed by every document they were read from."""
    out: dict[str, list[Event]] = {}
    for event in result.events:
        for doc in dict.fromkeys(s.doc for s in event.sources):
            out.setdefault(doc, []).append(event)
    return out


def zone_label(zone: str) -> str:
    """``Etc/GMT+12`` as ``UTC-12``: the Etc names have the sign the other way round."""
    if zone.startswith("Etc/GMT") and len(zone) > 7 and zone[7] in "+-":
        flipped = "-" if zone[7] == "+" else "+"
        return f"UTC{flipped}{zone[8:]}"
    return zone


def context_link(doc: Document, start: int, end: int) -> str:
    """A link from the report (at the top of the output folder) to the expression in its document."""
    if doc.url:
        return source_link(doc, start, end, "")
    return f"{source_page_name(doc)}#{anchor_id(start, end)}"
