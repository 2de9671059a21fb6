#!/usr/bin/env bash
# Build Counsel Desk for Linux with PyInstaller: a one-folder application in
# dist/counsel-desk/ and a tarball dist/counsel-desk-<version>-linux-<arch>.tar.gz holding
# it together with the .desktop file, the AppStream metainfo and the icons.
#
#     packaging/build-linux.sh            # from anywhere; uses the repository's .venv
#
# Installs the project (dev.py's set-up) and PyInstaller into .venv with pip, compiles
# the translations, builds, and lays out share/ for desktop integration. Then run
# packaging/check-bundle.sh to see the built app start (under Xvfb) and open the demo.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYINSTALLER_SPEC="pyinstaller>=6.10,<7"
APP_ID="org.counseldesk.CounselDesk"

# The project and its dependencies in .venv (created when missing), .ts -> .qm.
python3 -c 'import dev; dev.ensure_installed(); dev.build_translations()'
PY="$ROOT/.venv/bin/python"
"$PY" -m pip install --quiet "$PYINSTALLER_SPEC"

VERSION="$("$PY" -c 'import counsel_desk; print(counsel_desk.__version__)')"
ARCH="$(uname -m)"

rm -rf dist/counsel-desk
"$PY" -m PyInstaller --noconfirm --clean \
    --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/counsel-desk.spec

# Desktop integration files inside the bundle (share/ follows the XDG layout), so that
# packaging/linux/install-user.sh can install them next to the application.
APP_DIR="dist/counsel-desk"
SHARE="$APP_DIR/share"
install -Dm644 "packaging/linux/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
install -Dm644 "packaging/linux/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 packaging/icons/counsel-desk.svg "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 32 48 64 128 256 512; do
    install -Dm644 "packaging/icons/counsel-desk-$size.png" \
        "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -Dm755 packaging/linux/install-user.sh "$APP_DIR/install-user.sh"

TARBALL="dist/counsel-desk-$VERSION-linux-$ARCH.tar.gz"
tar -C dist -czf "$TARBALL" counsel-desk

echo
echo "Built $APP_DIR ($(du -sh "$APP_DIR" | cut -f1)) and $TARBALL ($(du -sh "$TARBALL" | cut -f1))."
echo "Check it: packaging/check-bundle.sh"
