"""The one error a framework file can raise: what is wrong, where, in words a user can act on."""

from __future__ import annotations

from desktop.reasons import Reason


class FrameworkFormatError(ValueError):
    """A framework file that cannot be read; ``str()`` names the file, the place and the problem.

    ``source`` is the file name (or "text"), ``line`` the 1-based line number when known. ``problem``
    and ``where`` are Reasons (docs/I18N.md), and so is the whole message "source: where: problem
    (line N)": its English is ``str()``, the window shows it translated (``refusal_text``).
    """

    def __init__(self, source: str, problem: str, line: int | None = None, where: str = "") -> None:
        self.source = source
        self.problem = problem
        self.line = line
        self.where = where
        reason = Reason("{name}: {reason}", name=where, reason=problem) if where else problem
        if line is not None:
            reason = Reason("{reason} (line {line})", reason=reason, line=line)
        super().__init__(Reason("{name}: {reason}", name=source, reason=reason))
