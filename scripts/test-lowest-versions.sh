#!/usr/bin/env bash
# Run the test suite on the LOWEST version of every dependency that setup.cfg allows:
# each "name>=X" of install_requires is pinned to "name==X" in a separate venv, .venv-lowest.
# Test tools (the "test" extras) come at their newest allowed versions. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV=.venv-lowest
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" - > "$VENV/lowest.txt" <<'PY'
import configparser
import re

config = configparser.ConfigParser()
config.read("setup.cfg")
for line in config["options"]["install_requires"].splitlines():
    line = line.split("#")[0].strip()
    floor = re.match(r"^([A-Za-z0-9_.\-]+)\s*>=\s*([0-9][^,;\s]*)", line)
    if floor:
        print(f"{floor.group(1)}=={floor.group(2)}")
PY
echo "Lowest versions:" $(cat "$VENV/lowest.txt")
"$VENV/bin/python" -m pip install --quiet -c "$VENV/lowest.txt" -e ".[test]"
export QT_QPA_PLATFORM=offscreen
# Time limits are the first run's business (they depend on the machine's load, not on versions).
"$VENV/bin/python" -m pytest -p no:cacheprovider \
  --deselect tests/reliability/test_importer_fuzz.py::test_hostile_text_is_read_or_refused_in_time "$@"
