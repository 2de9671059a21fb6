#!/usr/bin/env bash
# Check the built Linux bundle by hand (not in CI): start it under Xvfb with --demo,
# wait for the window and the demo vault, take a screenshot, unlock the demo with its
# passphrase, take a second screenshot, quit, and check the demo folder is gone.
#
#     packaging/check-bundle.sh [PATH/TO/counsel-desk]     (default: dist/counsel-desk/counsel-desk)
#
# Needs: Xvfb, xdotool, ImageMagick (import, convert, compare) and the X libraries Qt's
# xcb platform plugin loads (Debian/Ubuntu: xvfb xdotool imagemagick libxcb-cursor0
# libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
# libxcb-render-util0 libxcb-image0 libegl1 libgl1 fonts-dejavu-core).
#
# The app runs with HOME, XDG_CONFIG_HOME and XDG_DATA_HOME inside build/check-bundle/, so
# the check never touches your own settings or vault. Screenshots and the app's output are
# left in build/check-bundle/ to look at.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP="${1:-$ROOT/dist/counsel-desk/counsel-desk}"
OUT="$ROOT/build/check-bundle"
SCREEN="${CHECK_DISPLAY:-:97}"
TIMEOUT="${CHECK_TIMEOUT:-60}"   # seconds to wait for the window, the demo, the quit
PASSPHRASE="$(sed -n 's/^DEMO_PASSPHRASE = "\(.*\)"$/\1/p' "$ROOT/counsel_desk/demo/__init__.py")"

fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in Xvfb xdotool import convert compare; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (see the top of this script)"
done
[ -x "$APP" ] || fail "no bundle at $APP: run packaging/build-linux.sh first"
[ -n "$PASSPHRASE" ] || fail "could not read DEMO_PASSPHRASE from counsel_desk/demo/__init__.py"

rm -rf "$OUT"
mkdir -p "$OUT/home"
export HOME="$OUT/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
DATA_DIR="$XDG_DATA_HOME/Counsel Desk"
unset WAYLAND_DISPLAY
export QT_QPA_PLATFORM=xcb DISPLAY="$SCREEN"

XVFB_PID="" APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT

Xvfb "$SCREEN" -screen 0 1400x900x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
xdotool getmouselocation >/dev/null 2>&1 || fail "Xvfb did not start on $SCREEN"

started=$(date +%s)
"$APP" --demo >"$OUT/app.log" 2>&1 &
APP_PID=$!

# 1. The main window appears; its title says it is the demo.
WID=""
for _ in $(seq $((TIMEOUT * 5))); do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$OUT/app.log" >&2; fail "the app exited early"; }
    # By WM_CLASS: xdotool matches --name against the Latin-1 WM_NAME, which Qt sets
    # without the " — Counsel Desk" suffix of the real (UTF-8) title.
    WID="$(xdotool search --onlyvisible --classname '^counsel-desk$' 2>/dev/null | head -n1 || true)"
    [ -n "$WID" ] && break
    sleep 0.2
done
[ -n "$WID" ] || fail "no Counsel Desk window within ${TIMEOUT}s"
TITLE="$(xdotool getwindowname "$WID")"
echo "window $WID: '$TITLE' after $(( $(date +%s) - started ))s"
case "$TITLE" in *Demo*"Counsel Desk"*) ;; *) fail "the window title does not say Demo: '$TITLE'";; esac

# 2. The demo vault is built (in the data folder, not in /tmp).
VAULT=""
for _ in $(seq $((TIMEOUT * 5))); do
    VAULT="$(ls -d "$DATA_DIR"/Demo-*/Vault 2>/dev/null | head -n1 || true)"
    [ -n "$VAULT" ] && [ -f "$VAULT/vault.json" ] && break
    sleep 0.2
done
[ -n "$VAULT" ] || fail "no demo vault in $DATA_DIR within ${TIMEOUT}s"
DEMO_DIR="$(dirname "$VAULT")"
echo "demo vault: $VAULT"
sleep 2  # let the unlock screen take its final state and paint

# 3. Screenshot of the unlock screen (demo banner with the passphrase): not blank.
import -window root "$OUT/1-unlock.png"
colours="$(convert "$OUT/1-unlock.png" -format '%k' info:)"
echo "screenshot 1: $OUT/1-unlock.png ($colours colours)"
[ "$colours" -gt 50 ] || fail "the unlock screenshot is (nearly) blank"

# 4. Unlock with the demo passphrase, screenshot the caseload: the screen changed.
xdotool windowfocus --sync "$WID" 2>/dev/null || xdotool windowfocus "$WID" || true
xdotool type --delay 15 "$PASSPHRASE"
xdotool key Return
sleep 4
import -window root "$OUT/2-caseload.png"
changed="$(compare -metric AE "$OUT/1-unlock.png" "$OUT/2-caseload.png" null: 2>&1 || true)"
changed="${changed%% *}"
echo "screenshot 2: $OUT/2-caseload.png ($changed pixels differ)"
[ "${changed%.*}" -gt 100000 ] || fail "the screen hardly changed after unlocking"

# 5. Quit (Ctrl+Q), and the demo folder is gone.
xdotool key ctrl+q
for _ in $(seq $((TIMEOUT * 5))); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$APP_PID" 2>/dev/null; then fail "the app did not quit on Ctrl+Q"; fi
wait "$APP_PID" || fail "the app exited with status $?"
APP_PID=""
[ ! -e "$DEMO_DIR" ] || fail "the demo folder was left behind: $DEMO_DIR"
if grep -rqs "Demo-" "$XDG_CONFIG_HOME"; then fail "the settings remember the demo's path"; fi

echo "OK: the bundle started, showed the demo, unlocked it, quit and left no demo behind."
echo "Look at the screenshots: $OUT/1-unlock.png $OUT/2-caseload.png"
