"""``events.json``: the build as data, for programs and for diffing two builds.

The field list and order are a contract (see the README); dicts are built in that
order and dumped without sorting, so key order is stable and readable.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from calfeed import __version__
from calfeed.feeds.describe import window_of
from calfeed.model import BuildResult, DocumentResult, Event, SkippedFile, SourceRef, Unresolved

GENERATED_BY = f"calfeed {__version__}"


def events_json(result: BuildResult) -> str:
    """The whole build as a JSON document (indent 2, UTF-8 text kept as is, trailing newline)."""
    data = {
        "generated_by": GENERATED_BY,
        "documents": [document_dict(d) for d in result.documents],
        "events": [event_dict(e) for e in result.events],
        "unresolved": [unresolved_dict(u) for u in result.unresolved],
        "skipped": [skipped_dict(s) for s in result.skipped],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def when(value: date | datetime | None, all_day: bool) -> str | None:
    """``YYYY-MM-DD`` for all-day values, local ``YYYY-MM-DDTHH:MM`` for timed ones."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat() if all_day else value.strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()


def event_dict(event: Event) -> dict[str, Any]:
    window = window_of(event)
    end = event.end
    if event.all_day and end is None:
        end = event.start
    return {
        "uid": event.uid,
        "title": event.title,
        "location": event.location,
        "kind": event.kind,
        "start": when(event.start, event.all_day),
        "end": when(end, event.all_day),
        "tz": event.tz,
        "all_day": event.all_day,
        "precision": event.precision,
        "window": [window[0].isoformat(), window[1].isoformat()] if window else None,
        "rrule": event.rrule,
        "sources": [source_dict(s) for s in event.sources],
    }


def source_dict(source: SourceRef) -> dict[str, Any]:
    return {
        "doc": source.doc,
        "url": source.url,
        "expr": source.expr,
        "sentence": source.sentence,
        "start": source.start,
        "end": source.end,
    }


def document_dict(result: DocumentResult) -> dict[str, Any]:
    doc, reference = result.document, result.reference
    return {
        "path": doc.path,
        "url": doc.url,
        "published": doc.published.isoformat() if doc.published else None,
        "reference_date": reference.value.isoformat() if reference.value else None,
        "inferred": reference.inferred,
        "reason": reference.reason,
    }


def unresolved_dict(item: Unresolved) -> dict[str, Any]:
    return {
        "doc": item.doc,
        "expr": item.expr,
        "sentence": item.sentence,
        "start": item.start,
        "end": item.end,
        "reason": item.reason,
    }


def skipped_dict(item: SkippedFile) -> dict[str, Any]:
    return {"path": item.path, "reason": item.reason}
