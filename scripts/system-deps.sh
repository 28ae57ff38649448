#!/usr/bin/env bash
# Install the Debian packages the app or its tests need, when we can (root with apt-get); otherwise say
# which command would, and carry on: tests that need a missing package skip with that same command.
set -u
what=${1:-test}
run_pkgs="python3-venv libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libegl1 libgl1 libfontconfig1 libdbus-1-3"
test_pkgs="python3-venv binutils xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 poppler-utils zbar-tools postgresql chromium chromium-driver fonts-dejavu-core tesseract-ocr tesseract-ocr-ind"
# make test-windows: Wine (64-bit), MinGW for the stand-in DLLs, Xvfb and xdotool to drive the real windows
windows_pkgs="wine wine64 gcc-mingw-w64-x86-64-win32 xvfb xauth xdotool libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0"
case "$what" in
  run) pkgs=$run_pkgs ;;
  windows) pkgs=$windows_pkgs ;;
  *) pkgs=$test_pkgs ;;
esac
missing=()
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  stamp=/var/lib/apt/periodic/jamsos-update-stamp
  if [ ! -f "$stamp" ] || [ -n "$(find "$stamp" -mmin +720 2>/dev/null)" ]; then
    apt-get -o DPkg::Lock::Timeout=600 update -qq && mkdir -p "$(dirname "$stamp")" && touch "$stamp"
  fi
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || \
    echo "Some packages could not be installed; the tests that need them will say so."
else
  echo "Not installing system packages (not root or no apt-get). To install them: sudo apt-get install ${missing[*]}"
fi
exit 0
