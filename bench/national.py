"""National scale (issue 20): 342 municipal agreements in one project, each figure beside its floor, in one run.

Run as ``python -m bench.national [--count 342] [--folder DIR]``. The agreements are made from
the real corpus in ../shared/corpus (never shipped; made again when missing): 60% PDF (page
runs of the real PDFs, about 40 pages each), 30% DOCX and 10% TXT (paragraphs of the real
texts, about 100,000 characters each), named like ``gemeente-nr-017-coalitieakkoord-2026-2030.pdf``.

It prints, side by side:

* import on 1 and 2 processes (``speerpunt import PROJECT FOLDER --workers N``, a fresh process)
  beside the floor: bare text extraction of the same files with the same libraries on as many
  processes (PDFium's text per page, python-docx's paragraphs, the TXT decoded); target: within
  2x; the import's peak memory (largest process) under 400 MB;
* ``speerpunt docs`` on the 342-agreement project beside an empty project (target: within 1.3x),
  in a fresh process each and, without interpreter start, open + list in this process;
* the app's cold start to an interactive window on the 342-agreement project (target 1.5 s, the
  app's start-up target) beside the same on an empty project, fastest of three; again once the
  project holds a framework and 3,420 findings;
* ``tag --from`` with 3,420 findings, ``meta --from`` with 342 rows, ``search --by-document``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
REPO = Path(__file__).resolve().parents[1]
PAGES_PER_PDF = 40
CHARS_PER_TEXT = 100_000


# --- the generated corpus -----------------------------------------------------------------------

def _text_pool() -> list[str]:
    """Paragraphs of the real corpus: the TXT files and the PDFs' page texts."""
    import pypdfium2 as pdfium

    paragraphs: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        paragraphs += [" ".join(p.split()) for p in path.read_text(encoding="utf-8").split("\n\n")]
    for path in sorted(CORPUS.glob("*.pdf")):
        document = pdfium.PdfDocument(path)
        for index in range(len(document)):
            page = document[index]
            text = page.get_textpage().get_text_range()
            paragraphs += [" ".join(p.split()) for p in text.split("\r\n\r\n")]
        document.close()
    # Control characters (PDFium's soft hyphens, form feeds) cannot stand in a Word file.
    cleaned = ["".join(ch for ch in p if " " <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd") for p in paragraphs]
    return [p for p in cleaned if len(p) > 40]


def generate(folder: Path, count: int = 342, seed: int = 20) -> list[Path]:
    """``count`` agreements in ``folder`` (made once; kept for the next run)."""
    import pypdfium2 as pdfium
    from docx import Document

    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / f".complete-{count}-{seed}"
    names = [f"gemeente-nr-{n:03}-coalitieakkoord-2026-2030" for n in range(1, count + 1)]
    pdfs, docxs = round(count * 206 / 342), round(count * 102 / 342)
    suffixes = [".pdf"] * pdfs + [".docx"] * docxs + [".txt"] * (count - pdfs - docxs)
    random.Random(seed).shuffle(suffixes)
    paths = [folder / (name + suffix) for name, suffix in zip(names, suffixes, strict=True)]
    if marker.exists():
        return paths
    rng = random.Random(seed)
    sources = [pdfium.PdfDocument(path) for path in sorted(CORPUS.glob("*.pdf"))]
    pool = [(source, index) for source in sources for index in range(len(source))]
    paragraphs = _text_pool()
    for number, path in enumerate(paths, start=1):
        if path.suffix == ".pdf":
            start = rng.randrange(len(pool))
            run = [pool[(start + offset) % len(pool)] for offset in range(PAGES_PER_PDF)]
            made = pdfium.PdfDocument.new()
            groups: list[tuple[object, list[int]]] = []
            for source, index in run:  # page runs, in order, across the real PDFs; one call per source
                if groups and groups[-1][0] is source:
                    groups[-1][1].append(index)
                else:
                    groups.append((source, [index]))
            for source, indexes in groups:
                made.import_pages(source, indexes)
            made.save(path)
            made.close()
            continue
        chosen, size = [], 0
        start = rng.randrange(len(paragraphs))
        while size < CHARS_PER_TEXT:
            paragraph = paragraphs[(start + len(chosen)) % len(paragraphs)]
            chosen.append(paragraph)
            size += len(paragraph)
        title = f"Coalitieakkoord gemeente nr. {number} 2026-2030"
        if path.suffix == ".docx":
            document = Document()
            document.add_heading(title, 0)
            for index, paragraph in enumerate(chosen):
                if index % 15 == 0:
                    document.add_heading(f"{index // 15 + 1}. " + " ".join(paragraph.split()[:5]), 1)
                document.add_paragraph(paragraph)
            document.save(path)
        else:
            path.write_text(title + "\n\n" + "\n\n".join(chosen) + "\n", encoding="utf-8")
    for source in sources:
        source.close()
    marker.write_text("ok\n")
    return paths


# --- the floor ----------------------------------------------------------------------------------

def bare_extraction(path: Path) -> int:
    """The same libraries' bare text, nothing else: PDFium per page, python-docx paragraphs, UTF-8.

    The PDF part is bench.import_corpus's floor written again on purpose: importing that module in
    the floor's worker processes would bring desktop.ingest with it and slow the floor down."""
    data = path.read_bytes()
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(data)
        characters = 0
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            characters += len(textpage.get_text_range())
            textpage.close()
            page.close()
        document.close()
        return characters
    if path.suffix == ".docx":
        import io

        from docx import Document

        return sum(len(p.text) for p in Document(io.BytesIO(data)).paragraphs)
    return len(data.decode("utf-8"))


def floor_seconds(paths: list[Path], workers: int) -> tuple[float, int]:
    """Bare extraction of every file on ``workers`` spawn-started processes (their start included)."""
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        characters = sum(pool.map(bare_extraction, paths, chunksize=1))
    return time.perf_counter() - started, characters


# --- the measured commands ----------------------------------------------------------------------

def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


# How often the memory of a running command's processes is read.
_POLL_S = 0.05


def _process_tree(pid: int) -> list[int]:
    """``pid`` and every process below it (Linux: /proc/PID/task/TID/children)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for children in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                todo += [int(child) for child in children.read_text().split()]
            except (OSError, ValueError):
                continue  # the process or thread ended meanwhile
    return found


def _high_water_kb(pid: int) -> int:
    """The process's own peak resident memory (VmHWM), 0 when it is gone or unreadable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def speerpunt(*args: object) -> tuple[float, float, str]:
    """Run `speerpunt ARGS` in a fresh process: (seconds, peak MB of its largest process, stdout).

    The peak is the largest VmHWM (a process's own high-water mark of resident memory since it
    started its program) among the command's process and every process it starts (the import's
    writer and its reader processes), read from /proc every 50 ms while it runs. A high-water
    mark is never lost between two readings; only growth in the last 50 ms of a process's life
    could be. Not ``getrusage(RUSAGE_CHILDREN)``: a process started by fork carries its parent's
    size at the fork into that figure, so it would report the parent (the bench, or the writer
    for every reader) rather than the process. Without /proc (not Linux) the peak reads 0.
    """
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen([sys.executable, "-m", "desktop.cli", *map(str, args)], stdout=out, stderr=err,
                                   text=True, env=_environment())
        peaks: dict[int, int] = {}
        while process.poll() is None:
            for pid in _process_tree(process.pid):
                peaks[pid] = max(peaks.get(pid, 0), _high_water_kb(pid))
            time.sleep(_POLL_S)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode not in (0, 1):
        raise RuntimeError(f"speerpunt {args[0]} failed: {stderr.strip()[-300:]}")
    return seconds, max(peaks.values(), default=0) / 1024, stdout


def best_of(runs: int, action) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def cold_start(project: Path, runs: int = 3) -> float:
    """The fastest of ``runs`` cold starts to an interactive window (a fresh process each, interpreter included)."""
    from bench.bench_startup import _cold_start

    return min(float(_cold_start(project).split()[2]) for _ in range(runs))


def _pages(docx: Path) -> int | None:
    """Pages of the Word file as LibreOffice prints it (None without LibreOffice)."""
    import shutil

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return None
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
                   capture_output=True, timeout=600)
    pdf = docx.with_suffix(".pdf")
    if not pdf.exists():
        return None
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(pdf))


def _row(name: str, value: float, floor: float | None, target: str, unit: str = "s") -> str:
    ratio = f"{value / floor:5.2f}x" if floor else "     "
    floor_text = f"{floor:9.2f}" if floor is not None else " " * 9
    return f"{name:58} {value:9.2f} {floor_text} {ratio}  {target} ({unit})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.national", description=__doc__)
    parser.add_argument("--count", type=int, default=342)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "speerpunt-national")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    paths = generate(args.folder / "akkoorden", args.count)
    total_bytes = sum(p.stat().st_size for p in paths)
    kinds = {suffix: sum(p.suffix == suffix for p in paths) for suffix in (".pdf", ".docx", ".txt")}
    print(f"{len(paths)} agreements ({kinds['.pdf']} PDF, {kinds['.docx']} DOCX, {kinds['.txt']} TXT; "
          f"{total_bytes / 1e6:.0f} MB) in {args.folder / 'akkoorden'} (made in {time.perf_counter() - started:.0f} s)")
    print(f"{'':58} {'measured':>9} {'floor':>9} {'ratio':>6}  target")
    rows = []
    work = Path(tempfile.mkdtemp(prefix="speerpunt-national-"))
    projects = {}
    for workers in (1, 2):
        floor, characters = floor_seconds(paths, workers)
        project = work / f"land-{workers}.speerpunt"
        speerpunt("init", project)
        seconds, peak, out = speerpunt("import", project, args.folder / "akkoorden", "--workers", workers, "--json")
        imported = len(json.loads(out))
        projects[workers] = project
        rows.append(_row(f"import {imported} agreements, {workers} process(es)", seconds, floor, "within 2x"))
        rows.append(_row(f"  peak memory of the import's largest process, {workers} p.", peak, None, "< 400", "MB"))
        print(rows[-2], f"[{characters / 1e6:.0f} M characters]", flush=True)
        print(rows[-1], flush=True)
    project = projects[2]
    size = project.stat().st_size / 1e6
    empty = work / "leeg.speerpunt"
    speerpunt("init", empty)
    docs_full = min(speerpunt("docs", project)[0] for _ in range(5))
    docs_empty = min(speerpunt("docs", empty)[0] for _ in range(5))
    print(_row(f"speerpunt docs, {imported} agreements ({size:.0f} MB) vs empty", docs_full, docs_empty,
               "within 1.3x"), flush=True)

    from desktop.store.documents import list_documents
    from desktop.store.project import open_project

    def open_only(path: Path) -> None:
        with open_project(path):
            pass

    def open_list(path: Path) -> None:
        with open_project(path) as opened:
            list_documents(opened)

    # Opening is what must not grow with the project; listing grows with the rows it lists.
    print(_row("  open in-process (no interpreter start) vs empty", 1000 * best_of(9, lambda: open_only(project)),
               1000 * best_of(9, lambda: open_only(empty)), "within 1.3x", "ms"), flush=True)
    print(_row(f"  open + list {imported} agreements in-process vs empty", 1000 * best_of(9, lambda: open_list(project)),
               1000 * best_of(9, lambda: open_list(empty)), "-", "ms"), flush=True)
    check = speerpunt("check", project)[0]
    print(_row("speerpunt check (the whole file, on request) vs docs", check, docs_full, "-"), flush=True)
    start_full, start_empty = cold_start(project), cold_start(empty)
    print(_row(f"app cold start to interactive window, {imported} agreements vs empty", start_full, start_empty,
               "< 1.5 s"), flush=True)

    # Bulk: metadata for every agreement, ten findings each (by quote), then search by municipality.
    listed = json.loads(speerpunt("docs", project, "--json")[2])
    sheet = work / "gemeenten.csv"
    categories = ["G4"] * 4 + ["G40"] * 36 + ["middelgroot"] * 100
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "short_name", "categories"])
        for index, row in enumerate(listed):
            writer.writerow([row["id"], f"Gemeente {index + 1}", categories[index] if index < len(categories)
                             else "klein"])
    meta = speerpunt("meta", project, "--from", sheet)[0]
    print(_row(f"meta --from, {len(listed)} rows", meta, None, "a few seconds"), flush=True)
    framework = REPO / "resources" / "frameworks" / "g40-strategische-agenda-2019-2022.yaml"
    speerpunt("framework", "import", project, framework)
    codes = [row["code"] for row in json.loads(speerpunt("framework", "list", project, "--json")[2])
             if row.get("code")] or ["1.1"]
    findings = work / "bevindingen.jsonl"
    rng = random.Random(1)
    import sqlite3

    with sqlite3.connect(f"file:{project}?mode=ro", uri=True) as conn, findings.open("w", encoding="utf-8") as handle:
        for row in listed:
            spans = conn.execute('SELECT start, "end" FROM passages WHERE document_id = ? AND kind = \'paragraph\' '
                                 "ORDER BY seq", [row["id"]]).fetchall()
            for number in range(10):
                item = {"document": row["id"], "speerpunt": rng.choice(codes),
                        "assessment": rng.choice(["positive", "concern", "missing"]), "note": f"Bevinding {number}"}
                if spans and item["assessment"] != "missing":
                    item["start"], item["end"] = spans[rng.randrange(len(spans))]
                handle.write(json.dumps(item) + "\n")
    conn.close()
    tag = speerpunt("tag", project, "--from", findings)[0]
    print(_row(f"tag --from, {len(listed) * 10} findings", tag, None, "a few seconds"), flush=True)
    # The window again, now with what an analyst has after a while: a framework and 3,420 findings
    # (the findings table, coverage and matrices fill from them). Floor: the empty project.
    start_tagged = cold_start(project)
    print(_row(f"app cold start, {imported} agreements + {len(listed) * 10} findings vs empty", start_tagged,
               cold_start(empty), "< 1.5 s"), flush=True)
    search_seconds, _peak, out = speerpunt("search", project, "woningbouw", "--by-document", "--json")
    groups = json.loads(out)
    print(_row(f"search woningbouw --by-document: {len(groups)} agreements, "
               f"{sum(g['passages'] for g in groups)} passages", search_seconds, docs_full, "-"), flush=True)
    out = work / "overzicht.docx"
    seconds = speerpunt("export", project, "--layout", "overzicht", "--out", out)[0]
    print(_row(f"export --layout overzicht ({len(codes)} speerpunten) + matrix XLSX", seconds, None, "-"), flush=True)
    pages = _pages(out)
    if pages:
        print(f"{'  the overview, printed (LibreOffice)':58} {pages:9} pages{'':12}tens of pages, not hundreds",
              flush=True)
    print(f"\nprojects kept in {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
