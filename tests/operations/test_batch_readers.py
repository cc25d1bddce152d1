"""The batch import's reader processes: a reader that dies on a file costs that file only.

A hostile file can crash the PDF library and with it the reader process. The pool is then
gone with every file in it; the files are read again in fresh processes, the one that killed
the reader is read once more on its own and refused, and the others keep their order.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.operations.batch import _Readers
from desktop.operations.import_reader import ReadResult, read_for_import


def read_or_die(path: Path) -> ReadResult:
    """A reader that ends its process on a file named ``crash…`` (as a crash inside PDFium would)."""
    if Path(path).name.startswith("crash"):
        os._exit(3)
    return read_for_import(path)


def test_a_reader_that_dies_costs_only_its_file_and_the_order_is_kept(tmp_path: Path) -> None:
    files = []
    for name in ("assen.txt", "crash-emmen.txt", "haren.txt", "stad.txt"):
        path = tmp_path / name
        path.write_text(f"De gemeente {name[:-4]} bouwt woningen.\n", encoding="utf-8")
        files.append(path)
    with _Readers(2, read_or_die) as readers:
        results = [take() for take in readers.results(files)]
    assert [result.name for result in results] == [path.name for path in files]
    refused = {result.name: result.refusal for result in results if result.refusal}
    assert list(refused) == ["crash-emmen.txt"]
    assert "reader stopped" in refused["crash-emmen.txt"]
    for result, path in zip(results, files, strict=True):
        if not result.refusal:
            assert path.stem in result.text and result.passages
            assert result.data == path.read_bytes()


def test_a_batch_leaves_the_cycle_collector_on_whatever_happens_to_its_files(project, tmp_path: Path) -> None:
    """The collector is paused per file while it is read and stored; stored, refused and cancelled files
    alike leave it running, so a long import does not keep cycles alive."""
    import gc

    from desktop.operations.batch import import_files
    from desktop.store.documents import list_documents

    good = tmp_path / "assen.txt"
    good.write_text("De gemeente Assen bouwt woningen.\n", encoding="utf-8")
    empty = tmp_path / "leeg.txt"
    empty.write_text("   \n", encoding="utf-8")
    outcome = import_files(project, [good, empty], workers=1)
    assert [name for name, _ in outcome.imported] == ["assen.txt"]
    assert [name for name, _ in outcome.refused] == ["leeg.txt"]
    assert gc.isenabled()

    class CancelAfterFirst:
        cancelled = False

        def start(self, total: int, label: str = "") -> None: ...

        def advance(self, steps: int = 1) -> None: ...

    progress = CancelAfterFirst()

    def on_file(index: int, path: Path, word: str) -> None:
        if word == "reading":
            progress.cancelled = True  # asked while the first file is read: it is not stored

    other = tmp_path / "haren.txt"
    other.write_text("De gemeente Haren bouwt woningen.\n", encoding="utf-8")
    outcome = import_files(project, [other], workers=1, on_file=on_file, progress=progress)
    assert outcome.cancelled and outcome.not_started == ["haren.txt"]
    assert gc.isenabled()
    assert [d.source_name for d in list_documents(project)] == ["assen.txt"]


def test_a_reader_process_starts_without_the_project_file_and_the_command_line() -> None:
    # What a spawn-started reader imports to unpickle its task: the readers and the index words, not
    # SQLite's wrapper (with numpy, about 0.35 s of CPU per reader), the writer or the command line.
    program = ("import sys, pickle\n"
               "from desktop.operations.import_reader import read_for_import\n"
               "pickle.loads(pickle.dumps(read_for_import))\n"
               "print(' '.join(m for m in ('sqlite_utils', 'numpy', 'desktop.store.project', 'desktop.operations.batch',"
               " 'desktop.cli') if m in sys.modules))\n")
    loaded = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2]).stdout.split()
    assert loaded == []
