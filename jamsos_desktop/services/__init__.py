"""Use cases of the office app, shared by the GUI and the CLI: one way to do each thing.

`Services` builds each service on first use: a command or a window that needs only sign-in and the participant
list never imports the card printer (reportlab), the spreadsheet reader (openpyxl) or the HTTP client (httpx),
which keeps `jamsos list` and the desktop's start short (issue 18; tests/perf/bench_cli.py measures it).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jamsos_desktop.services.auth import AuthService
    from jamsos_desktop.services.breach import BreachService
    from jamsos_desktop.services.cards import CardService
    from jamsos_desktop.services.consent import ConsentService
    from jamsos_desktop.services.data_copy import DataCopyService
    from jamsos_desktop.services.encryption import EncryptionService
    from jamsos_desktop.services.imports import ImportService
    from jamsos_desktop.services.listing import ParticipantList
    from jamsos_desktop.services.maintenance import MaintenanceService
    from jamsos_desktop.services.notices import NoticeService
    from jamsos_desktop.services.office import Office
    from jamsos_desktop.services.participants import ParticipantService
    from jamsos_desktop.services.readiness import ReadinessService
    from jamsos_desktop.services.reports import ReportService
    from jamsos_desktop.services.retention import RetentionService
    from jamsos_desktop.services.settings import SettingsService
    from jamsos_desktop.services.sync import SyncService


class Services:
    """Every service of one open office, handed to views and commands through their constructors; each one is
    made (and its module imported) the first time it is used."""

    def __init__(self, office: Office) -> None:
        self.office = office

    def warm_up(self) -> None:
        """Import what signing in and the main window's first page need (the sign-in service with argon2, the
        list's service, the office settings the windows read), so it is not done after the password. None needs
        SQLAlchemy: the storage models are imported and prepared on the worker once the main window is shown
        (`warm_up_storage`)."""
        self.auth  # noqa: B018
        self.participant_list  # noqa: B018
        self.settings  # noqa: B018

    def warm_up_storage(self) -> None:
        """Import and prepare the storage models (SQLAlchemy, sqlmodel, pydantic) and the service that saves a
        participant, so the clerk's first save does not wait for them. On a worker, after the first paint."""
        from jamsos_desktop.store.models import prepare

        self.participants  # noqa: B018
        prepare()

    @cached_property
    def auth(self) -> AuthService:
        from jamsos_desktop.services.auth import AuthService

        return AuthService(self.office)

    @cached_property
    def participants(self) -> ParticipantService:
        from jamsos_desktop.services.participants import ParticipantService

        return ParticipantService(self.office)

    @cached_property
    def participant_list(self) -> ParticipantList:
        """The list's pages, searches and counts alone: no SQLAlchemy import (`jamsos list`, the list view)."""
        from jamsos_desktop.services.listing import ParticipantList

        return ParticipantList(self.office)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from jamsos_desktop.services.maintenance import MaintenanceService

        return MaintenanceService(self.office)

    @cached_property
    def settings(self) -> SettingsService:
        from jamsos_desktop.services.settings import SettingsService

        return SettingsService(self.office)

    @cached_property
    def sync(self) -> SyncService:
        from jamsos_desktop.services.sync import SyncService

        return SyncService(self.office)

    @cached_property
    def cards(self) -> CardService:
        from jamsos_desktop.services.cards import CardService

        return CardService(self.office)

    @cached_property
    def reports(self) -> ReportService:
        from jamsos_desktop.services.reports import ReportService

        return ReportService(self.office)

    @cached_property
    def imports(self) -> ImportService:
        from jamsos_desktop.services.imports import ImportService

        return ImportService(self.office, self.participants)

    @cached_property
    def readiness(self) -> ReadinessService:
        from jamsos_desktop.services.readiness import ReadinessService

        return ReadinessService(self.office)

    @cached_property
    def consent(self) -> ConsentService:
        from jamsos_desktop.services.consent import ConsentService

        return ConsentService(self.office)

    @cached_property
    def data_copy(self) -> DataCopyService:
        from jamsos_desktop.services.data_copy import DataCopyService

        return DataCopyService(self.office)

    @cached_property
    def retention(self) -> RetentionService:
        from jamsos_desktop.services.retention import RetentionService

        return RetentionService(self.office)

    @cached_property
    def breach(self) -> BreachService:
        from jamsos_desktop.services.breach import BreachService

        return BreachService(self.office)

    @cached_property
    def encryption(self) -> EncryptionService:
        from jamsos_desktop.services.encryption import EncryptionService

        return EncryptionService(self.office)

    @cached_property
    def notices(self) -> NoticeService:
        from jamsos_desktop.services.notices import NoticeService

        return NoticeService(self.office)
