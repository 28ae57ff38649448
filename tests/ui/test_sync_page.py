"""Kirim Data page driven through its real widgets: export to a folder standing in for the stick, receipts,
trusting the hub after the fingerprint check, a pulled stick, bundle checks and the lost-stick report."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.sync.canonical import canonical_json
from jamsos_desktop.sync.device_keys import device_encryption_public
from jamsos_desktop.sync.hubkeys import generate_escrow_key, generate_hub_keys, hub_identity_file
from jamsos_desktop.sync.receipt import ChangeVerdict, DuplicateOf, ParticipantUpdate, write_receipt
from jamsos_desktop.ui.models.bundle_table import BundleTableModel
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.sync.sync_page import SyncPage
from jamsos_desktop.ui.widgets.drives import Volume, export_targets, looks_removable
from jamsos_desktop.ui.widgets.target_dialog import TargetDialog

from .conftest import KELURAHAN, ScriptedPrompter, sign_in

STICK_MESSAGE = "Flashdisk terlepas atau penuh; data tidak hilang, ulangi ekspor."


class ScriptedPicker:
    """Stands in for ui.widgets.pickers.FilePicker: answers each request from a queue, records titles."""

    def __init__(self) -> None:
        self.answers: list[Path | None] = []
        self.asked: list[str] = []

    def _next(self, title: str) -> Path | None:
        self.asked.append(title)
        return self.answers.pop(0)

    def target_folder(self, parent: Any, *, title: str, question: str) -> Path | None:
        return self._next(title)

    def open_file(self, parent: Any, *, title: str, name_filter: str) -> Path | None:
        return self._next(title)

    def save_file(self, parent: Any, *, title: str, suggested: str, name_filter: str) -> Path | None:
        return self._next(title)


class TestHub:
    """A hub key pair made in the test (the real hub lives in jamsos_desktop.hub)."""

    __test__ = False

    def __init__(self, folder: Path) -> None:
        self.keys = generate_hub_keys()
        self.identity_file = folder / "hub-identity.json"
        self.identity_file.write_bytes(hub_identity_file(self.keys, escrow_public=generate_escrow_key().public_key(),
                                                         name="Hub Uji Disnaker"))

    def receipt_file(self, services: Services, folder: Path, changes: list[ChangeVerdict],
                     participants: tuple[ParticipantUpdate, ...] = ()) -> Path:
        me = services.sync.identity()
        data = write_receipt(hub=self.keys, device_id=me.device_id, kelurahan_code=KELURAHAN,
                             device_key=device_encryption_public(me), changes=changes, participants=participants,
                             previous=None, app_version="test")
        path = folder / "jamsos-receipt-uji.jamsos"
        path.write_bytes(data)
        return path


@pytest.fixture
def picker() -> ScriptedPicker:
    return ScriptedPicker()


@pytest.fixture
def hub(tmp_path: Path, services: Services) -> TestHub:
    hub = TestHub(tmp_path)
    services.sync.trust_hub(hub.identity_file)
    services.settings.set("approval.required", "0")
    return hub


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


def make_page(qtbot: QtBot, services: Services, prompter: ScriptedPrompter, picker: ScriptedPicker) -> SyncPage:
    page = SyncPage(services, tasks=TaskRunner(), prompter=prompter, picker=picker)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    return page


def register(services: Services, n: int, seed: int = 1) -> list[str]:
    return [s.id for s in services.participants.register_many(synthetic_records(n, seed=seed,
                                                                                  kelurahan_code=KELURAHAN))]


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.waitUntil(button.isEnabled)  # a task that just finished re-enables the buttons a moment later
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_and_wait_message(qtbot: QtBot, prompter: ScriptedPrompter, button: Any) -> tuple[str, str, str]:
    before = len(prompter.messages)
    click(qtbot, button)
    qtbot.waitUntil(lambda: len(prompter.messages) > before, timeout=10_000)
    return prompter.messages[-1]


def test_export_then_receipt_updates_queue_statuses_and_bundle_states(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, picker: ScriptedPicker, hub: TestHub,
        stick: Path) -> None:
    ids = register(services, 4)
    page = make_page(qtbot, services, prompter, picker)
    assert page.ui.queued_label.text() == "4 perubahan"
    assert page.ui.last_export_label.text() == "belum pernah"
    assert "Hub Uji Disnaker" in page.ui.hub_label.text()
    picker.answers = [stick]
    with qtbot.waitSignal(page.participants_changed, timeout=10_000):
        click(qtbot, page.ui.export_button)
    kind, title, text = prompter.messages[-1]
    assert (kind, title) == ("info", "Berkas kiriman tersimpan") and "4 perubahan" in text
    assert len(list(stick.glob("*.jamsos"))) == 1
    assert page.model.rowCount() == 1 and page.model.state(0) == "Menunggu tanda terima"
    assert page.ui.last_export_label.text() != "belum pernah"
    assert services.participants.status_counts() == {"exported": 4}

    dev = services.sync.identity().device_id
    receipt = hub.receipt_file(services, stick, [
        ChangeVerdict(dev, 1, ids[0], 1, "accepted"), ChangeVerdict(dev, 2, ids[1], 1, "accepted"),
        ChangeVerdict(dev, 3, ids[2], 1, "rejected", reason="Nama tidak sesuai Dukcapil"),
        ChangeVerdict(dev, 4, ids[3], 1, "duplicate",
                      duplicate_of=DuplicateOf("2171010101800001", "21.71.01.1002", "Pemping"))],
        (ParticipantUpdate(ids[0], "12345678901"),))
    picker.answers = [receipt]
    with qtbot.waitSignal(page.participants_changed, timeout=10_000):
        click(qtbot, page.ui.apply_receipt_button)
    assert prompter.messages[-1][:2] == ("info", "Tanda terima diterapkan")
    assert "2 diterima, 1 ditolak, 1 ganda, 1 nomor KPJ" in prompter.messages[-1][2]
    assert services.participants.status_counts() == {"active": 1, "received": 1, "rejected": 1, "duplicate": 1}
    assert page.ui.queued_label.text() == "0 perubahan"
    assert page.model.rowCount() == 2
    states = {page.model.bundle(r).kind: page.model.state(r) for r in range(2)}
    assert states == {"receipt": "Diterapkan: 2 diterima, 1 ditolak, 1 ganda",
                      "changes": "Tanda terima sudah diterapkan"}

    picker.answers = [receipt]
    kind, title, text = click_and_wait_message(qtbot, prompter, page.ui.apply_receipt_button)
    assert (kind, title) == ("info", "Sudah pernah diterapkan") and "tidak ada yang berubah" in text
    assert page.model.rowCount() == 2


def test_trusting_a_hub_shows_its_fingerprint_and_waits_for_confirmation(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, picker: ScriptedPicker, tmp_path: Path) -> None:
    hub = TestHub(tmp_path)
    fingerprint = services.sync.read_hub_file(hub.identity_file).fingerprint
    page = make_page(qtbot, services, prompter, picker)
    steps = page.checklist.ui
    assert "belum dipercayai" in page.ui.hub_label.text() and steps.trust_state_label.text() == "○"
    prompter.answers["confirm"] = False
    picker.answers = [hub.identity_file]
    qtbot.mouseClick(steps.trust_button, Qt.MouseButton.LeftButton)
    kind, title, text = prompter.messages[-1]
    assert kind == "confirm" and fingerprint in text and "Hub Uji Disnaker" in text
    assert services.sync.hub() is None and "belum dipercayai" in page.ui.hub_label.text()

    prompter.answers["confirm"] = True
    picker.answers = [hub.identity_file]
    qtbot.mouseClick(steps.trust_button, Qt.MouseButton.LeftButton)
    assert prompter.messages[-2][0] == "confirm" and prompter.messages[-1][:2] == ("info", "Disnaker dipercayai")
    trusted = services.sync.hub()
    assert trusted is not None and trusted.fingerprint == fingerprint
    assert page.ui.hub_label.text() == "Hub Uji Disnaker" and steps.trust_state_label.text() == "✓"
    assert fingerprint not in page.ui.hub_label.text()  # technical details stay under "Rincian teknis"
    qtbot.mouseClick(page.ui.technical_button, Qt.MouseButton.LeftButton)
    assert page.ui.technical_label.isVisible() and fingerprint in page.ui.technical_label.text()

    broken = tmp_path / "rusak.json"
    broken.write_text('{"format": "bukan"}')
    picker.answers = [broken]
    qtbot.mouseClick(steps.trust_button, Qt.MouseButton.LeftButton)
    assert prompter.messages[-1][0] == "warn" and services.sync.hub() == trusted

    # An altered file is refused in the clerk's words: Disnaker, never "hub".
    altered = tmp_path / "diubah.json"
    doc = json.loads(hub.identity_file.read_text(encoding="utf-8"))
    doc["hub_id"] = "hub-" + "a" * 20
    altered.write_bytes(canonical_json(doc) + b"\n")
    picker.answers = [altered]
    qtbot.mouseClick(steps.trust_button, Qt.MouseButton.LeftButton)
    kind, _title, text = prompter.messages[-1]
    assert kind == "warn" and "identitas Disnaker" in text and not re.search(r"\bhub\b", text, re.IGNORECASE)
    assert services.sync.hub() == trusted

    sign_in(services, "siti")
    page.refresh()
    assert not steps.trust_button.isEnabled()


def test_a_pulled_stick_says_so_plainly_and_keeps_the_queue(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, picker: ScriptedPicker, hub: TestHub,
        stick: Path) -> None:
    register(services, 3)
    page = make_page(qtbot, services, prompter, picker)
    picker.answers = [stick]
    shutil.rmtree(stick)  # chosen, then pulled out before the bundle was written
    kind, title, text = click_and_wait_message(qtbot, prompter, page.ui.export_button)
    assert (kind, text) == ("warn", STICK_MESSAGE)
    assert page.ui.result_label.text() == STICK_MESSAGE
    assert services.sync.pending_count() == 3 and services.sync.bundles() == []
    assert services.participants.status_counts() == {"approved": 3}
    assert page.ui.queued_label.text() == "3 perubahan"
    qtbot.waitUntil(page.ui.export_button.isEnabled)  # ready for the next try


def test_export_waits_for_the_checklist_and_says_why(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, picker: ScriptedPicker, stick: Path,
        tmp_path: Path) -> None:
    """Seen: in a fresh office "Ekspor ke flashdisk" was enabled and failed only after the stick was chosen,
    quoting a command line and a menu that does not exist."""
    services.settings.set("approval.required", "0")
    page = make_page(qtbot, services, prompter, picker)
    steps = page.checklist.ui
    assert [steps.office_state_label.text(), steps.enrol_state_label.text(), steps.trust_state_label.text()] == [
        "✓", "○", "○"]
    assert not page.ui.export_button.isEnabled()
    assert "belum mempercayai Disnaker" in page.ui.export_reason_label.text()
    assert "jamsos" not in page.ui.export_reason_label.text() and "hub" not in page.ui.export_reason_label.text()

    picker.answers = [tmp_path / "pendaftaran"]
    click_and_wait_message(qtbot, prompter, steps.enrol_button)
    assert services.sync.identity().device_id in (tmp_path / "pendaftaran.json").read_text()
    assert services.sync.identity().fingerprint in prompter.messages[-1][2]
    assert steps.enrol_state_label.text() == "✓" and "disimpan" in steps.enrol_text_label.text()

    hub = TestHub(tmp_path)
    picker.answers = [hub.identity_file]
    qtbot.mouseClick(steps.trust_button, Qt.MouseButton.LeftButton)
    assert steps.trust_state_label.text() == "✓" and "Persiapan selesai" in steps.next_step_label.text()
    assert not page.ui.export_button.isEnabled()  # ready, but nothing to send yet
    assert page.ui.export_reason_label.text() == "Tidak ada perubahan yang menunggu dikirim."
    register(services, 1)
    page.refresh()
    assert page.ui.export_button.isEnabled() and not page.ui.export_reason_label.isVisible()


def test_verify_enrolment_and_lost_stick_report(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, picker: ScriptedPicker, hub: TestHub,
        stick: Path, tmp_path: Path) -> None:
    register(services, 3)
    page = make_page(qtbot, services, prompter, picker)
    picker.answers = [stick]
    with qtbot.waitSignal(page.participants_changed, timeout=10_000):
        click(qtbot, page.ui.export_button)
    bundle = next(stick.glob("*.jamsos"))

    picker.answers = [bundle]
    kind, title, text = click_and_wait_message(qtbot, prompter, page.ui.verify_button)
    assert (kind, title) == ("info", "Berkas sah") and "Kelurahan Sungai Jodoh" in text and "3 catatan" in text
    raw = bytearray(bundle.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    (tmp_path / "rusak.jamsos").write_bytes(bytes(raw))
    picker.answers = [tmp_path / "rusak.jamsos"]
    kind, title, _text = click_and_wait_message(qtbot, prompter, page.ui.verify_button)
    assert (kind, title) == ("warn", "Berkas tidak sah")

    fingerprint = services.sync.identity().fingerprint
    assert page.ui.technical_label.text() == ""  # filled when opened: the fingerprint needs the private key
    qtbot.mouseClick(page.ui.technical_button, Qt.MouseButton.LeftButton)
    assert page.ui.technical_label.isVisible() and fingerprint in page.ui.technical_label.text()
    page.refresh()  # kept up to date while open
    assert fingerprint in page.ui.technical_label.text()

    # The task's result (the message) and its end (the page no longer busy) are two signals from the worker
    # thread; on a slow PC (Windows under Wine) the second can come a moment after the message.
    qtbot.waitUntil(page.ui.verify_button.isEnabled)
    assert not page.ui.contents_button.isEnabled()  # nothing selected yet
    page.ui.bundle_table.selectRow(0)
    assert page.ui.contents_button.isEnabled()
    picker.answers = [tmp_path / "isi-bundel"]
    kind, title, _text = click_and_wait_message(qtbot, prompter, page.ui.contents_button)
    assert (kind, title) == ("info", "Isi berkas kiriman tersimpan")
    sheet = load_workbook(tmp_path / "isi-bundel.xlsx").active
    assert sheet.title == "Isi kiriman" and sheet["A1"].value == "Isi berkas kiriman"  # the clerk's words
    niks = {row[3] for row in sheet.iter_rows(values_only=True)}
    assert {p["nik"] for p in services.participants.page()} <= niks

    sign_in(services, "siti")
    page.refresh()
    page.ui.bundle_table.selectRow(0)
    assert not page.ui.contents_button.isEnabled()  # supervisors and admins only


def test_bundle_states_without_a_window() -> None:
    def row(kind: str, at: int, seq_to: int, **counts: int) -> SimpleNamespace:
        import datetime as dt

        return SimpleNamespace(bundle_id=f"b{at}", kind=kind, direction="in" if kind == "receipt" else "out",
                               file_name=f"f{at}.jamsos", recorded_at=dt.datetime(2026, 1, at), recorded_by="siti",
                               seq_from=1, seq_to=seq_to, record_count=seq_to, destination="/media/x",
                               accepted=counts.get("a", 0), rejected=counts.get("r", 0), duplicate=counts.get("d", 0))

    model = BundleTableModel()
    model.set_bundles([row("changes", 5, 9), row("receipt", 4, 6, a=5, r=1), row("changes", 3, 6),
                       row("changes", 2, 4)])
    assert [model.state(r) for r in range(4)] == [
        "Menunggu tanda terima", "Diterapkan: 5 diterima, 1 ditolak, 0 ganda", "Tanda terima sudah diterapkan",
        "Tanda terima sudah diterapkan"]
    assert model.data(model.index(0, 3)) == "1–9" and model.data(model.index(1, 1)) == "Tanda terima dari Disnaker"


class FakeVolume:
    def __init__(self, root: str, *, name: str = "", ready: bool = True, read_only: bool = False,
                 fs: str = "vfat", free: int = 8 * 1024**3) -> None:
        self.root, self._name, self.ready, self.read_only, self.fs, self.free = root, name, ready, read_only, fs, free

    def rootPath(self) -> str:  # noqa: N802
        return self.root

    def name(self) -> str:
        return self._name

    def isReady(self) -> bool:  # noqa: N802
        return self.ready

    def isValid(self) -> bool:  # noqa: N802
        return True

    def isReadOnly(self) -> bool:  # noqa: N802
        return self.read_only

    def bytesAvailable(self) -> int:  # noqa: N802
        return self.free

    def fileSystemType(self) -> bytes:  # noqa: N802
        return self.fs.encode()


def test_removable_drives_are_offered_first(qtbot: QtBot, tmp_path: Path) -> None:
    drive_types = {"C:\\": 3, "D:\\": 3, "E:\\": 2, "F:\\": 2, "G:\\": 2, "N:\\": 4}.get  # as GetDriveTypeW says
    windows = export_targets([FakeVolume("C:/", name="Windows", fs="NTFS"), FakeVolume("E:/", name="KINGSTON"),
                              FakeVolume("D:/", name="DATA", read_only=True), FakeVolume("F:/", ready=False),
                              FakeVolume("N:/", name="arsip", fs="NTFS")],
                             platform="win32", drive_type=lambda root: drive_types(root, 0))
    assert [(v.name, v.removable) for v in windows] == [("KINGSTON", True), ("Windows", False), ("arsip", False)]
    linux = export_targets([FakeVolume("/", fs="ext4"), FakeVolume("/boot", fs="ext4"),
                            FakeVolume("/run/media/siti/STICK", name="STICK"), FakeVolume("/dev/shm", fs="tmpfs"),
                            FakeVolume("/media/usb0", name="USB")], platform="linux")
    assert [v.path.as_posix() for v in linux] == ["/media/usb0", "/run/media/siti/STICK", "/"]
    assert looks_removable("/mnt/flash", "linux") and not looks_removable("/home", "linux")
    assert looks_removable("G:\\", "win32", lambda root: drive_types(root, 0))
    assert not looks_removable("C:\\", "win32", lambda root: drive_types(root, 0))

    volumes = [Volume(tmp_path, "STICK", 3 * 1024**3, True), Volume(Path("/"), "", 80 * 1024**3, False)]
    dialog = TargetDialog(title="Ekspor", question="Di mana?", volumes=lambda: volumes)
    qtbot.addWidget(dialog)
    assert dialog.ui.volume_list.count() == 2 and not dialog.ui.empty_label.isVisibleTo(dialog)
    assert dialog.ui.volume_list.item(0).text().startswith("STICK (") and "3,0 GB kosong" in \
        dialog.ui.volume_list.item(0).text()
    qtbot.mouseClick(dialog.ui.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == tmp_path
    no_sticks = TargetDialog(title="Ekspor", question="Di mana?", volumes=lambda: volumes[1:])
    qtbot.addWidget(no_sticks)
    assert no_sticks.ui.empty_label.isVisibleTo(no_sticks)
    # With no stick in, the computer's own disk is listed but never chosen for the clerk: Enter does nothing.
    assert no_sticks.ui.volume_list.currentRow() == -1 and not no_sticks.ui.choose_button.isEnabled()
    qtbot.keyClick(no_sticks.ui.volume_list, Qt.Key.Key_Return)
    assert no_sticks.chosen() is None and no_sticks.result() == 0
    no_sticks.ui.volume_list.setCurrentRow(0)  # the clerk picks it deliberately
    assert no_sticks.ui.choose_button.isEnabled()
