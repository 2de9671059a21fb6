#!/usr/bin/env bash
# Install (or update) Counsel Desk for the current user, from the unpacked Linux bundle:
#
#     tar xzf counsel-desk-<version>-linux-x86_64.tar.gz
#     counsel-desk/install-user.sh            # --uninstall to remove it again
#
# The application goes to ~/.local/opt/counsel-desk, the command to ~/.local/bin, the menu
# entry, AppStream metadata and icons to ~/.local/share. No root needed. Your vault lives
# elsewhere (~/.local/share/Counsel Desk) and is never touched, not even by --uninstall.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP_ID="org.counseldesk.CounselDesk"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
OPT="$HOME/.local/opt/counsel-desk"
BIN="$HOME/.local/bin"

refresh() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$OPT"
    rm -f "$BIN/counsel-desk" "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    refresh
    echo "Counsel Desk removed. Your vault and backups in '$DATA/Counsel Desk' were kept."
    exit 0
fi

[ -x "$HERE/counsel-desk" ] || { echo "Run this from the unpacked counsel-desk folder." >&2; exit 1; }
mkdir -p "$OPT" "$BIN"
if [ "$HERE" != "$OPT" ]; then
    rm -rf "$OPT"
    cp -a "$HERE" "$OPT"
fi
ln -sf "$OPT/counsel-desk" "$BIN/counsel-desk"
(cd "$OPT/share" && find . -type f | while read -r f; do install -Dm644 "$f" "$DATA/$f"; done)
# The menu entry runs the installed command by its full path (~/.local/bin may not be
# on PATH for the desktop session).
sed -i "s|^Exec=counsel-desk|Exec=$OPT/counsel-desk|; s|^TryExec=counsel-desk|TryExec=$OPT/counsel-desk|" \
    "$DATA/applications/$APP_ID.desktop"
refresh
echo "Counsel Desk installed: find it in the applications menu, or run '$BIN/counsel-desk'."
