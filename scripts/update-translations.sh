#!/usr/bin/env bash
# Collect every tr()/translate() text of the Qt layer, and every refusal reason of the core (a Reason("…")
# call, read as QT_TR_NOOP; docs/I18N.md), into the .ts files and compile the .qm files.
# Translate new texts in resources/translations/speerpunt_nl.ts (Qt Linguist, or
# scripts/fill_translations.py with a table), then run this script again.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-.venv/bin}"
mapfile -t SOURCES < <(find desktop/ui -name '*.py' | sort)
# The core's modules that raise a translatable reason (desktop/reasons.py); the Qt layer never calls Reason().
mapfile -t REASONS < <(grep -rl --include='*.py' 'Reason(' desktop exporters | grep -v '^desktop/ui/' | sort)
for language in nl en; do
    "$BIN/pyside6-lupdate" -no-obsolete -source-language en -target-language "$language" \
        -tr-function-alias QT_TR_NOOP+=Reason \
        "${SOURCES[@]}" "${REASONS[@]}" -ts "resources/translations/speerpunt_${language}.ts"
done
for language in nl en; do
    "$BIN/pyside6-lrelease" "resources/translations/speerpunt_${language}.ts" \
        -qm "resources/translations/speerpunt_${language}.qm"
done
