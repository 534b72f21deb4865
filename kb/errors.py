"""One error hierarchy for kb: every failure a user can cause is a :class:`KbError`.

The CLI turns a ``KbError`` into one line on standard error and a non-zero exit
status; anything else is a bug.  Messages say what was wrong and what to do.
"""
from __future__ import annotations


class KbError(Exception):
    """Base class of every error kb reports to its user.

    ``exit_code`` is the process exit status the CLI uses for it.
    """

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # one line, always
        return " ".join(self.message.split())


class InputError(KbError):
    """An input file or argument cannot be read as an article (empty, binary, bad encoding, too big)."""


class ValidationError(KbError):
    """An article's graph does not conform to the SHACL shapes; nothing was written."""

    exit_code = 1

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report


class QueryError(KbError):
    """A saved query is unknown, malformed, or was given bad parameters."""


class StoreError(KbError):
    """The store cannot be opened or written (missing, read-only, in use by another process)."""


class ExportError(KbError):
    """An export was asked in an unknown format or for an unknown article."""
