"""The participant form's widgets as a record: read and fill them, show the category's fields, show problems.

Knows which widget holds which record field and nothing about saving; the form view does the talking to the
services. Problems appear in a row under their field, coloured by level.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.fields import FieldSpec, Widget
from jamsos_desktop.domain.problems import Level, Problem
from jamsos_desktop.domain.registry import FIELD_LABELS, FIELDS, MARITAL_STATUSES
from jamsos_desktop.ui.generated.ui_participant_form import Ui_ParticipantForm
from jamsos_desktop.ui.models.beneficiary_table import BeneficiaryTableModel
from jamsos_desktop.ui.widgets.levels import set_level

# The form's fields come from the registry; each field's widget on the form is named by widget_name().
WIDGET_SUFFIXES = {Widget.LINE: "edit", Widget.CHOICE: "combo", Widget.DATE: "edit", Widget.CHECKS: "box",
                   Widget.SHOWN: "label", Widget.TABLE: "table"}
_WIDGET_STEMS = {"kelurahan_code": "kelurahan"}
TEXT_FIELDS = tuple(f.name for f in FIELDS if f.widget is Widget.LINE)
COMBO_FIELDS = tuple(f.name for f in FIELDS if f.widget is Widget.CHOICE)
EXTRA_FIELDS = tuple(f.name for f in FIELDS if f.category_extra)


def widget_name(spec: FieldSpec) -> str:
    """The form's widget for a registry field: `<field>_edit`, `<field>_combo`, ... (forms/participant_form.ui)."""
    assert spec.widget is not None
    return f"{_WIDGET_STEMS.get(spec.name, spec.name)}_{WIDGET_SUFFIXES[spec.widget]}"


class FormFields:
    def __init__(self, ui: Ui_ParticipantForm, beneficiaries: BeneficiaryTableModel, kelurahan_code: str,
                 kelurahan_label: str) -> None:
        self.ui = ui
        self.beneficiaries = beneficiaries
        self.kelurahan_code = kelurahan_code
        self._categories = default_categories()
        self.text = {f: getattr(ui, f"{f}_edit") for f in TEXT_FIELDS}
        self.combo = {f: getattr(ui, f"{f}_combo") for f in COMBO_FIELDS}
        ui.kelurahan_label.setText(kelurahan_label)
        self._fill_combo("marital_status", {"": QCoreApplication.translate("FormFields", "— pilih —"), **MARITAL_STATUSES})
        self._fill_combo("sex", {"": QCoreApplication.translate("FormFields", "— pilih —"), "L": QCoreApplication.translate("FormFields", "L — Laki-laki"), "P": QCoreApplication.translate("FormFields", "P — Perempuan")})
        self._fill_combo("category", {"": QCoreApplication.translate("FormFields", "— pilih kategori —"),
                                      **{c.code: c.label for c in self._categories.categories}})
        self._widgets: dict[str, QWidget] = {**self.text, **self.combo, "birth_date": ui.birth_date_edit,
                                             "programs": ui.programs_box, "kpj_number": ui.kpj_number_label,
                                             "kelurahan_code": ui.kelurahan_label}
        self._problem_labels = {f: self._add_problem_row(f, w) for f, w in self._widgets.items()}
        self._align_labels()
        self.set_proposal("")
        self.show_category_fields("")

    def _align_labels(self) -> None:
        """One label width for every group, so the fields line up down each column."""
        labels = [layout.labelForField(w) for w, layout in ((w, _form_layout_of(w)) for w in self._widgets.values())]
        width = max(label.sizeHint().width() for label in labels if label is not None)
        for label in labels:
            if label is not None:
                label.setMinimumWidth(width)

    # --- reading and filling -------------------------------------------------------------------------------
    def read(self) -> dict[str, Any]:
        """The record as typed (raw: the service normalises and checks it)."""
        category = self.combo["category"].currentData() or ""
        shown = self.category_fields(category)
        raw: dict[str, Any] = {f: self.text[f].text() for f in TEXT_FIELDS}
        for f in ("marital_status", "sex", "category"):
            raw[f] = self.combo[f].currentData() or ""
        raw["company"] = self.combo["company"].currentText().strip()
        for f in EXTRA_FIELDS:
            if f not in shown:
                raw[f] = ""
        date = self.ui.birth_date_edit.date()
        # Unreadable text goes to the check as typed, so Save stays blocked until it is a date.
        raw["birth_date"] = date.isoformat() if date else self.ui.birth_date_edit.text().strip()
        raw["programs"] = [p for p, box in (("JKK", self.ui.jkk_check), ("JKM", self.ui.jkm_check)) if box.isChecked()]
        raw["kelurahan_code"] = self.kelurahan_code
        raw["beneficiaries"] = self.beneficiaries.beneficiaries()
        return raw

    def fill(self, record: dict[str, Any]) -> None:
        for f in TEXT_FIELDS:
            value = record.get(f)
            self.text[f].setText("" if value is None else str(value))
        if record.get("phone", "").startswith("+62"):
            self.text["phone"].setText("0" + record["phone"][3:])
        for f in ("marital_status", "sex", "category"):
            self.set_combo(f, record.get(f) or "")
        self.show_category_fields(record.get("category") or "")
        self.combo["company"].setCurrentText(record.get("company") or "")
        try:
            birth = dt.date.fromisoformat(str(record.get("birth_date") or ""))
        except ValueError:
            birth = None
        self.ui.birth_date_edit.set_date(birth)
        programs = record.get("programs") or []
        self.ui.jkk_check.setChecked("JKK" in programs)
        self.ui.jkm_check.setChecked("JKM" in programs)
        self.ui.kpj_number_label.setText(record.get("kpj_number") or self.ui.kpj_number_label.text())
        self.kelurahan_code = record.get("kelurahan_code") or self.kelurahan_code
        self.beneficiaries.set_beneficiaries(record.get("beneficiaries") or [])

    def _fill_combo(self, field: str, items: dict[str, str]) -> None:
        combo = self.combo[field]
        combo.clear()
        for code, label in items.items():
            combo.addItem(label, code)

    def set_combo(self, field: str, code: str) -> None:
        combo = self.combo[field]
        combo.setCurrentIndex(max(combo.findData(code), 0))

    def set_editable(self, editable: bool) -> None:
        for widget in self._widgets.values():
            widget.setEnabled(editable)
        self.ui.beneficiaries_group.setEnabled(editable)

    # --- category fields -----------------------------------------------------------------------------------
    def category_fields(self, code: str) -> dict[str, Level]:
        cat = self._categories.get(code)
        return dict(cat.fields) if cat else {}

    def show_category_fields(self, code: str) -> None:
        shown = self.category_fields(code)
        layout = self.ui.category_layout
        for f in EXTRA_FIELDS:
            layout.setRowVisible(self._widgets[f], f in shown)
            if f not in shown:
                layout.setRowVisible(self._problem_labels[f], False)
        cat = self._categories.get(code)
        company = self.combo["company"]
        current = company.currentText()
        company.clear()
        company.addItems(["", *(cat.companies if cat else ())])
        company.setCurrentText(current)

    # --- problems ------------------------------------------------------------------------------------------
    def _add_problem_row(self, field: str, widget: QWidget) -> QLabel:
        layout = _form_layout_of(widget)
        row, _role = cast(tuple[int, Any], layout.getWidgetPosition(widget))
        label = QLabel()
        label.setObjectName(f"{field}_problem_label")
        label.setWordWrap(True)
        layout.insertRow(row + 1, QLabel(), label)
        layout.setRowVisible(label, False)
        return label

    def problem_label(self, field: str) -> QLabel:
        return self._problem_labels.get(field, self.ui.record_problem_label)

    def set_proposal(self, text: str) -> None:
        self.ui.proposal_label.setText(text)
        self.ui.birth_layout.setRowVisible(self.ui.proposal_label, bool(text))

    def show_problems(self, problems: list[Problem], touched: set[str] | None) -> None:
        """Show each problem under its field: all of them (touched None), or those of fields already touched
        (a NIK's own findings about birth date and sex count as the NIK's)."""
        by_field: dict[str, list[Problem]] = {}
        for p in problems:
            key = p.field if p.field in self._problem_labels else (
                "beneficiaries" if p.field.startswith("beneficiaries") else "record")
            if touched is None or key in touched or (p.code.startswith("nik.") and "nik" in touched):
                by_field.setdefault(key, []).append(p)
        shown = set(self.category_fields(self.combo["category"].currentData() or ""))
        unread = self.ui.birth_date_edit.problem()
        own_words = {"birth_date": {"date.format": FIELD_LABELS["birth_date"] + " " + unread}} if unread else {}
        for field, label in self._problem_labels.items():
            found = by_field.get(field, [])
            _set_problem_text(label, found, own_words.get(field))
            layout = _form_layout_of(label)
            on = bool(found) and (field not in EXTRA_FIELDS or field in shown)
            layout.setRowVisible(label, on)
        for key, label in (("beneficiaries", self.ui.beneficiaries_problem_label),
                           ("record", self.ui.record_problem_label)):
            found = by_field.get(key, [])
            _set_problem_text(label, found)
            label.setVisible(bool(found))

    def form_order(self) -> list[str]:
        """The fields in the order the clerk meets them: the form's Tab order, then fields shown as text."""
        by_widget = {id(self.focus_widget(f)): f for f in self._widgets}
        order: list[str] = []
        widget = self.ui.nik_edit
        for _ in range(500):  # the focus chain is a ring through the whole window
            field = by_widget.get(id(widget))
            if field is not None and field not in order:
                order.append(field)
            widget = widget.nextInFocusChain()
            if widget is self.ui.nik_edit:
                break
        return order + [f for f in self._widgets if f not in order] + ["beneficiaries"]

    def first_field_with(self, problems: list[Problem], level: Level = Level.BLOCK) -> str | None:
        """The first field, in the order of the form, with a problem of `level` (BLOCK: one that stops saving)."""
        fields = {p.field.split("[")[0] for p in problems if p.level is level}
        return next((f for f in self.form_order() if f in fields), "record" if fields else None)

    def focus_widget(self, field: str) -> QWidget:
        """Where the cursor goes to fix `field`."""
        special = {"programs": self.ui.jkk_check, "beneficiaries": self.ui.beneficiaries_table,
                   "birth_date": self.ui.birth_date_edit.edit, "record": self.ui.nik_edit}
        return special.get(field) or self._widgets.get(field, self.ui.nik_edit)

    @staticmethod
    def field_label(field: str) -> str:
        base = field.split("[")[0]
        return FIELD_LABELS.get(base, base)


def _set_problem_text(label: QLabel, problems: list[Problem], override: dict[str, str] | None = None) -> None:
    label.setText("\n".join((override or {}).get(p.code, p.message) for p in problems))
    set_level(label, "block" if any(p.level is Level.BLOCK for p in problems) else "warn")


def _form_layout_of(widget: QWidget) -> QFormLayout:
    parent = widget.parentWidget()
    assert parent is not None
    layout = parent.layout()
    if not isinstance(layout, QFormLayout):  # the programs row sits in a box inside the form
        raise TypeError(f"{widget.objectName()} is not in a form layout")
    return layout
