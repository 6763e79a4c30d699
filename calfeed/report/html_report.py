"""``report.html``: the review report as one self-contained page.

Same content as ``report.md`` (both are built from :mod:`calfeed.report.facts`);
every piece of document text is escaped, the expression to check is a ``<mark>``.
"""

from __future__ import annotations

from calfeed.feeds.describe import window_of
from calfeed.model import BuildResult, DocumentResult, Event
from calfeed.report.checks import ADVICE, NO_ZONE, checks
from calfeed.report.facts import context_link, counts, events_by_document, reference_text, split_highlight, when_text
from calfeed.report.silent import MAX_LISTED, REASON, silent_dates
from calfeed.report.html_page import esc, link, page

TITLE = "calfeed review report"


def highlighted(sentence: str, sentence_start: int, start: int, end: int, expr: str, css: str = "") -> str:
    before, middle, after = split_highlight(sentence, sentence_start, start, end, expr)
    klass = f' class="{css}"' if css else ""
    return f"{esc(before)}<mark{klass}>{esc(middle)}</mark>{esc(after)}".strip()


def render_html(result: BuildResult) -> str:
    """The whole report as HTML (deterministic: no clock, inputs in the order given)."""
    body = [f"<h1>{esc(TITLE)}</h1>", "<table>", "<tr><th>What</th><th>Count</th></tr>"]
    body += [f'<tr><td>{esc(label)}</td><td class="num">{esc(value)}</td></tr>' for label, value in counts(result).rows()]
    body.append("</table>")
    body += _events(result.events)
    body += _approximate(result.events)
    body += _to_check(result)
    body += _documents(result)
    body += _skipped(result)
    return page(TITLE, body)


def _sources(event: Event) -> str:
    cells = [link(s.doc, s.url) if s.url else esc(s.doc) for s in event.sources]
    return ", ".join(dict.fromkeys(cells)) or "—"


def _events(events: list[Event]) -> list[str]:
    out = ["<h2>Events</h2>"]
    if not events:
        return out + ["<p>No events were found.</p>"]
    out += ["<table>", "<tr><th>When</th><th>Event</th><th>Where</th><th>Kind</th><th>Source</th></tr>"]
    for event in events:
        klass = ' class="approx"' if window_of(event) else ""
        out.append(
            f"<tr{klass}><td>{esc(when_text(event))}</td><td>{esc(event.title)}</td>"
            f"<td>{esc(event.location or '—')}</td><td>{esc(event.kind)}</td><td>{_sources(event)}</td></tr>"
        )
    return out + ["</table>"]


def _approximate(events: list[Event]) -> list[str]:
    approximate = [e for e in events if window_of(e)]
    if not approximate:
        return []
    out = ["<h2>Approximate events</h2>",
           "<p>These are in the feeds as tentative entries spanning the whole window; check the dates.</p>"]
    for event in approximate:
        first, last = window_of(event)  # type: ignore[misc]
        out += [f'<h3 class="approx">≈ {esc(event.title)}</h3>', "<ul>",
                f"<li>Window: {first.isoformat()} to {last.isoformat()}</li>"]
        if event.location:
            out.append(f"<li>Where: {esc(event.location)}</li>")
        out += [f"<li>Why: {esc(note)}</li>" for note in event.notes]
        for source in event.sources:
            quote = highlighted(source.sentence, source.sentence_start, source.start, source.end, source.expr, "event")
            more = f" ({link('source', source.url)})" if source.url else ""
            out.append(f"<li>From {esc(source.doc)}:<blockquote>{quote}</blockquote>{more}</li>")
        out.append("</ul>")
    return out


def _to_check(result: BuildResult) -> list[str]:
    found = checks(result)
    if not found:
        return []
    out = ["<h2>To check</h2>", "<p>Entries and dates in a shape that is rarely what the document meant.</p>"]
    if any(item.message == NO_ZONE for item in found):
        out.append(f"<p>{esc(ADVICE)}</p>")
    out.append("<ul>")
    documents = {d.document.path: d.document for d in result.documents}
    for item in found:
        quote = highlighted(item.sentence, item.sentence_start, item.start, item.end, item.expr, "unresolved")
        where = link("in context", context_link(documents[item.doc], item.start, item.end))
        named = f"{esc(item.title)}: " if item.title else ""
        out.append(f'<li>{named}<span class="reason">{esc(item.message)}</span>. From {esc(item.doc)}:'
                   f"<blockquote>{quote}</blockquote> ({where})</li>")
    return out + ["</ul>"]


def _documents(result: BuildResult) -> list[str]:
    out = ["<h2>Documents</h2>"]
    if not result.documents:
        return out + ["<p>No documents were read.</p>"]
    by_doc = events_by_document(result)
    for doc_result in result.documents:
        doc = doc_result.document
        out += [f"<h3>{esc(doc.path)}</h3>", "<ul>"]
        if doc.title:
            out.append(f"<li>Title: {esc(doc.title)}</li>")
        out.append(f"<li>URL: {link(doc.url, doc.url)}</li>" if doc.url
                   else '<li>URL: <span class="muted">none (linked to its source page)</span></li>')
        if doc.published:
            out.append(f"<li>Published: {doc.published.isoformat()}</li>")
        out.append(f"<li>Reference date: {esc(reference_text(doc_result))}</li>")
        out.append(f"<li>Events: {len(by_doc.get(doc.path, []))}; "
                   f"unresolved expressions: {len(doc_result.unresolved)}</li>")
        out.append("</ul>")
        out += _unresolved(doc_result)
        out += _silent(doc_result)
    return out


def _unresolved(doc_result: DocumentResult) -> list[str]:
    if not doc_result.unresolved:
        return []
    out = ["<p>Unresolved expressions:</p>", "<ul>"]
    for item in doc_result.unresolved:
        quote = highlighted(item.sentence, item.sentence_start, item.start, item.end, item.expr, "unresolved")
        where = link("in context", context_link(doc_result.document, item.start, item.end))
        out.append(f'<li>{quote} — <span class="reason">{esc(item.reason)}</span> ({where})</li>')
    return out + ["</ul>"]


def _silent(doc_result: DocumentResult) -> list[str]:
    found = silent_dates(doc_result)
    if not found:
        return []
    out = ["<p>Dates that gave nothing (no entry, no reason):</p>", "<ul>"]
    for item in found[:MAX_LISTED]:
        quote = highlighted(item.line, item.line_start, item.start, item.end, item.expr, "unresolved")
        where = link("in context", context_link(doc_result.document, item.start, item.end))
        out.append(f'<li>{quote} — <span class="reason">{esc(REASON)}</span> ({where})</li>')
    if len(found) > MAX_LISTED:
        out.append(f"<li>and {len(found) - MAX_LISTED} more such dates</li>")
    return out + ["</ul>"]


def _skipped(result: BuildResult) -> list[str]:
    out = ["<h2>Skipped files</h2>"]
    if not result.skipped:
        return out + ["<p>None.</p>"]
    out += ["<ul>"] + [f"<li>{esc(s.path)}: {esc(s.reason)}</li>" for s in result.skipped] + ["</ul>"]
    return out
