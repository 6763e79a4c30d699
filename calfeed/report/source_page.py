"""``sources/<name>.html``: a document without a URL of its own, as a page to link to.

Feed entries link to ``#t<start>-<end>`` (:func:`calfeed.feeds.links.anchor_id`), so
every expression gets that id: the ones that became events (green, with a numbered
link to the event list at the top, which links back), the unresolved ones (red,
the reason on hover) and every other date expression found (yellow).
Marks cannot overlap in HTML; when two expressions do, the more important one is
marked and the other keeps its anchor as an empty element at its start.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from calfeed.feeds.links import anchor_id
from calfeed.model import DocumentResult
from calfeed.report.facts import reference_text, when_text
from calfeed.report.html_page import esc, page


@dataclass
class _Span:
    start: int
    end: int
    css: str
    hint: str
    events: list[int] = field(default_factory=list)

    @property
    def id(self) -> str:
        return anchor_id(self.start, self.end)


def _candidates(doc_result: DocumentResult) -> list[_Span]:
    """Every expression to anchor, most important first, one entry per distinct span."""
    size = len(doc_result.document.text)
    path = doc_result.document.path
    spans: dict[tuple[int, int], _Span] = {}

    def add(start: int, end: int, css: str, hint: str) -> _Span | None:
        if not 0 <= start < end <= size:
            return None
        return spans.setdefault((start, end), _Span(start, end, css, hint))

    for number, event in enumerate(doc_result.events, start=1):
        for source in event.sources:
            if source.doc == path:
                span = add(source.start, source.end, "event", event.title)
                if span is not None and number not in span.events:
                    span.events.append(number)
    for item in doc_result.unresolved:
        add(item.start, item.end, "unresolved", item.reason)
    for timex in doc_result.timexes:
        add(timex.start, timex.end, "", timex.value)
    return list(spans.values())


def _place(candidates: list[_Span]) -> tuple[list[_Span], list[_Span]]:
    """Split into non-overlapping marks (in priority order) and leftovers that only get an anchor."""
    starts: list[int] = []
    marks: list[_Span] = []
    anchors: list[_Span] = []
    for span in candidates:
        i = bisect.bisect_left(starts, span.start)
        clash = (i > 0 and marks[i - 1].end > span.start) or (i < len(marks) and marks[i].start < span.end)
        if clash:
            anchors.append(span)
        else:
            starts.insert(i, span.start)
            marks.insert(i, span)
    return marks, anchors


def _marked_text(text: str, marks: list[_Span], anchors: list[_Span]) -> str:
    points: dict[int, list[str]] = {}
    for span in anchors:
        points.setdefault(span.start, []).append(f'<span id="{span.id}"></span>')
    opens = {m.start: m for m in marks}
    closes = {m.end: m for m in marks}
    cuts = sorted({0, len(text)} | set(points) | set(opens) | set(closes))
    out: list[str] = []
    for here, nxt in zip(cuts, cuts[1:] + [len(text)]):
        if here in closes:
            out.append(_close(closes[here]))
        out += points.get(here, [])
        if here in opens:
            span = opens[here]
            klass = f' class="{span.css}"' if span.css else ""
            out.append(f'<mark id="{span.id}"{klass} title="{esc(span.hint)}">')
        out.append(esc(text[here:nxt]))
    return "".join(out)


def _close(span: _Span) -> str:
    refs = "".join(f'<sup><a href="#e{n}">{n}</a></sup>' for n in span.events)
    return "</mark>" + refs


def render_source_page(doc_result: DocumentResult) -> str:
    """The document's text with every expression highlighted and anchored."""
    doc = doc_result.document
    title = doc.title or doc.path
    body = [f"<h1>{esc(title)}</h1>", "<ul>", f"<li>File: {esc(doc.path)}</li>"]
    if doc.published:
        body.append(f"<li>Published: {doc.published.isoformat()}</li>")
    body += [f"<li>Reference date: {esc(reference_text(doc_result))}</li>", "</ul>"]
    body += _event_list(doc_result)
    body += _unresolved_list(doc_result)
    marks, anchors = _place(_candidates(doc_result))
    body += ["<h2>Text</h2>",
             '<p class="muted">Highlighted: <mark class="event">an event</mark> '
             '<mark class="unresolved">could not be pinned down</mark> <mark>other date expressions</mark></p>',
             f'<div class="doc">{_marked_text(doc.text, marks, anchors)}</div>']
    return page(title, body)


def _event_list(doc_result: DocumentResult) -> list[str]:
    out = ["<h2>Events read from this document</h2>"]
    if not doc_result.events:
        return out + ["<p>None.</p>"]
    out.append("<ol>")
    path = doc_result.document.path
    for number, event in enumerate(doc_result.events, start=1):
        where = f" — {esc(event.location)}" if event.location else ""
        refs = [anchor_id(s.start, s.end) for s in event.sources if s.doc == path]
        jump = "".join(f' <a href="#{r}">“{esc(s.expr)}”</a>'
                       for r, s in zip(refs, [s for s in event.sources if s.doc == path]))
        out.append(f'<li id="e{number}">{esc(when_text(event))}: <strong>{esc(event.title)}</strong>{where}{jump}</li>')
    return out + ["</ol>"]


def _unresolved_list(doc_result: DocumentResult) -> list[str]:
    if not doc_result.unresolved:
        return []
    out = ["<h2>Could not be pinned down</h2>", "<ul>"]
    for item in doc_result.unresolved:
        out.append(f'<li><a href="#{anchor_id(item.start, item.end)}">“{esc(item.expr)}”</a>: '
                   f'<span class="reason">{esc(item.reason)}</span></li>')
    return out + ["</ul>"]
