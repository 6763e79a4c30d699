"""Feeds: what subscribers and other programs read.

:mod:`calfeed.feeds.ical` writes the iCalendar feed, :mod:`calfeed.feeds.json_output`
the ``events.json`` contract, :mod:`calfeed.feeds.links` the links back to the
sentence an event was read from; :mod:`calfeed.feeds.vtimezone` builds the zone
definitions the feed carries.
"""
