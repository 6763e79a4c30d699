"""calfeed: documents in, subscribable calendars out.

The pipeline, one stage a subpackage: :mod:`calfeed.sources` reads documents,
:mod:`calfeed.timex` finds and resolves date expressions, :mod:`calfeed.events`
frames them as events and deadlines, :mod:`calfeed.feeds` writes iCalendar and JSON,
:mod:`calfeed.report` writes the review report. :mod:`calfeed.pipeline` ties them
together; the CLI is a thin shell over it.
"""

__version__ = "0.1.0"
