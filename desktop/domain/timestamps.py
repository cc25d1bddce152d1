"""Reading the timestamps this program writes: one parser (``datetime.fromisoformat``) for every view.

Rows carry UTC ISO 8601 with microseconds and a "Z" (``desktop.store.ids.now``); backup
file names carry the local time as "YYYYmmdd-HHMMSS" (``desktop.store.exchange.backup``).
"""

from __future__ import annotations

from datetime import datetime

DAY_AND_TIME = "%d-%m-%Y %H:%M"


def parse_stamp(stamp: str | None) -> datetime | None:
    """The moment ``stamp`` names (aware when it has "Z" or an offset), or None when it is not a timestamp."""
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp.strip())
    except ValueError:
        return None


def local_time(stamp: str | None, pattern: str = DAY_AND_TIME) -> str:
    """A stamp as the analyst's local day and time; text that is no timestamp is shown as it is."""
    moment = parse_stamp(stamp)
    if moment is None:
        return stamp or ""
    return moment.astimezone().strftime(pattern)


def backup_stamp_time(stamp: str) -> datetime | None:
    """The local time in a backup's name ("20260223-142501"), or None when it names no real moment."""
    return parse_stamp(stamp.replace("-", "T", 1))
