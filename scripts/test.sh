#!/usr/bin/env bash
# Install everything and run the whole test suite with the linters, as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-packages.sh
bash scripts/setup-venv.sh test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check desktop exporters tests bench
.venv/bin/lint-imports --config setup.cfg
.venv/bin/python -m pytest "$@"
# The same suite on the lowest version of every dependency that setup.cfg allows.
bash scripts/test-lowest-versions.sh "$@"
