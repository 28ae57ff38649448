"""Which page modules make up the console (each one a router with its pages and form actions)."""

from __future__ import annotations

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from jamsos_desktop.hub.web import (
        page_audit,
        page_bpjs,
        page_dashboard,
        page_devices,
        page_duplicates,
        page_imports,
        page_operators,
        page_participants,
        page_quota,
        page_reports,
        page_settings,
    )

    return [m.router for m in (page_dashboard, page_participants, page_duplicates, page_imports, page_devices, page_bpjs,
                               page_quota, page_reports, page_settings, page_operators, page_audit)]
