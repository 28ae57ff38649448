"""Participant cards: CR80 faces, A4 sheets and PVC pages, and the signed QR token. Records in, PDF out; no Qt.

Entry points: card_data_from_record -> CardData, sign_token / verify_token, render_cards.
"""

from jamsos_desktop.cards.model import Cancelled, CardData, card_data_from_record, format_coverage
from jamsos_desktop.cards.token import TokenCheck, TokenOutcome, sign_token, verify_token


def __getattr__(name: str) -> object:
    """The drawing side (reportlab, qrcode) loads on first use, so the app's start-up does not wait for it."""
    if name in ("LAYOUTS", "render_cards"):
        from jamsos_desktop.cards import sheet

        return getattr(sheet, name)
    raise AttributeError(name)


__all__ = [
    "LAYOUTS",
    "Cancelled",
    "CardData",
    "TokenCheck",
    "TokenOutcome",
    "card_data_from_record",
    "format_coverage",
    "render_cards",
    "sign_token",
    "verify_token",
]
