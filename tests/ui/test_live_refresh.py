"""Live refresh: a change written by another connection reaches this window's views."""

from __future__ import annotations

from desktop.operations.findings import add_finding
from desktop.store.findings import list_findings
from desktop.store.project import open_project
from desktop.ui.collaboration.live_refresh import LiveRefresh
from desktop.ui.session import Session


def test_another_instance_adds_a_finding_and_this_one_reloads(session, qtbot):
    other = Session(open_project(session.project.path), author="Collega")
    try:
        seen: list = []
        session.changed.connect(lambda changes: seen.append((changes, list_findings(session.project))))
        live = LiveRefresh(session, interval_ms=100, parent=session)
        live.start()

        added = add_finding(other.project, session.document_id, session.codes["1.1"], "positive", 0, 10,
                            author="Collega")

        qtbot.waitUntil(lambda: bool(seen), timeout=2000)
        changes, findings_then = seen[0]
        assert changes.everything_changed
        assert added.id in changes.findings
        assert [f.id for f in findings_then] == [added.id]
        live.stop()
    finally:
        other.close()


def test_own_writes_do_not_trigger_a_reload(session, qtbot):
    live = LiveRefresh(session, interval_ms=50, parent=session)
    with qtbot.assertNotEmitted(live.refreshed, wait=300):
        live.start()
        add_finding(session.project, session.document_id, session.codes["2.1"], "concern", 0, 10, author="Ik")
    assert not live.check_now()
    live.stop()


def test_a_closed_project_is_skipped_quietly(tmp_path, qtbot):
    from desktop.store.project import create_project

    project = create_project(tmp_path / "p.speerpunt")
    closing = Session(project, author="Ik")
    live = LiveRefresh(closing)
    project.close()
    assert live.check_now() is False
