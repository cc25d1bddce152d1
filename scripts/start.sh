#!/usr/bin/env bash
# Install everything and start Speerpunt on the demo project (made on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-packages.sh
bash scripts/setup-venv.sh
DEMO="${SPEERPUNT_DEMO:-$HOME/Speerpunt/demo.speerpunt}"
mkdir -p "$(dirname "$DEMO")"
if [ ! -f "$DEMO" ]; then
  .venv/bin/speerpunt demo "$DEMO"
fi
exec .venv/bin/speerpunt open "$DEMO"
