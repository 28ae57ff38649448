"""Use cases of the office app, shared by the GUI and the CLI: one way to do each thing."""

from __future__ import annotations

from jamsos_desktop.services.auth import AuthService
from jamsos_desktop.services.breach import BreachService
from jamsos_desktop.services.cards import CardService
from jamsos_desktop.services.consent import ConsentService
from jamsos_desktop.services.data_copy import DataCopyService
from jamsos_desktop.services.encryption import EncryptionService
from jamsos_desktop.services.imports import ImportService
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
    """Every service of one open office, handed to views and commands through their constructors."""

    def __init__(self, office: Office) -> None:
        self.office = office
        self.auth = AuthService(office)
        self.participants = ParticipantService(office)
        self.maintenance = MaintenanceService(office)
        self.settings = SettingsService(office)
        self.sync = SyncService(office)
        self.cards = CardService(office)
        self.reports = ReportService(office)
        self.imports = ImportService(office, self.participants)
        self.readiness = ReadinessService(office)
        self.consent = ConsentService(office)
        self.data_copy = DataCopyService(office)
        self.retention = RetentionService(office)
        self.breach = BreachService(office)
        self.encryption = EncryptionService(office)
        self.notices = NoticeService(office)
