"""Each Word export converts to PDF in LibreOffice without error (skipped where LibreOffice is absent)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from exporters import ExportOptions, export

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("layout", ["speerpunten", "analyse", "annotated"])
def test_word_export_converts_to_pdf(reaction_project, tmp_path, layout) -> None:
    source = tmp_path / f"{layout}.docx"
    export(reaction_project.project, layout, source, ExportOptions(appendix=True))
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [LIBREOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180,
    )
    pdf = tmp_path / f"{layout}.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Betaalbaar wonen" in text or "Coalitieakkoord 2026" in text
