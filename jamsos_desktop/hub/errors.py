"""The hub's own refusals: what the operator asked cannot be done as asked; the message says why and what to do."""

from __future__ import annotations


class HubRefused(Exception):
    """Input or state refused (exit code 1 on the command line, 4xx over HTTP); `message` is Bahasa Indonesia."""

    def __init__(self, message: str, *, reason: str = "refused") -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


class NotInitialised(HubRefused):
    """The hub has no keys yet."""

    def __init__(self) -> None:
        super().__init__("Hub belum disiapkan: jalankan dulu 'jamsos-hub init'.", reason="not_initialised")
