"""Documents as a collection on the command line: batch import, meta, search by category."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import main


def run(capsys, *args) -> tuple[int, object, str]:
    code = main([str(a) for a in args] + ["--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def test_batch_import_fills_metadata_from_file_names_and_reports_refusals(tmp_path: Path, capsys) -> None:
    project = tmp_path / "studie.speerpunt"
    main(["init", str(project)])
    files = []
    for name, text in [
        ("gemeente-venlo-coalitieakkoord-2022-2026.md", "# Akkoord Venlo\n\nSchuldhulpverlening krijgt voorrang.\n"),
        ("coalitieakkoord-zutphen-2022-2026.md", "# Akkoord Zutphen\n\nWe investeren in schuldhulpverlening.\n"),
        ("leeg.txt", ""),
    ]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        files.append(path)
    capsys.readouterr()
    code, imported, err = run(capsys, "import", project, *files)
    assert code == 1  # one file refused
    assert "leeg.txt: the file is empty" in err
    assert sorted(d["short_name"] for d in imported) == ["Venlo", "Zutphen"]
    venlo = next(d for d in imported if d["short_name"] == "Venlo")

    code, meta, _ = run(capsys, "meta", project, venlo["id"][:6], "--set", "categories=G40, middelgroot",
                        "issuer=Gemeente Venlo")
    assert code == 0
    assert meta["categories"] == ["G40", "middelgroot"] and meta["period"] == "2022-2026"

    code, hits, _ = run(capsys, "search", project, "schuldhulpverlening", "--category", "G40")
    assert [hit["document"] for hit in hits] == [venlo["id"]]
    code, hits, _ = run(capsys, "search", project, "schuldhulpverlening")
    assert len(hits) == 2


def test_meta_refuses_unknown_keys(tmp_path: Path, capsys) -> None:
    project = tmp_path / "p.speerpunt"
    main(["init", str(project)])
    capsys.readouterr()
    (tmp_path / "a.md").write_text("# Titel\n\nTekst.\n", encoding="utf-8")
    _, [document], _ = run(capsys, "import", project, tmp_path / "a.md")
    code, _, err = run(capsys, "meta", project, document["id"], "--set", "colour=blue")
    assert code == 1 and "cannot change colour" in err
