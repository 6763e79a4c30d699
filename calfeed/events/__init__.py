"""Stage three: frame dates as calendar events (what, where, when, how sure).

    from calfeed.events import frame_events, merge_events
"""

from calfeed.events.framing import frame_events
from calfeed.events.identity import merge_events

__all__ = ["frame_events", "merge_events"]
