"""The one error a framework file can raise: what is wrong, where, in words a user can act on."""

from __future__ import annotations


class FrameworkFormatError(ValueError):
    """A framework file that cannot be read; ``str()`` names the file, the place and the problem.

    ``source`` is the file name (or "text"), ``line`` the 1-based line number when known.
    """

    def __init__(self, source: str, problem: str, line: int | None = None, where: str = "") -> None:
        self.source = source
        self.problem = problem
        self.line = line
        self.where = where
        message = f"{source}: {where}: {problem}" if where else f"{source}: {problem}"
        if line is not None:
            message += f" (line {line})"
        super().__init__(message)
