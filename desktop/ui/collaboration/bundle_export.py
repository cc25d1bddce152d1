"""Exporting a findings bundle: one analyst's findings, drafts and framework in a small file to mail."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.files.targets import OutputRefused
from desktop.operations.merge import read_conflicts
from desktop.placeholders import fill
from desktop.store.exchange.bundle import write_bundle
from desktop.store.exchange.snapshot import read_snapshot
from desktop.ui.collaboration.merge_dialog import BUNDLE_SUFFIX
from desktop.ui.i18n import refusal_text
from desktop.ui.session import Session


@dataclass(frozen=True)
class BundleWritten:
    path: Path
    findings: int
    bytes: int


def write_findings_bundle(session: Session, path: Path) -> BundleWritten:
    """Write the bundle (documents travel by hash only: the colleague has them already)."""
    path = path if path.suffix else path.with_suffix(BUNDLE_SUFFIX)
    snapshot = read_snapshot(session.project)
    write_bundle(snapshot, read_conflicts(session.project), path, protected=[session.project.path])
    live = sum(1 for row in snapshot.rows.get("findings", {}).values() if not row.get("deleted"))
    return BundleWritten(path, live, path.stat().st_size)


def export_findings_bundle(session: Session, parent: QWidget | None = None) -> BundleWritten | None:
    """Ask where, write the bundle, say what went in. Wiring: File → "Export findings bundle…".

    Returns None when the user cancelled or writing failed (the failure is shown).
    """
    suggested = session.project.path.with_name(
        f"{session.project.path.stem}-{'-'.join(session.author.split()) or 'bundle'}{BUNDLE_SUFFIX}")
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("BundleExport", "Export findings bundle"), str(suggested),
        fill(QCoreApplication.translate("BundleExport", "Findings bundles (*%1)"), BUNDLE_SUFFIX))
    if not name:
        return None
    try:
        written = write_findings_bundle(session, Path(name))
    except (OSError, OutputRefused) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("BundleExport", "Export findings bundle"),
                            fill(QCoreApplication.translate("BundleExport", "The bundle could not be written: %1"),
                                 refusal_text(error) if isinstance(error, OutputRefused)
                                 else error.strerror or str(error)))
        return None
    QMessageBox.information(
        parent, QCoreApplication.translate("BundleExport", "Export findings bundle"),
        fill(QCoreApplication.translate("BundleExport", "Wrote %1 (%2 findings, %3 kB). Send it to your colleague; they choose "
                                        "File → Merge with… to bring it into their project."),
             written.path.name, str(written.findings), str(max(1, round(written.bytes / 1024)))))
    return written
