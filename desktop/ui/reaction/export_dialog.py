"""File → Export: choose layout, agreement, speerpunten and names, preview the outline, write on the worker.

The outline is computed off the GUI thread (desktop.ui.reaction.outline_preview); the export uses the
options the widgets show when Export is pressed, whatever the preview is doing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dutch_order import dutch_name_key
from desktop.placeholders import fill
from desktop.progress import Cancelled
from desktop.store.agreement_names import default_name, stored_agreement_part
from desktop.store.documents import list_documents
from desktop.store.frameworks import list_frameworks
from desktop.store.project import ProjectRefused, open_project
from desktop.store.reactions import report_parts
from desktop.ui import background, screens
from desktop.ui.background import QtProgress, progress_dialog
from desktop.ui.i18n import refusal_text
from desktop.ui.layouts import nested
from desktop.ui.reaction.export_selection import SelectionTree
from desktop.ui.reaction.outline_preview import OutlinePreview
from desktop.ui.reaction.outline_tree import OutlineTree
from desktop.ui.session import Session
from exporters import SUFFIXES, ExportOptions, ExportRefused, export
from exporters.house_style import DEFAULT_TEMPLATE
from exporters.options import WORD_LAYOUTS
from exporters.organisation_check import OrganisationCheck
from exporters.outline import Outline

LAYOUTS = ("speerpunten", "analyse", "annotated", "overzicht", "csv", "xlsx")
# File name stems per layout and export language.
STEMS = {
    "nl": {"speerpunten": "reactie", "analyse": "analyse", "annotated": "akkoord-met-opmerkingen",
           "overzicht": "landelijk-overzicht", "csv": "bevindingen", "xlsx": "bevindingen"},
    "en": {"speerpunten": "reaction", "analyse": "analysis", "annotated": "annotated-agreement",
           "overzicht": "national-overview", "csv": "findings", "xlsx": "findings"},
}


def run_export(project_path: Path, layout: str, out_path: Path, options: ExportOptions,
               progress: QtProgress) -> dict:
    """The worker's part: its own connection, which only reads."""
    project = open_project(project_path)
    try:
        return export(project, layout, out_path, options, progress)
    finally:
        project.close()


class ExportDialog(QDialog):
    """Replaceable for tests: ``ask_output_path(suggested) -> Path | None``, ``ask_template() -> Path | None``,
    ``show_message(title, text)``, ``open_url(QUrl)``. ``result_info`` holds the last export's summary."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.session = session
        self.ask_output_path = self._ask_output_path
        self.ask_template = self._ask_template
        self.show_message = lambda title, text: QMessageBox.warning(self, title, text)
        self.open_url = QDesktopServices.openUrl
        self.result_info: dict | None = None
        self.exported_path: Path | None = None
        self.progress: QtProgress | None = None
        self._output_chosen = False
        self._closed = False  # closed while the worker ran: its result has no dialog to go to
        self._build()
        self._fill()
        self.outline_preview = OutlinePreview(session.project.path, self)
        self.outline_preview.working.connect(self._show_working)
        self.outline_preview.ready.connect(self._show_outline)
        self.outline_preview.refused.connect(self._show_refusal)
        self.outline_preview.failed.connect(self._show_failure)
        self.retranslate_ui()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self.update_preview)
        self._connect()
        self._layout_changed()
        self.update_preview()
        screens.resize_within_screen(self, 1000, 720)

    # Building -------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("exportLayout")
        for layout in LAYOUTS:
            self.layout_combo.addItem("", layout)
        self.layout_hint = QLabel(self)
        self.layout_hint.setWordWrap(True)
        self.agreement_combo = QComboBox(self)
        self.agreement_combo.setObjectName("exportAgreement")
        self.template_edit = QLineEdit(self)
        self.template_edit.setObjectName("exportTemplate")
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("chooseTemplate")
        self.template_reset = QPushButton(self)
        self.template_reset.setObjectName("defaultTemplate")
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.template_reset)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("exportLanguage")
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        self.include_empty = QCheckBox(self)
        self.include_empty.setObjectName("includeEmpty")
        self.appendix = QCheckBox(self)
        self.appendix.setObjectName("appendix")
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("exportOrganisation")
        self.agreement_name = QLineEdit(self)
        self.agreement_name.setObjectName("exportAgreementName")
        self.audience = QLineEdit(self)
        self.audience.setObjectName("exportAudience")
        self.output_edit = QLineEdit(self)
        self.output_edit.setObjectName("exportOutput")
        self.output_button = QPushButton(self)
        self.output_button.setObjectName("chooseOutput")
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(self.output_button)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.form = nested(column, QFormLayout())
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels = [QLabel(self) for _ in range(9)]
        rows = [self.layout_combo, self.layout_hint, self.agreement_combo, template_row, self.language_combo,
                self.organisation, self.agreement_name, self.audience, output_row]
        for label, field in zip(self.form_labels, rows, strict=True):
            self.form.addRow(label, field)
            if isinstance(field, QWidget):
                label.setBuddy(field)
        self.form_labels[3].setBuddy(self.template_edit)
        self.form_labels[8].setBuddy(self.output_edit)

        self.selection_box = QGroupBox(self)
        self.selection = SelectionTree(self.selection_box)
        box = QVBoxLayout(self.selection_box)
        box.addWidget(self.selection)
        box.addWidget(self.include_empty)
        box.addWidget(self.appendix)

        # Says when the reaction would name no organisation or publish "onze organisatie" (from the preview).
        self.organisation_warning = QLabel(self)
        self.organisation_warning.setObjectName("organisationWarning")
        self.organisation_warning.setWordWrap(True)
        self.organisation_warning.hide()
        column.addWidget(self.organisation_warning)
        column.addWidget(self.selection_box, 1)

        self.preview_box = QGroupBox(self)
        self.preview = OutlineTree(self.preview_box)
        self.preview.setObjectName("exportPreview")
        self.preview_status = QLabel(self.preview_box)
        self.preview_status.setObjectName("previewStatus")
        self.preview_status.setWordWrap(True)
        box = QVBoxLayout(self.preview_box)
        box.addWidget(self.preview_status)
        box.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.done_label = QLabel(self)
        self.done_label.setObjectName("exportDone")
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file_button = QPushButton(self)
        self.open_file_button.setObjectName("openExported")
        self.show_folder_button = QPushButton(self)
        self.show_folder_button.setObjectName("showExportFolder")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        done_row = nested(layout, QHBoxLayout())
        done_row.addWidget(self.done_label, 1)
        done_row.addWidget(self.open_file_button)
        done_row.addWidget(self.show_folder_button)
        self._show_done(False)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        project = self.session.project
        agreements = [d for d in list_documents(project, current_only=True) if d.kind == "agreement"]
        self._agreements = {record.id: record for record in agreements}
        self._shown_agreement = None
        # In Dutch name order, so "Gemeente 17" is found among 342 by typing its name; the newest
        # agreement (imported last) is the default, as the export's.
        for record in sorted(agreements, key=lambda record: dutch_name_key(record.citation_name)):
            self.agreement_combo.addItem(record.citation_name, record.id)
        self.agreement_combo.addItem("", None)  # "all documents", for the tables only
        self._newest = agreements[-1].id if agreements else None
        if agreements:
            self.agreement_combo.setCurrentIndex(self.agreement_combo.findData(self._newest))
        self.selection.fill(list_frameworks(project))
        parts = report_parts(project)
        # Empty overrides: the export uses what the report parts say, shown as the placeholder.
        self._stored = {key: parts.get(key, "") for key in ("organisation", "audience")}

    def _connect(self) -> None:
        self.layout_combo.currentIndexChanged.connect(lambda _i: self._layout_changed())
        self.agreement_combo.currentIndexChanged.connect(lambda _i: self._agreement_changed())
        self.language_combo.currentIndexChanged.connect(lambda _i: self._options_changed())
        for edit in (self.organisation, self.agreement_name, self.audience, self.template_edit):
            edit.textEdited.connect(lambda _t: self._options_changed())
        for box in (self.include_empty, self.appendix):
            box.toggled.connect(lambda _on: self._options_changed())
        self.selection.selection_changed.connect(self._options_changed)
        self.template_button.clicked.connect(self._choose_template)
        self.template_reset.clicked.connect(lambda: (self.template_edit.clear(), self._options_changed()))
        self.output_button.clicked.connect(self._choose_output)
        self.output_edit.textEdited.connect(lambda _t: setattr(self, "_output_chosen", True))
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.open_file_button.clicked.connect(self.open_file)
        self.show_folder_button.clicked.connect(self.show_folder)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.setAccessibleName(self.tr("Export the reaction"))
        names = {"speerpunten": self.tr("Reaction per speerpunt (Word)"),
                 "analyse": self.tr("Analysis per topic (Word)"),
                 "annotated": self.tr("Annotated agreement (Word, findings as comments)"),
                 "overzicht": self.tr("National overview of all agreements (Word, matrix in Excel)"),
                 "csv": self.tr("Findings table (CSV)"), "xlsx": self.tr("Findings table (Excel)")}
        for index, layout in enumerate(LAYOUTS):
            self.layout_combo.setItemText(index, names[layout])
        self.agreement_combo.setItemText(self.agreement_combo.count() - 1, self.tr("All documents"))
        texts = [self.tr("&Layout:"), "", self.tr("A&greement:"), self.tr("&Template:"), self.tr("Lan&guage:"),
                 self.tr("&Organisation:"), self.tr("Agreement &name:"), self.tr("Au&dience:"),
                 self.tr("&Save as:")]
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.layout_combo.setAccessibleName(self.tr("Layout"))
        self.agreement_combo.setAccessibleName(self.tr("Agreement"))
        self.template_edit.setAccessibleName(self.tr("Word template"))
        self.template_edit.setPlaceholderText(self.tr("Speerpunt house style (built in)"))
        self.template_button.setText(self.tr("Choose…"))
        self.template_button.setAccessibleName(self.tr("Choose a Word template"))
        self.template_reset.setText(self.tr("House style"))
        self.template_reset.setAccessibleName(self.tr("Use the built-in house style"))
        self.language_combo.setAccessibleName(self.tr("Language of the export"))
        stored_hint = self.tr("From the report parts: %1")
        for edit, key, name, fallback in (
                (self.organisation, "organisation", self.tr("Organisation"), self.tr("not set")),
                (self.audience, "audience", self.tr("Audience"), self.tr("gemeenten"))):
            edit.setAccessibleName(name)
            edit.setPlaceholderText(fill(stored_hint, self._stored[key] or fallback))
        self.agreement_name.setAccessibleName(self.tr("Agreement name"))
        self._show_agreement_name()
        self.output_edit.setAccessibleName(self.tr("File to write"))
        self.output_button.setText(self.tr("Choose…"))
        self.output_button.setAccessibleName(self.tr("Choose the file to write"))
        self.selection_box.setTitle(self.tr("Speerpunten"))
        self.selection.setAccessibleName(self.tr("Themes and speerpunten to export"))
        self.include_empty.setText(self.tr("Include speerpunten without findings or reaction"))
        self.appendix.setText(self.tr("Appendix with all findings"))
        self.preview_box.setTitle(self.tr("Outline"))
        self.preview.setAccessibleName(self.tr("Outline of the export"))
        self.open_file_button.setText(self.tr("&Open the file"))
        self.show_folder_button.setText(self.tr("Show in &folder"))
        self.export_button.setText(self.tr("&Export"))
        self.close_button.setText(self.tr("Close"))
        self._layout_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # Options --------------------------------------------------------------------------------------

    def layout_name(self) -> str:
        return self.layout_combo.currentData()

    def set_layout(self, layout: str) -> None:
        self.layout_combo.setCurrentIndex(LAYOUTS.index(layout))

    def _agreement_changed(self) -> None:
        """Another agreement: the name typed for the previous one does not carry over (docs/EXPORTS.md)."""
        if self.agreement_combo.currentData() != self._shown_agreement:
            self.agreement_name.clear()
        self._show_agreement_name()
        self._options_changed()

    def _show_agreement_name(self) -> None:
        """The name the export will use for the agreement chosen, as the empty field's placeholder: the one
        stored for it, else its own default name."""
        self._shown_agreement = document_id = self.agreement_combo.currentData()
        record = self._agreements.get(document_id)
        if record is None:
            hint = fill(self.tr("From the report parts: %1"), self.tr("the agreement's name"))
        else:
            stored = (stored_agreement_part(self.session.project, "agreement_name", record) or "").strip()
            hint = (fill(self.tr("From the report parts: %1"), stored) if stored
                    else fill(self.tr("This agreement's own name: %1"), default_name(record)))
        self.agreement_name.setPlaceholderText(hint)

    def options(self) -> ExportOptions:
        theme_ids, speerpunt_ids = self.selection.selection()
        template = self.template_edit.text().strip()
        return ExportOptions(
            document_id=self.agreement_combo.currentData(),
            theme_ids=theme_ids, speerpunt_ids=speerpunt_ids,
            include_empty=self.include_empty.isChecked(), appendix=self.appendix.isChecked(),
            lang=self.language_combo.currentData(),
            organisation=self.organisation.text().strip() or None,
            agreement_name=self.agreement_name.text().strip() or None,
            audience=self.audience.text().strip() or None,
            template=Path(template) if template else None,
        )

    def _layout_changed(self) -> None:
        if not hasattr(self, "_preview_timer"):
            return
        layout = self.layout_name()
        word = layout in WORD_LAYOUTS
        hints = {
            "speerpunten": self.tr("The formal reaction: foreword, starting point, per speerpunt its formulation "
                                   "and your reaction, remarks per theme, closing."),
            "analyse": self.tr("Per theme and speerpunt: “Wat staat er in het akkoord?” with the quoted passages, "
                               "and “Wat betekent dit voor …?” with your reaction."),
            "annotated": self.tr("The agreement's own text with every finding as a Word comment on its words."),
            "overzicht": self.tr("Per theme and speerpunt how many agreements treat it, positive, concern or "
                                 "missing, by category, with a few quotes naming their municipality; the full "
                                 "agreement-by-speerpunt matrix is saved beside it as an Excel file."),
            "csv": self.tr("One row per finding, for any spreadsheet (separator “;” for Dutch Excel)."),
            "xlsx": self.tr("One row per finding, as an Excel workbook with filters."),
        }
        self.layout_hint.setText(hints[layout])
        overview = layout == "overzicht"  # a Word document about every agreement at once
        for widget in (self.template_edit, self.template_button, self.template_reset, self.organisation):
            widget.setEnabled(word or overview)
        for widget in (self.include_empty, self.appendix, self.agreement_name, self.audience):
            widget.setEnabled(word)
        # "All documents" only makes sense for a table of findings or the overview.
        all_index = self.agreement_combo.count() - 1
        item = self.agreement_combo.model().item(all_index)
        item.setEnabled(not word)
        self.agreement_combo.setEnabled(not overview)
        if overview:
            self.agreement_combo.setCurrentIndex(all_index)
        elif word and self.agreement_combo.currentIndex() == all_index:
            self.agreement_combo.setCurrentIndex(max(self.agreement_combo.findData(self._newest), 0))
        self._suggest_output()
        self._options_changed()

    def _suggest_output(self) -> None:
        suffix = SUFFIXES[self.layout_name()]
        current = self.output_edit.text().strip()
        if self._output_chosen and current:
            self.output_edit.setText(str(Path(current).with_suffix(suffix)))
            return
        stem = STEMS[self.language_combo.currentData() or "nl"][self.layout_name()]
        project = self.session.project.path
        self.output_edit.setText(str(project.parent / f"{project.stem}-{stem}{suffix}"))

    def _options_changed(self) -> None:
        if not self._output_chosen:
            self._suggest_output()
        self._show_working()  # the outline shown is of the options before this change
        self._preview_timer.start()

    # Preview --------------------------------------------------------------------------------------

    def update_preview(self) -> None:
        """Ask for the headings the export will write, built in memory by the export's own code (no file),
        on the preview thread; only the latest request's outline is shown."""
        self._preview_timer.stop()
        self.outline_preview.request(self.layout_name(), self.options())

    @property
    def preview_busy(self) -> bool:
        """Whether the outline shown is not (yet) the one of the options shown."""
        return self._preview_timer.isActive() or self.outline_preview.busy

    def _show_working(self) -> None:
        self.preview_status.setText(self.tr("Updating the preview…"))
        self.preview.setEnabled(False)  # greyed: the old outline stays in view until the new one is there

    def _show_outline(self, outline: Outline) -> None:
        if self.preview_busy:
            return  # options changed again meanwhile: the outline of those follows
        self.preview.setEnabled(True)
        self.preview.clear()
        self.export_button.setEnabled(self.progress is None)
        for level, text in outline.headings:
            self.preview.add_heading(level, text)
        self._show_organisation_check(outline.organisation)
        if self.layout_name() in (*WORD_LAYOUTS, "overzicht"):
            self.preview_status.setText(self.tr("%Ln finding(s); the headings the Word document will have:", None,
                                                outline.rows))
        else:
            self.preview_status.setText(self.tr("%Ln finding(s), one row each, in these columns:", None,
                                                outline.rows))

    def _show_organisation_check(self, check: OrganisationCheck | None) -> None:
        """One warning above the selection when the reaction names no organisation or still says "onze
        organisatie" (drafted before the organisation was set): never published unknowingly."""
        text = ""
        if check is not None and check.needs_attention:
            codes, count = ", ".join(check.placeholders), len(check.placeholders)
            if not check.organisation and count:
                text = fill(self.tr("⚠ No organisation is set. Saying “onze organisatie”: %Ln reaction(s) (%1). "
                                    "Fill in Organisation and rewrite before publishing.", None, count),
                            codes)
            elif not check.organisation:
                text = self.tr("⚠ No organisation is set: the title page will name none. Fill in Organisation.")
            else:
                text = fill(self.tr("⚠ Still saying “onze organisatie” instead of %1: %Ln reaction(s) (%2), "
                                    "drafted before the organisation was set. Rewrite before publishing.", None, count),
                            check.organisation, codes)
        self.organisation_warning.setText(text)
        self.organisation_warning.setVisible(bool(text))

    def _show_refusal(self, reason: str) -> None:
        if self.preview_busy:
            return
        self.preview.setEnabled(True)
        self.preview.clear()
        self.preview_status.setText(fill(self.tr("Cannot export: %1"), reason))
        self._show_organisation_check(None)
        self.export_button.setEnabled(False)

    def _show_failure(self, error: str) -> None:
        if self.preview_busy:
            return
        self.preview.setEnabled(True)
        self.preview.clear()
        # The export may still work (it reports its own errors): Export stays available.
        self.preview_status.setText(fill(self.tr("The preview could not be made: %1"), error))

    def preview_texts(self) -> list[str]:
        return self.preview.heading_texts()

    # Files ----------------------------------------------------------------------------------------

    def _ask_output_path(self, suggested: Path) -> Path | None:
        suffix = SUFFIXES[self.layout_name()]
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the export as"), str(suggested),
                                                    f"*{suffix}")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _choose_output(self) -> None:
        path = self.ask_output_path(Path(self.output_edit.text().strip() or "."))
        if path is not None:
            self._output_chosen = True
            self.output_edit.setText(str(path))

    def _ask_template(self) -> Path | None:
        start = self.template_edit.text().strip() or str(DEFAULT_TEMPLATE.parent)
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a Word template"), start,
                                                    self.tr("Word documents (*.docx)"))
        return Path(name) if name else None

    def _choose_template(self) -> None:
        path = self.ask_template()
        if path is not None:
            self.template_edit.setText(str(path))
            self._options_changed()

    # Exporting ------------------------------------------------------------------------------------

    def start_export(self) -> bool:
        """Write the export on the worker thread with a progress dialog; False when nothing started."""
        if self.progress is not None:
            return False
        out = self.output_edit.text().strip()
        if not out:
            self._choose_output()
            out = self.output_edit.text().strip()
            if not out:
                return False
        out_path = Path(out).expanduser()
        layout, options = self.layout_name(), self.options()
        self._show_done(False)
        progress = self.progress = QtProgress(self)
        dialog = progress_dialog(self, progress, self.tr("Export"),
                                 fill(self.tr("Writing %1…"), out_path.name), self.tr("Cancel"))
        dialog.setObjectName("exportProgress")
        self.export_button.setEnabled(False)
        project_path = self.session.project.path
        background.run_in_background(
            lambda: run_export(project_path, layout, out_path, options, progress),
            lambda info: self._done(info, out_path, dialog),
            lambda error: self._failed(error, dialog),
        )
        return True

    def _close_progress(self, dialog: QProgressDialog) -> None:
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()
        self.progress = None
        self.export_button.setEnabled(True)

    def _done(self, info: dict, out_path: Path, dialog: QProgressDialog) -> None:
        if self._closed:
            return
        self._close_progress(dialog)
        self.result_info = info
        self.exported_path = out_path
        if info.get("matrix"):  # the national overview writes its matrix workbook beside it
            self.done_label.setText(fill(self.tr("Written: %1, and beside it the matrix %2"), str(out_path),
                                         Path(info["matrix"]).name))
        else:
            self.done_label.setText(fill(self.tr("Written: %1"), str(out_path)))
        self._show_done(True)
        self.open_file_button.setFocus()

    def _failed(self, error: BaseException, dialog: QProgressDialog) -> None:
        if self._closed:
            return
        self._close_progress(dialog)
        if isinstance(error, Cancelled):
            return  # the analyst stopped it; no file was left behind
        if isinstance(error, ExportRefused | ProjectRefused):
            self.show_message(self.tr("Not exported"), refusal_text(error))
        elif isinstance(error, OSError):
            self.show_message(self.tr("Not exported"),
                              fill(self.tr("The file could not be written: %1"), refusal_text(error)))
        else:
            self.show_message(self.tr("Not exported"),
                              fill(self.tr("An unexpected error stopped the export: %1"), repr(error)))

    def _show_done(self, shown: bool) -> None:
        for widget in (self.done_label, self.open_file_button, self.show_folder_button):
            widget.setVisible(shown)

    def open_file(self) -> None:
        if self.exported_path is not None:
            self.open_url(QUrl.fromLocalFile(str(self.exported_path)))

    def show_folder(self) -> None:
        if self.exported_path is not None:
            self.open_url(QUrl.fromLocalFile(str(self.exported_path.parent)))

    def reject(self) -> None:
        self._preview_timer.stop()
        self.outline_preview.close()  # a running outline stops at its next step; its result goes nowhere
        if self.progress is not None:
            self.progress.cancel()  # the worker stops at its next step and removes its half-written file
            self._closed = True
            background.wait_for_all()
        super().reject()
