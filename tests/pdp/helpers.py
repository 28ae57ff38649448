"""The real city hub (SQLite) for the office's personal-data tests: enrol the office, carry bundles both ways."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jamsos_desktop.hub.service import Hub
from jamsos_desktop.services import Services


class CityHub:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.now = dt.datetime(2026, 11, 30, 3, 0)
        self.hub = Hub.open(data_dir=folder / "hub", db=f"sqlite:///{folder / 'hub.sqlite'}", clock=lambda: self.now)
        self.hub.init(escrow_out=folder / "escrow.pem", escrow_passphrase=b"kunci-cadangan-uji")
        (folder / "hub-identity.json").write_bytes(self.hub.identity_file())

    def enrol(self, services: Services) -> None:
        self.hub.enrol(self.hub.read_enrolment(services.sync.enrolment()))
        services.sync.trust_hub(self.folder / "hub-identity.json")

    def round_trip(self, services: Services) -> int:
        """Export what is pending onto a 'stick', let the hub take it, apply its receipt; changes sent."""
        result = services.sync.export_bundle(self.folder)
        device = services.settings.get("office.device_id")  # as a signed upload of this office would say
        received = self.hub.receive(result.path.read_bytes(), device_id=device)
        services.sync.apply_receipt(received.receipt)
        return result.record_count

    def close(self) -> None:
        self.hub.close()
