"""The local crash log: entries with versions and the traceback, newest first, capped, and hard crashes caught."""

from __future__ import annotations

import platform
import subprocess
import sys
import textwrap
import traceback
from datetime import UTC, datetime

import desktop
from desktop.crash_log import MARKER, CrashLog, parse
from tests.conftest import REPO


def _raise(message: str) -> BaseException:
    try:
        raise ValueError(message)
    except ValueError as error:
        return error


def _log_error(log: CrashLog, message: str):
    error = _raise(message)
    return log.write_exception(type(error), error, error.__traceback__)


def test_an_exception_is_written_with_versions_and_its_traceback(tmp_path) -> None:
    log = CrashLog(tmp_path / "data", environment=["Qt 6.9.9"])
    _log_error(log, "kapotte alinea")
    text = (tmp_path / "data" / "crash.log").read_text(encoding="utf-8")
    assert text.startswith(MARKER)
    assert f"Speerpunt {desktop.__version__} · Python {platform.python_version()}" in text
    assert "Qt 6.9.9" in text
    assert "Traceback (most recent call last):" in text
    assert 'raise ValueError(message)' in text and "ValueError: kapotte alinea" in text
    [entry] = log.entries()
    assert entry.kind == "Python exception"
    stamp = datetime.strptime(entry.when, "%Y-%m-%d %H:%M:%S UTC").replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - stamp).total_seconds()) < 60
    assert entry.text.rstrip("\n") == text.rstrip("\n")


def test_no_locals_reach_the_log(tmp_path) -> None:
    log = CrashLog(tmp_path)

    def handle(note_text: str) -> None:
        secret = note_text.upper()  # noqa: F841 - a local the traceback must not show
        raise KeyError("finding 12")

    note = "vertrouwelijke aantekening over de wethouder"
    try:
        handle(note)
    except KeyError as error:
        log.write_exception(type(error), error, error.__traceback__)
    text = log.path.read_text(encoding="utf-8")
    assert "KeyError: 'finding 12'" in text
    assert "wethouder" not in text and "WETHOUDER" not in text


def test_entries_come_newest_first_across_the_rotated_file(tmp_path) -> None:
    log = CrashLog(tmp_path, max_bytes=1500)
    for number in range(12):
        _log_error(log, f"fout nummer {number}")
    assert log.path.stat().st_size <= 1500
    assert log.old_path.stat().st_size <= 1500
    messages = [entry.text.strip().splitlines()[-1] for entry in log.entries()]
    # The newest entries survive, newest first; the oldest fell off with the rotation.
    assert messages[0] == "ValueError: fout nummer 11"
    assert messages == [f"ValueError: fout nummer {n}" for n in range(11, 11 - len(messages), -1)]
    assert "ValueError: fout nummer 0" not in messages
    assert [entry.text for entry in log.entries(limit=2)] == [entry.text for entry in log.entries()[:2]]


def test_the_log_stays_capped_however_much_goes_wrong(tmp_path) -> None:
    log = CrashLog(tmp_path, max_bytes=20_000)
    for number in range(300):
        _log_error(log, f"herhaalde fout {number} " + "x" * 200)
    total = log.path.stat().st_size + log.old_path.stat().st_size
    assert total <= 2 * 20_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crash.log", "crash.log.1"]


def test_a_huge_traceback_keeps_its_start_and_the_error_at_the_end(tmp_path) -> None:
    log = CrashLog(tmp_path)
    body = "Traceback (most recent call last):\n" + "  File \"x.py\", line 1, in f\n" * 20_000 + "RecursionError: too deep\n"
    entry = log.write("Python exception", body)
    assert entry is not None and len(entry.text) < 40_000
    assert "Traceback (most recent call last):" in entry.text
    assert entry.text.rstrip().endswith("RecursionError: too deep")
    assert "characters left out" in entry.text


def test_a_message_that_looks_like_a_header_does_not_split_the_entry(tmp_path) -> None:
    log = CrashLog(tmp_path)
    _log_error(log, f"regel een\n{MARKER}2020-01-01 00:00:00 UTC · nep ===\nregel drie")
    [entry] = log.entries()
    assert "regel drie" in entry.text


def test_an_unwritable_folder_does_not_raise(tmp_path) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("", encoding="utf-8")
    log = CrashLog(blocker / "data")
    assert _log_error(log, "nergens heen") is None
    assert log.entries() == []
    assert log.collect_hard_crash() is None


def test_parse_skips_text_before_the_first_entry() -> None:
    text = f"rommel\n{MARKER}2026-12-01 10:00:00 UTC · Python exception ===\nSpeerpunt 0.1.0\nfout\n"
    [entry] = parse(text)
    assert (entry.when, entry.kind) == ("2026-12-01 10:00:00 UTC", "Python exception")
    assert entry.text.splitlines()[1:] == ["Speerpunt 0.1.0", "fout"]


def test_a_thread_kind_and_the_traceback_module_agree(tmp_path) -> None:
    log = CrashLog(tmp_path)
    error = _raise("in de achtergrond")
    entry = log.write_exception(type(error), error, error.__traceback__, kind="Exception in thread worker")
    assert entry is not None and entry.kind == "Exception in thread worker"
    assert "".join(traceback.format_exception(type(error), error, error.__traceback__)).strip() in entry.text


def test_a_segmentation_fault_is_in_the_log_after_the_next_start(tmp_path) -> None:
    crashing = textwrap.dedent(f"""
        import faulthandler, sys
        sys.path.insert(0, {str(REPO)!r})
        from desktop.crash_log import CrashLog
        log = CrashLog(__import__("pathlib").Path({str(tmp_path)!r}))
        assert log.enable_faulthandler()
        def open_pdf_page():
            faulthandler._sigsegv()
        open_pdf_page()
    """)
    result = subprocess.run([sys.executable, "-c", crashing], capture_output=True, timeout=60)
    assert result.returncode != 0
    log = CrashLog(tmp_path)
    entry = log.collect_hard_crash()
    assert entry is not None and entry.kind == "Hard crash (earlier session)"
    assert "Segmentation fault" in entry.text and "open_pdf_page" in entry.text
    # Collected once: the next start finds nothing new, and the log holds it.
    assert log.collect_hard_crash() is None
    assert [e.kind for e in log.entries()] == ["Hard crash (earlier session)"]


def test_the_same_error_again_at_once_is_written_once(tmp_path) -> None:
    log = CrashLog(tmp_path)
    body = "Traceback (most recent call last):\n  File \"view.py\", line 3, in paintEvent\nTypeError: x\n"
    first = log.write("Python exception", body)
    assert log.write("Python exception", body) == first
    log.write("Python exception", body.replace("TypeError", "ValueError"))
    log.write("Python exception", body)
    assert [e.text.splitlines()[-1] for e in log.entries()] == ["TypeError: x", "ValueError: x", "TypeError: x"]
