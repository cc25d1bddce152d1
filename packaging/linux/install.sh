#!/usr/bin/env bash
# Install the built app for the current user, without root: the app folder under
# ~/.local/share/speerpunt/app, the command ~/.local/bin/speerpunt, a menu entry, the icon, and the
# application/x-speerpunt type so .speerpunt files open in Speerpunt.
#   install.sh [APP_FOLDER]     (default: the folder above this script, as in dist/Speerpunt/linux/)
#   install.sh --uninstall
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="${SPEERPUNT_BIN_DIR:-$HOME/.local/bin}"
TARGET="$DATA/speerpunt/app"

refresh() {
  if command -v update-mime-database >/dev/null; then update-mime-database "$DATA/mime"; fi
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$DATA/applications"; fi
  if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true; fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$DATA/speerpunt/app"
  rm -f "$BIN/speerpunt" "$DATA/applications/speerpunt.desktop" "$DATA/mime/packages/speerpunt.xml" \
        "$DATA/icons/hicolor/256x256/apps/speerpunt.png" "$DATA/icons/hicolor/scalable/apps/speerpunt.svg"
  mkdir -p "$DATA/mime/packages" "$DATA/applications"
  refresh
  echo "Speerpunt is removed (your projects are not touched)."
  exit 0
fi

APP="$(cd "${1:-$HERE/..}" && pwd)"
if [ ! -x "$APP/speerpunt" ]; then
  echo "install.sh: no speerpunt executable in $APP" >&2
  exit 1
fi
# The icon and the two XDG files: beside this script in the app folder, or in the source tree.
ICONS="$HERE"
[ -f "$ICONS/speerpunt.png" ] || ICONS="$HERE/../../resources/icons"

if [ "$APP" != "$TARGET" ]; then
  rm -rf "$TARGET.new"
  mkdir -p "$(dirname "$TARGET")"
  cp -a "$APP" "$TARGET.new"
  rm -rf "$TARGET"
  mv "$TARGET.new" "$TARGET"
fi
mkdir -p "$BIN" "$DATA/applications" "$DATA/mime/packages" "$DATA/icons/hicolor/256x256/apps" "$DATA/icons/hicolor/scalable/apps"
ln -sfn "$TARGET/speerpunt" "$BIN/speerpunt"
# Exec names the installed executable, so the entry works whether or not ~/.local/bin is on PATH.
sed "s|^Exec=speerpunt |Exec=\"$TARGET/speerpunt\" |" "$HERE/speerpunt.desktop" > "$DATA/applications/speerpunt.desktop"
cp "$HERE/speerpunt-mime.xml" "$DATA/mime/packages/speerpunt.xml"
cp "$ICONS/speerpunt.png" "$DATA/icons/hicolor/256x256/apps/speerpunt.png"
cp "$ICONS/speerpunt.svg" "$DATA/icons/hicolor/scalable/apps/speerpunt.svg"
refresh
if command -v xdg-mime >/dev/null; then xdg-mime default speerpunt.desktop application/x-speerpunt || true; fi
echo "Speerpunt is installed: $TARGET (command: $BIN/speerpunt)"
