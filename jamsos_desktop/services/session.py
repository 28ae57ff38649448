"""The desk session's idle policy: after how long an unattended screen locks itself.

The office setting `session.autolock_minutes` says it; 0 (or anything unreadable) means never. The GUI asks
this module rather than parsing the setting itself, so the rule lives in one place.
"""

from __future__ import annotations

from jamsos_desktop.services.office import Office

AUTOLOCK_KEY = "session.autolock_minutes"


def autolock_seconds(office: Office) -> int | None:
    """Seconds of idleness before the screen locks, or None when auto-lock is off."""
    value = office.setting(AUTOLOCK_KEY).strip()
    if not value.isdigit() or int(value) == 0:
        return None
    return int(value) * 60
