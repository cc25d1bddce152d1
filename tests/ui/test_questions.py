"""The shared yes-or-cancel question: Cancel is the default, only Yes says yes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.ui import questions


def test_only_yes_answers_yes_and_cancel_is_the_default(qapp, monkeypatch):
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((title, text, buttons, default))
        return answers.pop(0)

    answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", question)
    assert questions.ask(None, "Title", "Sure?") is True
    assert questions.ask(None, "Title", "Sure?") is False
    assert asked[0] == ("Title", "Sure?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                        QMessageBox.StandardButton.Cancel)
