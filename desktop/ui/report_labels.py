"""The report parts' names as the analyst reads them (the report parts form, the conflicts dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.store.agreement_names import AGREEMENT_PARTS

THEME_PREFIX = "theme_remarks."


def part_label(key: str) -> str:
    labels = {
        "title": QCoreApplication.translate("ReportParts", "Title"),
        "organisation": QCoreApplication.translate("ReportParts", "Organisation"),
        "agreement_name": QCoreApplication.translate("ReportParts", "Agreement name"),
        "audience": QCoreApplication.translate("ReportParts", "Audience"),
        "date": QCoreApplication.translate("ReportParts", "Date"),
        "foreword": QCoreApplication.translate("ReportParts", "Foreword"),
        "signatory_name": QCoreApplication.translate("ReportParts", "Signed by"),
        "signatory_function": QCoreApplication.translate("ReportParts", "Function"),
        "letter_title": QCoreApplication.translate("ReportParts", "Letter title"),
        "introduction": QCoreApplication.translate("ReportParts", "Starting point"),
        "closing": QCoreApplication.translate("ReportParts", "Closing"),
    }
    return labels.get(key.partition(".")[0] if key.partition(".")[0] in AGREEMENT_PARTS else key, key)
