"""The review report: what was found, how sure, and what a person should check.

``report.md`` and ``report.html`` carry the same content (counts, documents and
their reference dates, events, approximate events with their windows and reasons,
unresolved expressions, skipped files); ``sources/<name>.html`` pages show a
document's text with every expression anchored, for documents without a URL.
"""

from calfeed.report.html_report import render_html
from calfeed.report.markdown import render_markdown
from calfeed.report.source_page import render_source_page

__all__ = ["render_html", "render_markdown", "render_source_page"]
