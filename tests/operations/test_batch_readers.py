"""The batch import's reader processes: a reader that dies on a file costs that file only.

A hostile file can crash the PDF library and with it the reader process. The pool is then
gone with every file in it; the files are read again in fresh processes, the one that killed
the reader is read once more on its own and refused, and the others keep their order.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.operations.batch import ReadResult, _Readers, read_for_import


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
