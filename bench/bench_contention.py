"""The window's thread beside the suggestions' learning: agreements opened one after another, on Python's default
switch interval and on the app's (``desktop.ui.application.SWITCH_INTERVAL_S``), in one run.

Run as ``python -m bench.bench_contention PROJECT`` on a large project (the 342 agreements of ``bench.national``,
whose projects it keeps). Every opened agreement changes what the suggestions cover, so the learning runs again
while the next one opens: each figure is one agreement opened, in milliseconds.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench.runner import temp_folder

_PROBE = r"""
import sys, time
from pathlib import Path
import desktop.ui.application as application
application.SWITCH_INTERVAL_S = float(sys.argv[2])  # what ensure_application sets
from desktop.ui import settings
app = application.ensure_application()
settings.put(settings.ANALYST_NAME, "Bench")
window = application.create_main_window(Path(sys.argv[1]))
window.resize(1280, 800)
window.show()
from desktop.store.documents import list_documents
ids = [d.id for d in list_documents(window.session.project)]
def wait(seconds):
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.005)
wait(0.6)  # the learning starts once the window has shown
times = []
for document_id in ids[10:18]:
    started = time.perf_counter()
    window.open_document(document_id, 0)
    app.processEvents()
    times.append(round(1000 * (time.perf_counter() - started)))
    wait(0.3)
print(" ".join(map(str, times)))
"""


def opened_ms(project: Path, interval: float) -> list[int]:
    environment = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(temp_folder("speerpunt-cfg-")),
                   "XDG_DATA_HOME": str(temp_folder("speerpunt-data-")), "PATH": "/usr/bin:/bin",
                   "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-c", _PROBE, str(project), str(interval)], capture_output=True, text=True,
                         env=environment, timeout=300, check=True).stdout
    return [int(word) for word in out.split()]


def main(argv: list[str] | None = None) -> int:
    from desktop.ui.application import SWITCH_INTERVAL_S

    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print(__doc__)
        return 2
    for label, interval in (("Python's default, 5 ms", 0.005), (f"the app's, {SWITCH_INTERVAL_S * 1000:g} ms",
                                                                  SWITCH_INTERVAL_S)):
        times = opened_ms(Path(args[0]), interval)
        print(f"{label:24} agreements opened while the suggestions learn (ms): {times}  max {max(times)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
