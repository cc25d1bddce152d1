"""The self-contained app, built by scripts/build-app.sh and driven as an analyst's machine runs it:
the bundled executable with an empty environment (no virtualenv, no Python on PATH).

Building takes minutes, so these run only when asked: `.venv/bin/pytest -m bundle tests/packaging`.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = [pytest.mark.slow, pytest.mark.bundle,
              pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle is checked here")]
APP = REPO / "dist" / "Speerpunt"
MAX_MB = 400


@pytest.fixture(scope="module")
def app(request) -> Path:
    if "bundle" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("builds the app for minutes: run with -m bundle")
    subprocess.run(["bash", str(REPO / "scripts" / "build-app.sh")], check=True, cwd=REPO, timeout=1800)
    return APP / "speerpunt"


def run_app(app: Path, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    # env -i: not even PATH; the home folder only so the app's settings stay in the test's folder.
    command = ["env", "-i", f"HOME={home}", *(f"{key}={value}" for key, value in env.items()), str(app), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=home)


def test_the_folder_is_self_contained_small_enough_and_without_development_tools(app):
    size_mb = sum(path.stat().st_size for path in APP.rglob("*") if path.is_file()) / 2**20
    assert size_mb < MAX_MB
    internal = APP / "_internal"
    names = {path.name.lower() for path in internal.iterdir()}
    for tool in ("pytest", "_pytest", "pytestqt", "hypothesis", "fpdf", "ruff", "importlinter", "pip", "setuptools"):
        assert tool not in names
    assert list(internal.rglob("libpdfium*")), "the PDF engine"
    assert list(internal.glob("Stemmer*.so")), "PyStemmer's extension"
    assert list(internal.rglob("pyphen/dictionaries/hyph_nl_NL.dic")), "the Dutch hyphenation of the speerpunten tree"
    for data in ("translations/speerpunt_nl.qm", "translations/speerpunt_en.qm", "templates/speerpunt-huisstijl.docx",
                 "demo/coalitieakkoord-demo.md", "frameworks/g32-speerpunten-2016.yaml", "licences/notices.yaml"):
        assert (internal / "resources" / data).is_file(), data
    assert list((internal / "PySide6" / "Qt" / "translations").glob("qtbase_nl.qm")), "Qt's own Dutch texts"
    assert list(internal.glob("pyside6_essentials-*.dist-info")), "the metadata About Speerpunt reads"


def test_an_empty_environment_makes_the_demo_imports_a_real_pdf_and_exports_word(app, tmp_path, corpus_dir):
    import docx

    project = tmp_path / "eerste.speerpunt"
    made = run_app(app, "demo", str(project), home=tmp_path)
    assert made.returncode == 0, made.stderr
    imported = run_app(app, "import", str(project), str(corpus_dir / "nl-coalitieakkoord-2021-2025.pdf"),
                       "--kind", "agreement", "--json", home=tmp_path)
    assert imported.returncode == 0, imported.stderr
    document = json.loads(imported.stdout)[0]
    assert document["pages"] == 50  # pdfinfo: the printed agreement has 50 pages
    # A sentence of the agreement as the hand-made reference split has it (not the importer's output).
    with open(corpus_dir / "nl-coalitieakkoord-2021-2025-paragraphs.csv", encoding="utf-8") as handle:
        reference = next(row["txt"] for row in csv.DictReader(handle) if row["paragraph"] == "4")
    quote = " ".join(reference.split()[:9])
    codes = run_app(app, "framework", "list", str(project), "--json", home=tmp_path)
    code = _first_code(json.loads(codes.stdout))
    tagged = run_app(app, "tag", str(project), "--doc", document["id"], "--quote", quote, "--speerpunt", code,
                     "--assessment", "zorg", "--note", "Eerste bevinding in het echte akkoord.", home=tmp_path)
    assert tagged.returncode == 0, tagged.stderr
    out = tmp_path / "reactie.docx"
    exported = run_app(app, "export", str(project), "--layout", "speerpunten", "--doc", document["id"],
                       "--out", str(out), "--quotes", home=tmp_path)
    assert exported.returncode == 0, exported.stderr
    text = "\n".join(paragraph.text for paragraph in docx.Document(str(out)).paragraphs)
    # Read back with python-docx: the finding on the real PDF's passage became the reaction.
    assert "Eerste bevinding in het echte akkoord." in text


def _first_code(listing) -> str:
    items = listing if isinstance(listing, list) else listing.get("speerpunten", [])
    for item in items:
        if item.get("code"):
            return item["code"]
    raise AssertionError(f"no speerpunt in {listing!r:.200}")


def test_the_window_opens_on_the_demo_from_an_empty_environment(app, tmp_path):
    project = tmp_path / "demo.speerpunt"
    assert run_app(app, "demo", str(project), home=tmp_path).returncode == 0
    # The analyst's name is known (the first start asks it), so the window opens straight away.
    config = tmp_path / ".config" / "Speerpunt"
    config.mkdir(parents=True)
    (config / "Speerpunt.ini").write_text("[analyst]\nname=Bundeltest\n", encoding="utf-8")
    opened = run_app(app, "open", str(project), home=tmp_path, QT_QPA_PLATFORM="offscreen", SPEERPUNT_STARTUP_PROBE="1")
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.startswith("ready"), opened.stdout + opened.stderr
