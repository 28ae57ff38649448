"""The one error model: every refusal is a `Refused`, whichever layer raises it.

A refusal means "what was asked is not done", because of the input or the state, and never loses anything
saved. `message` (Bahasa Indonesia) says what is wrong and how to fix it and is shown as it is; `code` is a
stable word for programs and tests; `field` names the input concerned, when there is one. The faces map
refusals once each: the GUI in ui/errors.py (a message box), the CLI in cli/__init__.py (exit 1), the hub in
hub/cli.py (exit 1) and hub/api.py (a 4xx JSON answer). Anything that is not a Refused is unexpected: logged
with its traceback, and the person sees a short note instead.
"""

from __future__ import annotations


class Refused(Exception):
    """Input or state refused; subclasses set their own default `code`."""

    code = "refused"

    def __init__(self, message: str, *, code: str | None = None, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.code = code or type(self).code
        self.field = field

    def lines(self) -> list[str]:
        """The message as the lines a person reads (a refused record has one per problem)."""
        return [self.message]


class Unavailable(Exception):
    """Not a refusal: something needed cannot be reached now (the hub over the network); the same request may
    be retried later and nothing was lost."""
