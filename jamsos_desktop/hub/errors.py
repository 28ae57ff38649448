"""The hub's own refusals: what the operator asked cannot be done as asked; the message says why and what to do."""

from __future__ import annotations

from jamsos_desktop.domain.errors import Refused


class HubRefused(Refused):
    """Input or state refused (exit code 1 on the command line, 4xx over HTTP); `message` is Bahasa Indonesia.
    `reason` is the hub's name for its `code`."""

    def __init__(self, message: str, *, reason: str = "refused") -> None:
        super().__init__(message, code=reason)
        self.reason = reason


class NotInitialised(HubRefused):
    """The hub has no keys yet."""

    def __init__(self) -> None:
        super().__init__("Hub belum disiapkan: jalankan dulu 'jamsos-hub init'.", reason="not_initialised")
