"""The one error importers raise: a file we refuse, with a reason a person can act on."""


class ImportRefused(Exception):
    def __init__(self, filename: str, reason: str) -> None:
        super().__init__(f"{filename}: {reason}")
        self.filename = filename
        self.reason = reason
