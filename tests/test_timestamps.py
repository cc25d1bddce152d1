"""One reader for the timestamps Speerpunt writes, used by the findings table, conflicts, exports and backups."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.domain.timestamps import backup_stamp_time, local_time, parse_stamp
from desktop.store.ids import now


def test_what_now_writes_reads_back_as_the_same_moment() -> None:
    before = datetime.now(UTC)
    stamp = now()
    moment = parse_stamp(stamp)
    assert moment is not None and moment.tzinfo is not None
    assert abs((moment - before).total_seconds()) < 5
    assert local_time(stamp) == moment.astimezone().strftime("%d-%m-%Y %H:%M")


@pytest.mark.parametrize(("stamp", "utc"), [
    ("2026-02-23T14:05:09.123456Z", datetime(2026, 2, 23, 14, 5, 9, 123456, UTC)),
    ("2026-02-23T14:05:09Z", datetime(2026, 2, 23, 14, 5, 9, tzinfo=UTC)),  # written by an older version
    ("2026-02-23T15:05:09+01:00", datetime(2026, 2, 23, 14, 5, 9, tzinfo=UTC)),
])
def test_stamps_with_and_without_microseconds_or_with_an_offset(stamp: str, utc: datetime) -> None:
    assert parse_stamp(stamp) == utc


@pytest.mark.parametrize("text", ["", None, "gisteren", "2026-02-31T10:00:00Z", "2026-13-01T00:00:00Z"])
def test_text_that_is_no_moment_is_shown_as_it_is(text: str | None) -> None:
    assert parse_stamp(text) is None
    assert local_time(text) == (text or "")


def test_backup_names_carry_local_time() -> None:
    assert backup_stamp_time("20260223-140509") == datetime(2026, 2, 23, 14, 5, 9)
    assert backup_stamp_time("20260231-140509") is None
