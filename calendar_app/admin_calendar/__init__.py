"""The admin's calendar for event editors: a month of occurrences and a list of events by
their next occurrence, over the events the editor may explore (drafts included).

The public calendar (``calendar_app.selectors``) serves live events to readers; this one
shows editors what is stored, marked as draft where readers do not see it, and expands
occurrences with the same functions, so the two cannot disagree on a date.
"""
