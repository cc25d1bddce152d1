"""Import every corpus PDF in ../shared/corpus and print pages, characters, passages and seconds.

Run as ``python -m bench.import_corpus``. For the 2021 coalition agreement it also prints the
share of the reference paragraph split recovered as exactly one passage each.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop.ingest import read_document

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def main() -> int:
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    print(f"{'file':52} {'pages':>5} {'chars':>8} {'passages':>8} {'seconds':>8}")
    for path in sorted(CORPUS.glob("*.pdf")):
        data = path.read_bytes()
        read_document(path, data)  # the first import loads PDFium's fonts; a running app has them
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            document = read_document(path, data)
            runs.append(time.perf_counter() - started)
        print(f"{path.name:52} {document.pages:>5} {len(document.text):>8} {len(document.passages):>8} "
              f"{min(runs):>8.3f}")
    from tests.ingest.test_pdf_corpus import recovered_share

    strict = recovered_share(CORPUS)
    apart = recovered_share(CORPUS, headings_apart=True)
    print(f"2021 agreement: {strict:.2%} of reference paragraphs as exactly one passage; "
          f"{apart:.2%} counting a run-in heading kept apart")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
