#!/usr/bin/env bash
# System libraries Qt 6 needs on Debian, plus venv support; shared by start.sh and test.sh.
# LibreOffice (headless Writer) numbers the contents of Word exports; poppler-utils'
# pdftotext lets the tests read the printed pages; Carlito has Calibri's widths, so LibreOffice
# breaks pages where Word does. All optional at run time.
set -euo pipefail
PACKAGES=(
  python3-venv python3-pip
  libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core desktop-file-utils shared-mime-info
  libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito
)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing system packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
