"""The "Diisi ke" combo of the mapping table: every import target, or "(tidak dipakai)"; commits at once."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from jamsos_desktop.ui.models.import_mapping import TARGET_ROLE, Index
from jamsos_desktop.ui.widgets.choice_delegate import ChoiceDelegate


class TargetDelegate(ChoiceDelegate):
    def __init__(self, targets: dict[str, str], *, unused: str, parent: QWidget | None = None) -> None:
        super().__init__(targets, code_role=TARGET_ROLE, parent=parent)
        self._unused = unused

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = super().createEditor(parent, option, index)
        assert isinstance(combo, QComboBox)
        combo.setItemText(0, self._unused)
        combo.setMaxVisibleItems(20)
        # A persistent editor never loses focus to commit: hand the choice to the model as soon as it is made.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo
