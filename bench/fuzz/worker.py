"""Run importers on untrusted bytes in a child process, with a time limit, and judge what comes back.

A hang or a crash inside PDFium or lxml cannot be caught in-process (SIGALRM
waits for the C code to return; a segfault takes the test run with it), so each
input goes to a long-lived child over a pipe; the child is killed and replaced
when an input runs over its time or kills it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import shutil
import struct
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.document import Block, ImportedDocument, assemble

REPO = Path(__file__).resolve().parents[2]
# Generous for a 2 MB text on a slow CI machine; a real hang is hundreds of times this.
TIME_LIMIT_S = 5.0
MEMORY_LIMIT = 3 * 1024**3
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def problems(document: ImportedDocument) -> list[str]:
    """What is wrong with an imported document's text and offsets; empty when it is sound.

    Sound means: offsets inside the text and increasing, each passage's text what
    ``assemble`` would make of it (stripped, non-empty, one separator between
    passages), and text the project file can store (no lone surrogates).
    """
    found: list[str] = []
    text = document.text
    try:
        text.encode("utf-8")
        document.title.encode("utf-8")
    except UnicodeEncodeError as error:
        found.append(f"text or title cannot be stored: {error}")
    # Word (XML 1.0) and Excel refuse these; a text holding them imports, then breaks an export.
    for name, value in (("text", text), ("title", document.title)):
        bad = _NOT_XML.search(value)
        if bad:
            found.append(f"the {name} holds {bad.group()!r} at {bad.start()}, which Word and Excel files refuse")
    previous_end = 0
    for index, passage in enumerate(document.passages):
        if passage.seq != index:
            found.append(f"passage {index} has seq {passage.seq}")
        if not 0 <= passage.start <= passage.end <= len(text):
            found.append(f"passage {index} offsets {passage.start}..{passage.end} outside 0..{len(text)}")
        elif passage.start < previous_end:
            found.append(f"passage {index} starts at {passage.start}, before the previous end {previous_end}")
        previous_end = max(previous_end, passage.end)
    if found:
        return found
    blocks = [Block(p.kind, document.passage_text(p), p.level, p.page) for p in document.passages]
    again = assemble(document.title, blocks, document.pages)
    if again.text != text:
        found.append("the text is not the passages joined by the separator")
    if [(p.start, p.end, p.heading_path) for p in again.passages] != [
        (p.start, p.end, p.heading_path) for p in document.passages
    ]:
        found.append("offsets or heading paths differ from what assemble makes of the passage texts")
    return found


def judge(suffix: str, data: bytes, store_in=None) -> tuple[str, str]:
    """("document" | "refused" | "error", detail) for one input, in this process."""
    from desktop.ingest import ImportRefused, read_document

    try:
        document = read_document(Path(f"fuzz{suffix}"), data=data)
    except ImportRefused as refusal:
        return "refused", refusal.reason
    except Exception:
        return "error", traceback.format_exc(limit=8)
    found = problems(document)
    if found:
        return "error", "; ".join(found[:5])
    if store_in is not None:
        from desktop.domain.document import DocumentKind
        from desktop.operations.documents import store_document

        # What reads cleanly must also store cleanly (SQLite, the search index).
        try:
            store_document(store_in, document, b"", hashlib.sha256(os.urandom(16)).hexdigest(), f"fuzz{suffix}",
                           DocumentKind.AGREEMENT)
        except Exception:
            return "error", "stored badly: " + traceback.format_exc(limit=8)
    return "document", f"{len(document.passages)} passages, {len(document.text)} characters"


def _serve(time_limit: float, folder: str) -> None:
    """The child: frames in on stdin (suffix, store flag, data), one JSON line out per frame; a project for
    stored inputs goes in ``folder``, which the parent removes when the child ends (killed after a hang too)."""
    import faulthandler

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    # Where a hang or a crash happened goes to stderr, which the parent reads back.
    faulthandler.enable()
    source, sink = sys.stdin.buffer, sys.stdout
    project = None
    while header := source.read(12):
        suffix_length, store, length = struct.unpack("<HHQ", header)
        suffix = source.read(suffix_length).decode()
        data = source.read(length)
        if store and project is None:
            from desktop.store import create_project

            project = create_project(Path(folder) / "fuzz.speerpunt")
        faulthandler.dump_traceback_later(max(time_limit - 0.5, 0.1))
        outcome, detail = judge(suffix, data, project if store else None)
        faulthandler.cancel_dump_traceback_later()
        sink.write(json.dumps({"outcome": outcome, "detail": detail}) + "\n")
        sink.flush()


@dataclass
class Verdict:
    outcome: str  # document, refused, error, hang, crash
    detail: str
    seconds: float

    @property
    def acceptable(self) -> bool:
        return self.outcome in ("document", "refused")


class ImporterChild:
    """A child process that judges inputs one at a time; replaced after a hang or crash."""

    def __init__(self, time_limit: float = TIME_LIMIT_S) -> None:
        self.time_limit = time_limit
        self._process: subprocess.Popen | None = None
        self._stderr = None
        self._folder: str | None = None  # the child's project folder, removed with the child

    def _start(self) -> subprocess.Popen:
        if self._process is not None and self._process.poll() is not None:
            self.close()  # it ended by itself: its folder and streams go with it
        if self._process is None:
            self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the child; close() ends it
            self._folder = tempfile.mkdtemp(prefix="fuzz-")
            self._process = subprocess.Popen(
                [sys.executable, "-c",
                 f"from bench.fuzz.worker import _serve; _serve({self.time_limit!r}, {self._folder!r})"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, cwd=REPO,
            )
        return self._process

    def _where(self) -> str:
        """The innermost frames the child's faulthandler wrote, most recent first."""
        if self._stderr is None:
            return ""
        self._stderr.seek(0)
        lines = self._stderr.read().decode(errors="replace").splitlines()
        frames = [line.strip() for line in lines if line.strip().startswith("File ")]
        return "\n".join(frames[:4])

    def judge(self, suffix: str, data: bytes, store: bool = False) -> Verdict:
        import select
        import time

        process = self._start()
        started = time.monotonic()
        try:
            process.stdin.write(struct.pack("<HHQ", len(suffix), int(store), len(data)) + suffix.encode() + data)
            process.stdin.flush()
        except BrokenPipeError:
            return self._lost(started, "the child died before reading the input")
        ready, _, _ = select.select([process.stdout], [], [], self.time_limit)
        if not ready:
            seconds = time.monotonic() - started
            where = self._where()
            self.close()
            return Verdict("hang", f"no answer within {self.time_limit:.0f} s\n{where}", seconds)
        line = process.stdout.readline()
        if not line:
            return self._lost(started, "")
        answer = json.loads(line)
        if self._stderr.tell():
            # A slow case that still answered in time: forget its stack dump.
            self._stderr.seek(0)
            self._stderr.truncate()
        return Verdict(answer["outcome"], answer["detail"], time.monotonic() - started)

    def _lost(self, started: float, detail: str) -> Verdict:
        import time

        code = self._process.wait(timeout=10)
        where = self._where()
        self.close()
        return Verdict("crash", f"{detail or f'the child exited with {code}'}\n{where}", time.monotonic() - started)

    def close(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait(timeout=10)
            for stream in (self._process.stdin, self._process.stdout):
                stream.close()
            self._process = None
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def __enter__(self) -> ImporterChild:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
