"""Where the import's CPU goes: each stage of importing the national agreements, in one process, beside the floor.

Run as ``python -m bench.import_stages [--count 342] [--folder DIR]`` (the agreements of ``bench.national``,
made again when missing). For every file in turn: the floor (``bench.national.bare_extraction``), reading
it (``read_document``: PDF layout and segmenting, DOCX, TXT), its index rows, and storing it in a fresh
project (``store_rows``: one transaction per document, as the import does). CPU time of this process,
per kind of file; the whole is what one process spends, before the command's own start.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import tempfile
import time
from pathlib import Path

from bench.national import CORPUS, bare_extraction, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.import_stages", description=__doc__)
    parser.add_argument("--count", type=int, default=342)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "speerpunt-national")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}")
        return 1
    from desktop.domain.document import DocumentKind
    from desktop.ingest import read_document, read_source
    from desktop.operations.documents import store_rows
    from desktop.operations.import_reader import passage_rows
    from desktop.store import create_project
    from desktop.store.index.words import index_rows

    paths = generate(args.folder / "akkoorden", args.count)
    project = create_project(Path(tempfile.mkdtemp(prefix="speerpunt-stages-")) / "stages.speerpunt")
    seconds: dict[str, dict[str, float]] = {}
    for path in paths:
        data = read_source(path)
        stage = seconds.setdefault(path.suffix, dict.fromkeys(("files", "floor", "read", "index", "store"), 0.0))
        stage["files"] += 1
        started = time.process_time()
        bare_extraction(path)
        stage["floor"] += time.process_time() - started
        gc.disable()  # as the import's readers and writer do while a file is read and stored
        started = time.process_time()
        document = read_document(path, data=data)
        stage["read"] += time.process_time() - started
        started = time.process_time()
        index = index_rows([document.text[p.start:p.end] for p in document.passages])
        stage["index"] += time.process_time() - started
        started = time.process_time()
        store_rows(project, document.title, document.text, document.pages, passage_rows(document), data,
                   hashlib.sha256(data).hexdigest(), path.name, DocumentKind.AGREEMENT, index=index)
        stage["store"] += time.process_time() - started
        gc.enable()
    project.close()
    print(f"{'files':>12} {'floor':>7} {'read':>7} {'above':>7} {'index':>7} {'store':>7}   (CPU seconds)")
    total = dict.fromkeys(("files", "floor", "read", "index", "store"), 0.0)
    for suffix, stage in sorted(seconds.items()):
        print(f"{int(stage['files']):>5} {suffix:<6} {stage['floor']:7.2f} {stage['read']:7.2f} "
              f"{stage['read'] - stage['floor']:7.2f} {stage['index']:7.2f} {stage['store']:7.2f}")
        for key in total:
            total[key] += stage[key]
    whole = total["read"] + total["index"] + total["store"]
    print(f"{int(total['files']):>5} {'all':<6} {total['floor']:7.2f} {total['read']:7.2f} "
          f"{total['read'] - total['floor']:7.2f} {total['index']:7.2f} {total['store']:7.2f}")
    print(f"import in one process {whole:.2f} s against the floor's {total['floor']:.2f} s: "
          f"{whole / total['floor']:.2f}x (target 2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
