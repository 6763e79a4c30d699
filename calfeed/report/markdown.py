"""``report.md``: the review report as Markdown, readable raw and rendered.

Text from documents goes through :func:`md_escape`, so a title with ``*`` or ``|``
cannot break a table or start emphasis; the one expression per sentence a
reviewer must look at is set in **bold**.
"""

from __future__ import annotations

import re

from calfeed.feeds.describe import window_of
from calfeed.model import BuildResult, DocumentResult, Event
from calfeed.report.checks import ADVICE, NO_ZONE, checks
from calfeed.report.facts import context_link, counts, events_by_document, reference_text, split_highlight, when_text
from calfeed.report.silent import MAX_LISTED, REASON, silent_dates

TITLE = "calfeed review report"
_SPACES = re.compile(r"\s+")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#])")


def md_escape(text: str) -> str:
    """Backslash-escape the characters that would change meaning in Markdown."""
    return _MD_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text))


def md_link(text: str, url: str) -> str:
    """A link whose address may hold spaces or parentheses (angle-bracket form)."""
    safe = url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
    return f"[{md_escape(text)}](<{safe}>)"


def highlighted(sentence: str, sentence_start: int, start: int, end: int, expr: str) -> str:
    before, middle, after = split_highlight(sentence, sentence_start, start, end, expr)
    return f"{md_escape(before)}**{md_escape(middle)}**{md_escape(after)}".strip()


def render_markdown(result: BuildResult) -> str:
    """The whole report as Markdown (deterministic: no clock, inputs in the order given)."""
    out: list[str] = [f"# {TITLE}", ""]
    out += ["| What | Count |", "| --- | ---: |"]
    out += [f"| {label} | {value} |" for label, value in counts(result).rows()]
    out.append("")
    out += _events(result.events)
    out += _approximate(result.events)
    out += _to_check(result)
    out += _documents(result)
    out += _skipped(result)
    return "\n".join(out).rstrip("\n") + "\n"


def _source_cell(event: Event) -> str:
    links = [md_link(s.doc, s.url) if s.url else md_escape(s.doc) for s in event.sources]
    return ", ".join(dict.fromkeys(links)) or "—"


def _events(events: list[Event]) -> list[str]:
    out = ["## Events", ""]
    if not events:
        return out + ["No events were found.", ""]
    out += ["| When | Event | Where | Kind | Source |", "| --- | --- | --- | --- | --- |"]
    for event in events:
        out.append(
            f"| {md_escape(when_text(event))} | {md_escape(event.title)} | {md_escape(event.location or '—')} "
            f"| {md_escape(event.kind)} | {_source_cell(event)} |"
        )
    return out + [""]


def _approximate(events: list[Event]) -> list[str]:
    approximate = [e for e in events if window_of(e)]
    if not approximate:
        return []
    out = ["## Approximate events", "",
           "These are in the feeds as tentative entries spanning the whole window; check the dates.", ""]
    for event in approximate:
        first, last = window_of(event)  # type: ignore[misc]
        out += [f"### ≈ {md_escape(event.title)}", ""]
        out.append(f"- Window: {first.isoformat()} to {last.isoformat()}")
        if event.location:
            out.append(f"- Where: {md_escape(event.location)}")
        for note in event.notes:
            out.append(f"- Why: {md_escape(note)}")
        for source in event.sources:
            quote = highlighted(source.sentence, source.sentence_start, source.start, source.end, source.expr)
            link = f" ({md_link('source', source.url)})" if source.url else ""
            out.append(f"- From {md_escape(source.doc)}: {quote}{link}")
        out.append("")
    return out


def _to_check(result: BuildResult) -> list[str]:
    found = checks(result)
    if not found:
        return []
    out = ["## To check", "", "Entries and dates in a shape that is rarely what the document meant.", ""]
    if any(item.message == NO_ZONE for item in found):
        out += [md_escape(ADVICE).replace("\\`", "`"), ""]
    documents = {d.document.path: d.document for d in result.documents}
    for item in found:
        quote = highlighted(item.sentence, item.sentence_start, item.start, item.end, item.expr)
        where = md_link("in context", context_link(documents[item.doc], item.start, item.end))
        named = f"{md_escape(item.title)}: " if item.title else ""
        out.append(f"- {named}*{md_escape(item.message)}*. From {md_escape(item.doc)}: {quote} ({where})")
    return out + [""]


def _documents(result: BuildResult) -> list[str]:
    out = ["## Documents", ""]
    if not result.documents:
        return out + ["No documents were read.", ""]
    by_doc = events_by_document(result)
    for doc_result in result.documents:
        doc = doc_result.document
        out += [f"### {md_escape(doc.path)}", ""]
        if doc.title:
            out.append(f"- Title: {md_escape(doc.title)}")
        out.append(f"- URL: {md_link(doc.url, doc.url)}" if doc.url else "- URL: none (linked to its source page)")
        if doc.published:
            out.append(f"- Published: {doc.published.isoformat()}")
        out.append(f"- Reference date: {md_escape(reference_text(doc_result))}")
        out.append(f"- Events: {len(by_doc.get(doc.path, []))}; unresolved expressions: {len(doc_result.unresolved)}")
        out.append("")
        out += _unresolved(doc_result)
        out += _silent(doc_result)
    return out


def _unresolved(doc_result: DocumentResult) -> list[str]:
    if not doc_result.unresolved:
        return []
    out = ["Unresolved expressions:", ""]
    for item in doc_result.unresolved:
        quote = highlighted(item.sentence, item.sentence_start, item.start, item.end, item.expr)
        where = md_link("in context", context_link(doc_result.document, item.start, item.end))
        out.append(f"- {quote} — *{md_escape(item.reason)}* ({where})")
    return out + [""]


def _silent(doc_result: DocumentResult) -> list[str]:
    found = silent_dates(doc_result)
    if not found:
        return []
    out = ["Dates that gave nothing (no entry, no reason; see calfeed/report/silent.py for what is left out):", ""]
    for item in found[:MAX_LISTED]:
        quote = highlighted(item.line, item.line_start, item.start, item.end, item.expr)
        where = md_link("in context", context_link(doc_result.document, item.start, item.end))
        out.append(f"- {quote} — *{md_escape(REASON)}* ({where})")
    if len(found) > MAX_LISTED:
        out.append(f"- and {len(found) - MAX_LISTED} more such dates")
    return out + [""]


def _skipped(result: BuildResult) -> list[str]:
    out = ["## Skipped files", ""]
    if not result.skipped:
        return out + ["None.", ""]
    out += [f"- {md_escape(s.path)}: {md_escape(s.reason)}" for s in result.skipped]
    return out + [""]
