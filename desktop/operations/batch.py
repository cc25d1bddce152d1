"""Importing many files at once: read and segment in worker processes, store in order from one writer.

Reading a PDF or DOCX and cutting it into passages is the expensive part and needs no
project; it runs in a pool of processes (one per core, started with ``spawn`` so it is the
same on every platform and never inherits an open database). The calling thread is the
only writer: it takes the results in the order the files were given and stores each
document in its own transaction, so a crash, a cancel or a bad file loses nothing that
was already stored, and a refused file leaves nothing behind.
"""

from __future__ import annotations

import os
import sys
import threading
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from desktop.domain.document import DocumentKind
from desktop.domain.metadata import metadata_from_filename
from desktop.ingest import SUPPORTED_SUFFIXES, already_imported
from desktop.operations.documents import store_rows
from desktop.operations.import_reader import ReadResult, collector_paused, read_for_import
from desktop.progress import NullProgress, Progress
from desktop.reasons import Reason
from desktop.store.documents import find_document_by_sha256
from desktop.store.project import Project

# Files read ahead of the writer per worker. The writer takes results in the files' order, so
# while one worker reads a long PDF the others go on only as far as this allows: two kept a
# second worker idle behind every long file. Eight keep every core busy; a read file is a few
# MB (its text, passages, index rows and bytes), so memory stays flat however many files.
AHEAD_PER_WORKER = 8


def files_to_import(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(files to read, files skipped): files as given, folders opened recursively in name order.

    Inside a folder only supported files are taken; the others are returned as skipped.
    Hidden files and Office lock files (``~$…``) are left out silently. A file named
    explicitly is always taken, so an unsupported one is refused with its reason; so is an
    entry of a supported type that is not a regular file (a broken link, a pipe): the reader
    refuses it with its reason rather than the batch passing over it in silence.
    """
    found: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            inside = sorted((p for p in path.rglob("*") if not p.is_dir()
                             and not any(part.startswith((".", "~$")) for part in p.relative_to(path).parts)),
                            key=lambda p: str(p).casefold())
            found += [p for p in inside if p.suffix.lower() in SUPPORTED_SUFFIXES]
            skipped += [p for p in inside if p.suffix.lower() not in SUPPORTED_SUFFIXES]
        else:
            found.append(path)
    return list(dict.fromkeys(found)), list(dict.fromkeys(skipped))


def file_names(given: Iterable[Path], files: Iterable[Path]) -> dict[Path, str]:
    """How a batch names each of ``files`` to the analyst: by its path inside the folder given that holds it
    ("groningen/stad.docx", with "/" on every system), so two files of one name in different subfolders
    stay apart; a file given by itself by its name. Skipped, refused and imported files alike."""
    folders = [Path(path) for path in given if Path(path).is_dir()]
    names = {}
    for path in files:
        path = Path(path)
        names[path] = next((path.relative_to(folder).as_posix() for folder in folders
                            if path.is_relative_to(folder)), path.name)
    return names


@dataclass
class BatchOutcome:
    # Files are named as file_names() names them (as given to import_files; else by their name).
    imported: list[tuple[str, str]] = field(default_factory=list)  # (file name, document id)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    not_started: list[str] = field(default_factory=list)  # file names left when the user cancelled
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file name, warning)
    cancelled: bool = False

    @property
    def document_ids(self) -> list[str]:
        return [document_id for _, document_id in self.imported]


# on_file(index, path, outcome_word): called by the writer before each file ("reading") and
# after it ("imported" or "refused"), so a caller can show done/total and the current file.
FileEvent = Callable[[int, Path, str], None]


def default_workers(files: int) -> int:
    return max(1, min(os.cpu_count() or 1, files))


def import_files(
    project: Project,
    files: list[Path],
    kind: DocumentKind | str = DocumentKind.AGREEMENT,
    author: str | None = None,
    title: str | None = None,
    workers: int | None = None,
    on_file: FileEvent | None = None,
    progress: Progress | None = None,
    names: dict[Path, str] | None = None,
) -> BatchOutcome:
    """Import ``files`` into ``project``; every file is imported or refused with its reason.

    ``workers`` processes read ahead (default: one per core; 1 reads in this process, as does
    a single file). ``progress.cancelled`` is checked between files: what was stored stays.
    ``names`` (from ``file_names``) names the files in the outcome; by default their names.
    """
    kind = DocumentKind(kind)
    name_of = (names or {}).get
    progress = progress or NullProgress()
    on_file = on_file or (lambda index, path, word: None)
    workers = default_workers(len(files)) if workers is None else max(1, workers)
    outcome = BatchOutcome()
    if workers == 1 or len(files) <= 1:
        # Not one reader process beside the writer: on a loaded machine it cost the same CPU and
        # no time (docs/PERFORMANCE.md), and `--workers 1` is one process, as its floor in the bench.
        results: Iterable[Callable[[], ReadResult]] = ((lambda p=p: read_for_import(p)) for p in files)
        _write_all(project, files, results, kind, author, title, on_file, progress, outcome, name_of)
        return outcome
    with _Readers(workers) as readers:
        _write_all(project, files, readers.results(files), kind, author, title, on_file, progress, outcome,
                   name_of)
    return outcome


def _write_all(project: Project, files: list[Path], results: Iterable[Callable[[], ReadResult]],
               kind: DocumentKind, author: str | None, title: str | None, on_file: FileEvent,
               progress: Progress, outcome: BatchOutcome, name_of: Callable[[Path, str], str]) -> None:
    for index, (path, result) in enumerate(zip(files, results, strict=False)):
        if progress.cancelled:
            outcome.cancelled = True
            outcome.not_started = [name_of(p, p.name) for p in files[index:]]
            return
        on_file(index, path, "reading")
        # The cycle collector is off while a file's rows are taken in and stored, as while it is read:
        # thousands of tuples that hold no cycles (about 8% of the writer's CPU; docs/PERFORMANCE.md).
        with collector_paused():
            read = result()
            if progress.cancelled:  # asked while this file was read: it is not stored
                outcome.cancelled = True
                outcome.not_started = [name_of(p, p.name) for p in files[index:]]
                return
            word = _store(project, path, read, kind, author, title, outcome, name_of(path, path.name))
        on_file(index, path, word)


def _store(project: Project, path: Path, read: ReadResult, kind: DocumentKind, author: str | None,
           title: str | None, outcome: BatchOutcome, name: str) -> str:
    """Store one file as read, or record why it is refused; "imported" or "refused"."""
    refusal = read.refusal
    if not refusal:
        existing = find_document_by_sha256(project, read.sha256)
        if existing is not None:
            refusal = already_imported(existing.title, existing.id)
    if refusal:
        outcome.refused.append((name, refusal))
        return "refused"
    document_id = store_rows(project, read.title, read.text, read.pages, read.passages, read.data, read.sha256,
                             path.name, kind, title, author, metadata=metadata_from_filename(path.name),
                             index=read.index)
    outcome.imported.append((name, document_id))
    outcome.warnings += [(name, warning) for warning in read.warnings]
    return "imported"


class _Readers:
    """A spawn-started process pool that reads a bounded number of files ahead of the writer.

    A reader that dies (a hostile file crashing the PDF library) refuses that file; the
    pool is started anew for the files after it (see ``_after_break``).
    """

    def __init__(self, workers: int, read: Callable[[Path], ReadResult] = read_for_import) -> None:
        self.workers = workers
        self.read = read  # a module-level function: the reader processes import it by name
        self.pool = self._new_pool()
        self.in_process = False

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=get_context("spawn"))

    def __enter__(self) -> _Readers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def results(self, files: list[Path]) -> Iterable[Callable[[], ReadResult]]:
        pending: deque[tuple[Path, Future]] = deque()
        upcoming = iter(files)

        def fill() -> None:
            while len(pending) < self.workers * AHEAD_PER_WORKER:
                path = next(upcoming, None)
                if path is None:
                    return
                pending.append((path, self._submit(path)))

        fill()
        while pending:
            path, future = pending.popleft()
            yield lambda path=path, future=future: self._take(path, future, pending)
            fill()

    def _take(self, path: Path, future: Future, pending: deque[tuple[Path, Future]]) -> ReadResult:
        if self.in_process:
            return self.read(path)
        try:
            return future.result()
        except BrokenProcessPool:
            return self._after_break(path, pending)

    def _after_break(self, path: Path, pending: deque[tuple[Path, Future]]) -> ReadResult:
        """The pool is gone with every file in it. This file is read once more on its own, so a
        neighbour's crash is not blamed on it; if that breaks a fresh pool too and a pool cannot
        even run an empty task, worker processes cannot run here (a frozen or embedded
        interpreter): this file and the rest are read in this process, as a serial import would."""
        self._renew()
        try:
            result = self._submit(path).result()
        except BrokenProcessPool:
            self._renew()
            if not self._workers_run():
                self.in_process = True
                self.pool.shutdown(wait=False, cancel_futures=True)
                return self.read(path)
            result = ReadResult(path.name, refusal=Reason("the reader stopped on this file (damaged or hostile)"))
        for slot, (other, _) in enumerate(pending):
            pending[slot] = (other, self._submit(other))
        return result

    def _submit(self, path: Path) -> Future:
        """The pool's future for reading ``path``; one that fails as broken when the pool is (or reads here)."""
        if not self.in_process:
            try:
                with _main_module_left_behind():  # a submit may start a reader process
                    return self.pool.submit(self.read, path)
            except BrokenProcessPool as error:
                failed: Future = Future()
                failed.set_exception(error)
                return failed
        return Future()

    def _renew(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()

    def _workers_run(self) -> bool:
        try:
            with _main_module_left_behind():
                future = self.pool.submit(_alive)
            return future.result()
        except BrokenProcessPool:
            return False


def _alive() -> bool:
    return True


@contextmanager
def _main_module_left_behind() -> Iterator[None]:
    """While the pool starts reader processes from the main thread, hide the main module from them.

    A spawn-started process first imports its parent's main module when that module can be
    found by name or path: for ``speerpunt`` that is the whole command line with every command,
    about 0.15 s of CPU per reader, which reads with desktop.ingest alone. A nameless
    stand-in takes the main module's place for the moment a process is started. Only on the main
    thread (the command's writer), so no other thread of ours can meet the stand-in; in the app
    (a batch on a worker thread) the readers import the main module as before.
    """
    main = sys.modules.get("__main__")
    if main is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main
