"""The demo agreement's foreword is a real foreword (thanks, context, signatures): no speerpunt is offered for it."""

from __future__ import annotations

import pytest

from desktop.demo import build_demo_project
from desktop.store.documents import list_documents
from desktop.store.project import open_project
from desktop.suggest.project_model import load_suggester


@pytest.fixture(scope="module")
def demo_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.speerpunt"
    build_demo_project(path)
    project = open_project(path)
    agreement = next(d.id for d in list_documents(project) if d.kind == "agreement")
    yield load_suggester(project), agreement
    project.close()


def _passages_under(model, document_id: str, heading: str) -> list[int]:
    return [n for n in model.units_of(document_id) if model.suggester.units[n].section[:1] == (heading,)]


def test_the_demo_foreword_gets_no_suggestion(demo_model) -> None:
    model, agreement = demo_model
    foreword = _passages_under(model, agreement, "Voorwoord")
    texts = [model.suggester.units[n].text for n in foreword]
    # Three paragraphs, the place and date, four signatures.
    assert len(foreword) == 8 and texts[3].startswith("Den Haag")
    assert {model.suggester.units[n].text: model.suggester.suggestions(n) for n in foreword
            if model.suggester.suggestions(n)} == {}


def test_the_chapters_after_it_keep_their_suggestions(demo_model) -> None:
    model, agreement = demo_model
    chapter = _passages_under(model, agreement, "1. Bestuur en financiën")
    offered = [n for n in chapter if model.suggester.suggestions(n)]
    assert len(offered) > len(chapter) // 2
