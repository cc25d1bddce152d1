#!/usr/bin/env bash
# Build the self-contained app: dist/Speerpunt/ with the executable `speerpunt` (the window and the
# same command line), made by PyInstaller from packaging/speerpunt.spec in a clean build venv that
# holds Speerpunt's runtime dependencies and nothing for tests or development. The same script
# builds on Windows (Git Bash) and macOS; see docs/INSTALL.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV=build/venv
if [ ! -d "$VENV" ]; then
  "$PYTHON" -m venv "$VENV"
fi
if [ -x "$VENV/Scripts/python.exe" ]; then PY="$VENV/Scripts/python.exe"; else PY="$VENV/bin/python"; fi
"$PY" -m pip install --quiet --upgrade pip
# Speerpunt itself (not editable: the bundle gets what a wheel ships) with its install_requires.
"$PY" -m pip install --quiet --upgrade --force-reinstall --no-deps .
"$PY" -m pip install --quiet .
"$PY" -m pip install --quiet "pyinstaller>=6.10,<7" "pyinstaller-hooks-contrib>=2024.8"
case "$(uname -s)" in
  Linux*) ;;
  *) "$PY" -m pip install --quiet "pillow>=10" ;;  # PyInstaller makes the .ico/.icns from the PNG icon
esac
# From another folder, so Python imports the installed Speerpunt and not the source tree.
SPEC="$(pwd)/packaging/speerpunt.spec"
OUT="$(pwd)"
(cd build && "../$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/build/pyinstaller" "$SPEC")
if [ -d dist/Speerpunt ]; then
  echo "Built dist/Speerpunt/ ($(du -sm dist/Speerpunt | cut -f1) MB)"
fi
case "$(uname -s)" in
  Linux*)
    # The per-user installer with its menu entry, file type and icon travel with the folder.
    mkdir -p dist/Speerpunt/linux
    cp packaging/linux/install.sh packaging/linux/speerpunt.desktop packaging/linux/speerpunt-mime.xml \
       resources/icons/speerpunt.png resources/icons/speerpunt.svg dist/Speerpunt/linux/
    ;;
esac
