"""Times as the office reads them: on this PC's clock, with the zone Indonesians name (WIB, WITA, WIT).

The database keeps UTC; naive values are UTC. Batam is WIB (UTC+7); a PC set to another zone shows its own.
"""

from __future__ import annotations

import datetime as dt

ZONE_NAMES = {7 * 60: "WIB", 8 * 60: "WITA", 9 * 60: "WIT"}


def zone_name(at: dt.datetime) -> str:
    """WIB, WITA or WIT for Indonesia's zones, else UTC+H[:MM] (UTC itself for +0)."""
    offset = at.utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    if minutes in ZONE_NAMES:
        return ZONE_NAMES[minutes]
    if minutes == 0:
        return "UTC"
    sign, minutes = ("+" if minutes > 0 else "-"), abs(minutes)
    return f"UTC{sign}{minutes // 60}" + (f":{minutes % 60:02d}" if minutes % 60 else "")


def on_this_pc(at: dt.datetime) -> dt.datetime:
    return (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone()


def local_time(at: dt.datetime | None, *, with_zone: bool = True) -> str:
    """DD-MM-YYYY HH:MM WIB on this PC's clock ('' for None)."""
    if at is None:
        return ""
    local = on_this_pc(at)
    text = local.strftime("%d-%m-%Y %H:%M")
    return f"{text} {zone_name(local)}" if with_zone else text
