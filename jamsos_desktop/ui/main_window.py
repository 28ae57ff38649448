"""The main window: a thin shell of navigation, menus, lock screen and status bar around the pages.

Pages are built from the services handed in and talk to each other only through the signals wired here. Only
the participants page is built with the window; every other page is built the first time it is shown or asked
for (issue 18: sign-in to the main window under a second), with its wiring and the signed-in role applied then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from jamsos_desktop import APP_NAME, __version__
from jamsos_desktop.domain.roles import allowed
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.services import Services
from jamsos_desktop.services.office import Actor
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.first_paint import AfterFirstPaint
from jamsos_desktop.ui.generated.ui_main_window import Ui_MainWindow
from jamsos_desktop.ui.i18n import LanguagePreference
from jamsos_desktop.ui.icons import app_icon
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.participants.page import ParticipantsPage
from jamsos_desktop.ui.views.session.session_controller import SessionController
from jamsos_desktop.ui.views.shell.commands import ShellCommands
from jamsos_desktop.ui.views.shell.pages import LazyPages
from jamsos_desktop.ui.views.shell.placement import WindowPlacement
from jamsos_desktop.ui.views.shell.status_bar import OfficeStatusBar
from jamsos_desktop.ui.widgets.login_panel import LoginPanel
from jamsos_desktop.ui.widgets.pickers import FilePicker
from jamsos_desktop.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from jamsos_desktop.services.readiness import Readiness
    from jamsos_desktop.ui.views.approval.approval_view import ApprovalView
    from jamsos_desktop.ui.views.audit.audit_view import AuditView
    from jamsos_desktop.ui.views.cards.cards_page import CardsPage
    from jamsos_desktop.ui.views.participants.form_view import ParticipantFormView
    from jamsos_desktop.ui.views.pdp.participant_actions import ParticipantRightsButton
    from jamsos_desktop.ui.views.pdp.rights_page import RightsPage
    from jamsos_desktop.ui.views.reports.reports_page import ReportsPage
    from jamsos_desktop.ui.views.settings.operators_view import OperatorsView
    from jamsos_desktop.ui.views.settings.settings_view import SettingsView
    from jamsos_desktop.ui.views.shell.help_window import HelpWindow
    from jamsos_desktop.ui.views.sync.checklist import ChecklistDialog
    from jamsos_desktop.ui.views.sync.sync_page import SyncPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    window_closed = Signal()
    settings_saved = Signal()  # the Pengaturan page saved office settings (re-sent here: the page may not exist yet)
    database_restored = Signal()  # a backup replaced the database: the app must be opened again

    def __init__(self, services: Services, *, session: SessionController, tasks: TaskRunner, prompter: Prompter,
                 language: LanguagePreference, placement: WindowPlacement | None = None,
                 before_sign_in: bool = False, parent: QWidget | None = None) -> None:
        """`before_sign_in`: built while the sign-in window is still open (the app's start, issue 18), with its
        `session` made the same way; `begin_session` shows the pages once the clerk is signed in. Otherwise the
        office's signed-in operator (if any) is applied at once."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._after_first_paint = AfterFirstPaint(self)
        self.setWindowIcon(app_icon())
        self._services, self._session, self._prompter = services, session, prompter
        self._placement = placement
        self.help_window: HelpWindow | None = None
        self.checklist_dialog: ChecklistDialog | None = None
        code = services.settings.get("office.kelurahan_code")
        kel = batam().kelurahan_by_code(code)
        self._office_name = services.settings.get("office.name")
        kel_label = f"{kel.name}, Kec. {kel.kecamatan.name} ({code})" if kel else code
        self._tasks, self._language = tasks, language
        self._operators: OperatorsView | None = None  # Pengaturan's accounts tab, built with that page
        self._pages = LazyPages(self.ui.nav_list, self.ui.page_stack)
        self.participants = ParticipantsPage(services, kelurahan_code=code, kelurahan_label=kel_label,
                                             prompter=prompter, tasks=tasks, parent=self)
        self.picker = FilePicker(self)
        self._pages.add("peserta", self.tr("Peserta"), self.participants)
        self._pages.add("persetujuan", self.tr("Persetujuan"), self._build_approval)
        self._pages.add("kartu", self.tr("Kartu"), self._build_cards)
        self._pages.add("kirim", self.tr("Kirim Data"), self._build_sync_page)
        self._pages.add("laporan", self.tr("Laporan"), self._build_reports)
        self._pages.add("hak", self.tr("Hak Peserta"), self._build_rights)
        self._rights_button: ParticipantRightsButton | None = None
        self.participants.add_form_action(self._make_rights_button)
        self._pages.add("audit", self.tr("Jejak Audit"), self._build_audit)
        self._pages.add("pengaturan", self.tr("Pengaturan"), self._build_settings)
        self.lock_panel = LoginPanel(self.ui.lock_frame)
        self.ui.lock_frame.layout().addWidget(self.lock_panel)
        self.status = OfficeStatusBar(self.ui.status_bar, services, self.ui.who_label, self, tasks=tasks)
        self.commands = ShellCommands(self.ui, participants=self.participants, show_page=self.show_page,
                                      open_guide=self.on_user_guide_triggered, parent=self)
        self._wire()
        self.ui.nav_list.setCurrentRow(0)
        self.setWindowTitle(f"{APP_NAME} — {self._office_name}")
        if not before_sign_in and services.office.actor is not None:
            self.on_signed_in(services.office.actor, figures_later=True)

    def begin_session(self) -> None:
        """The sign-in window signed the clerk in; this window was built `before_sign_in`. Input counts as activity
        from the first paint on (SessionController.watch_activity)."""
        actor = self._services.office.actor
        assert actor is not None
        self._session.begin()
        self.on_signed_in(actor, figures_later=True)
        self._after_first_paint.add(self._session.watch_activity)

    def _make_rights_button(self, form: ParticipantFormView) -> ParticipantRightsButton:
        """Hak peserta beside Hapus, made with the participant form (built on first use)."""
        from jamsos_desktop.ui.views.pdp.participant_actions import ParticipantRightsButton

        self._rights_button = ParticipantRightsButton(
            self._services, participant_id=lambda: form.participant_id, name=lambda: form.ui.full_name_edit.text(),
            tasks=self._tasks, prompter=self._prompter, picker=self.picker, parent=form)
        return self._rights_button

    @property
    def rights_button(self) -> ParticipantRightsButton:
        self.participants.form_view  # noqa: B018 - builds the form, and the button with it
        assert self._rights_button is not None
        return self._rights_button

    # --- the pages, each built on first use ------------------------------------------------------------------
    @property
    def approval(self) -> ApprovalView:
        return self._pages.get("persetujuan")  # type: ignore[no-any-return]

    @property
    def cards(self) -> CardsPage:
        return self._pages.get("kartu")  # type: ignore[no-any-return]

    @property
    def sync_page(self) -> SyncPage:
        return self._pages.get("kirim")  # type: ignore[no-any-return]

    @property
    def reports(self) -> ReportsPage:
        return self._pages.get("laporan")  # type: ignore[no-any-return]

    @property
    def rights(self) -> RightsPage:
        return self._pages.get("hak")  # type: ignore[no-any-return]

    @property
    def audit(self) -> AuditView:
        return self._pages.get("audit")  # type: ignore[no-any-return]

    @property
    def settings(self) -> SettingsView:
        return self._pages.get("pengaturan")  # type: ignore[no-any-return]

    @property
    def operators(self) -> OperatorsView:
        self.settings  # noqa: B018 - builds the page and its accounts tab
        assert self._operators is not None
        return self._operators

    def _build_approval(self) -> QWidget:
        from jamsos_desktop.ui.views.approval.approval_view import ApprovalView

        page = ApprovalView(self._services, tasks=self._tasks, prompter=self._prompter, parent=self)
        page.participants_changed.connect(self.on_participants_changed)
        page.open_requested.connect(self.on_open_requested)
        return page

    def _build_cards(self) -> QWidget:
        from jamsos_desktop.ui.views.cards.cards_page import CardsPage

        return CardsPage(self._services, tasks=self._tasks, prompter=self._prompter, parent=self)

    def _build_sync_page(self) -> QWidget:
        from jamsos_desktop.ui.views.sync.sync_page import SyncPage

        page = SyncPage(self._services, tasks=self._tasks, prompter=self._prompter, picker=self.picker, parent=self)
        page.participants_changed.connect(self.on_participants_changed)
        return page

    def _build_reports(self) -> QWidget:
        from jamsos_desktop.ui.views.reports.reports_page import ReportsPage

        return ReportsPage(self._services, tasks=self._tasks, prompter=self._prompter, picker=self.picker,
                           parent=self)

    def _build_rights(self) -> QWidget:
        from jamsos_desktop.ui.views.pdp.rights_page import RightsPage

        page = RightsPage(self._services, tasks=self._tasks, prompter=self._prompter, picker=self.picker,
                          parent=self)
        page.open_requested.connect(self.on_open_requested)
        page.participants_changed.connect(self.on_participants_changed)
        return page

    def _build_audit(self) -> QWidget:
        from jamsos_desktop.ui.views.audit.audit_view import AuditView

        return AuditView(self._services, tasks=self._tasks, prompter=self._prompter, parent=self)

    def _build_settings(self) -> QWidget:
        from jamsos_desktop.ui.views.settings.operators_view import OperatorsView
        from jamsos_desktop.ui.views.settings.settings_view import SettingsView

        page = SettingsView(self._services, language=self._language, prompter=self._prompter, tasks=self._tasks,
                            picker=self.picker, parent=self)
        operators = OperatorsView(self._services, prompter=self._prompter, parent=self)
        page.add_tab(operators, self.tr("Akun operator"))
        self._operators = operators
        page.settings_saved.connect(self.on_settings_saved)
        page.database_restored.connect(self.database_restored)
        actor = self._services.office.actor
        if actor is not None:
            self._apply_settings_role(page, operators, actor)
        return page

    @staticmethod
    def _apply_settings_role(page: SettingsView, operators: OperatorsView, actor: Actor) -> None:
        admin = allowed(actor.role, "operator.manage")
        page.set_tab_visible(operators, admin)
        page.apply_role()
        if admin:
            operators.refresh()

    def refresh_sync_page(self) -> None:
        """Kirim Data shows the queue and the preparation again (only once it exists)."""
        if self._pages.is_built("kirim"):
            self.sync_page.refresh()

    def _wire(self) -> None:
        ui = self.ui
        ui.nav_list.currentRowChanged.connect(self.on_nav_row_changed)
        ui.action_quit.triggered.connect(self.close)
        ui.action_lock.triggered.connect(self._session.lock)
        ui.action_change_password.triggered.connect(self.on_change_password_triggered)
        ui.action_about.triggered.connect(self.on_about_triggered)
        ui.action_checklist.triggered.connect(lambda: self.open_checklist())
        self._session.locked.connect(self.on_locked)
        self._session.signed_in.connect(self.on_signed_in)
        self.lock_panel.credentials_entered.connect(self.on_lock_credentials_entered)
        self.lock_panel.quit_requested.connect(self.close)
        self.participants.participants_changed.connect(self.on_participants_changed)
        self.participants.notices_changed.connect(self.status.refresh)

    def show_placed(self) -> None:
        """Show the window where it was last closed, or over the screen's whole free area."""
        if self._placement is not None:
            self._placement.restore(self)
        self.show()

    def current_page_name(self) -> str:
        item = self.ui.nav_list.currentItem()
        name = str(item.data(Qt.ItemDataRole.UserRole)) if item else ""
        return "form" if name == "peserta" and self.participants.form_is_open() else name

    def show_page(self, name: str) -> None:
        row = self._pages.row_of(name)
        if row is not None:
            self.ui.nav_list.setCurrentRow(row)

    # --- slots ---------------------------------------------------------------------------------------------
    def on_nav_row_changed(self, row: int) -> None:
        item = self.ui.nav_list.item(row)
        if item is not None:
            self._pages.get(str(item.data(Qt.ItemDataRole.UserRole)))
        self.ui.page_stack.setCurrentIndex(row)

    def on_signed_in(self, actor: Actor, *, figures_later: bool = False) -> None:
        """The pages and menus for `actor`; the status bar's figures now, or (at start, `figures_later`) read on the
        worker after the list's first page, so the window does not wait for them."""
        by_role = {"persetujuan": allowed(actor.role, "participant.approve"),
                   "audit": allowed(actor.role, "audit.view")}
        for row in range(self.ui.nav_list.count()):
            visible = by_role.get(self.ui.nav_list.item(row).data(Qt.ItemDataRole.UserRole), True)
            self.ui.nav_list.setRowHidden(row, not visible)
            if not visible and self.ui.nav_list.currentRow() == row:
                self.show_page("peserta")
        if self._pages.is_built("pengaturan"):
            self._apply_settings_role(self.settings, self.operators, actor)
        self.ui.root_stack.setCurrentWidget(self.ui.shell_page)
        self.ui.menu_bar.setEnabled(True)
        if figures_later:
            self._after_first_paint.add(self.status.refresh_in_background)
        else:
            self.status.refresh()
        if self._services.retention.due_for_monthly():  # the page runs it (and reports) only when it is due
            self._after_first_paint.add(lambda: self.rights.run_monthly_retention())

    def on_locked(self) -> None:
        self.lock_panel.set_texts(
            title=self.tr("Layar terkunci"), quit_text=self.tr("Keluar aplikasi"),
            message=self.tr("Layar dikunci karena tidak dipakai atau atas permintaan. Masuk lagi (boleh dengan "
                            "akun lain) untuk melanjutkan; isian yang belum disimpan tetap ada."))
        self.lock_panel.reset(self._session.last_username)
        self.ui.root_stack.setCurrentWidget(self.ui.lock_page)
        self.ui.menu_bar.setEnabled(False)
        self.status.refresh()

    def on_lock_credentials_entered(self, username: str, password: str) -> None:
        refusal = self._session.sign_in(username, password)
        if refusal:
            self.lock_panel.show_refusal(refusal, self._session.last_wait_s)

    def on_participants_changed(self) -> None:
        if self._pages.is_built("persetujuan"):
            self.approval.refresh()
        self.participants.list_view.refresh()
        self.status.refresh()

    def on_open_requested(self, participant_id: str) -> None:
        self.show_page("peserta")
        self.participants.open_participant(participant_id)

    def on_settings_saved(self) -> None:
        self._session.reload_policy()
        self.status.refresh()
        self.settings_saved.emit()

    def on_change_password_triggered(self) -> None:
        actor = self._services.office.actor
        if actor is None:
            return
        password = self._prompter.ask_password(self, self.tr("Ganti kata sandi"), self.tr("Kata sandi baru:"))
        if not password:
            return
        try:
            self._services.auth.set_password(actor.username, password)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self._prompter.warn(self, self.tr("Kata sandi tidak diganti"), refusal_text(exc))
            return
        self._prompter.info(self, self.tr("Kata sandi diganti"), self.tr("Kata sandi baru berlaku mulai sekarang."))

    def on_user_guide_triggered(self) -> None:
        from jamsos_desktop.ui.views.shell.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
            self.help_window.resize(min(900, self.width()), self.height())
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.show_chapter(self.current_page_name())

    def open_checklist(self, readiness: Readiness | None = None) -> None:
        """The office's one-time preparation (first start, Bantuan > Daftar persiapan kantor…); `readiness` when
        the caller has just read it."""
        from jamsos_desktop.ui.views.sync.checklist import ChecklistDialog, ChecklistPanel

        if self.checklist_dialog is None:
            panel = ChecklistPanel(self._services, prompter=self._prompter, picker=self.picker, readiness=readiness)
            panel.changed.connect(self.refresh_sync_page)
            self.checklist_dialog = ChecklistDialog(panel, self)
        else:
            self.checklist_dialog.panel.refresh(readiness)
        self.checklist_dialog.show()
        self.checklist_dialog.raise_()

    def open_checklist_if_new(self) -> None:
        """At start: a fresh office (nothing of the preparation done yet) is shown what to do first. The check
        reads the whole outbox, so it runs on the worker after the window's first paint and the checklist appears
        just after the window (issue 18: the window is not held back for it)."""

        def show(readiness: Readiness) -> None:
            if readiness.hub is None and not readiness.enrolled and self.isVisible():
                self.open_checklist(readiness)

        self._after_first_paint.add(lambda: self._tasks.run(
            lambda _progress: self._services.readiness.status(), on_success=show,
            on_failure=lambda exc: log.warning("start-up preparation check failed: %r", exc)))

    def warm_up_storage(self, on_done: Callable[[], None] | None = None) -> None:
        """After the first paint, on the worker: the storage models and the service that saves a participant, so
        the clerk's first save does not wait for their import (services.Services.warm_up_storage); then
        `on_done` on the GUI thread."""
        self._after_first_paint.add(lambda: self._tasks.run(lambda _progress: self._services.warm_up_storage(),
                                                            on_finished=on_done))

    def on_about_triggered(self) -> None:
        self._prompter.info(self, self.tr("Tentang {app}").format(app=APP_NAME), self.tr(
            "{app} {version}\nPendaftaran peserta BPJS Ketenagakerjaan (JKK, JKM) yang dibiayai Pemerintah Kota "
            "Batam.\nData kantor: {folder}").format(app=APP_NAME, version=__version__,
                                                    folder=self._services.office.data_dir))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.participants.confirm_leave():
            event.ignore()
            return
        event.accept()
        if self._placement is not None:
            self._placement.save(self)
        self.window_closed.emit()
