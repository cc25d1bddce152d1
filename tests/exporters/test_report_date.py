"""The report date on the title page: an ISO date is written out in words, a date not in the calendar refused."""

from __future__ import annotations

import pytest

from desktop.operations.reactions import set_report_parts
from exporters import export
from exporters.errors import ExportRefused
from exporters.options import ExportOptions
from tests.exporters.docx_reading import paragraphs


@pytest.mark.parametrize(("typed", "printed"), [
    ("2024-02-29", "29 februari 2024"),  # a leap day
    ("2026-12-01", "1 december 2026"),
    ("voorjaar 2026", "voorjaar 2026"),  # any other text stays as typed
])
def test_a_real_date_is_written_out(reaction_project, tmp_path, typed: str, printed: str) -> None:
    set_report_parts(reaction_project.project, {"date": typed})
    out = tmp_path / "reactie.docx"
    export(reaction_project.project, "speerpunten", out, ExportOptions())
    assert ("Subtitle", printed) in paragraphs(out)


@pytest.mark.parametrize("layout", ["speerpunten", "analyse", "vergelijking"])
@pytest.mark.parametrize("typed", ["2026-02-31", "2025-02-29", "2026-13-01", "2026-04-00"])
def test_a_date_not_in_the_calendar_is_refused_and_no_file_written(reaction_project, tmp_path, typed: str,
                                                                   layout: str) -> None:
    set_report_parts(reaction_project.project, {"date": typed})
    out = tmp_path / "reactie.docx"
    with pytest.raises(ExportRefused, match=f"the report date '{typed}' is not a day in the calendar"):
        export(reaction_project.project, layout, out, ExportOptions())
    assert not out.exists()
