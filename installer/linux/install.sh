#!/usr/bin/env sh
# Install an unpacked InfoSpot build for the current user: launcher, icon and file types.
# Usage: ./install.sh [BUILD_DIR]   (default: the folder this script is in)
set -eu
build="$(cd "${1:-$(dirname "$0")}" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mime="${XDG_DATA_HOME:-$HOME/.local/share}/mime"
mkdir -p "$apps" "$icons" "$mime/packages" "$HOME/.local/bin"
ln -sf "$build/InfoSpot" "$HOME/.local/bin/InfoSpot"
ln -sf "$build/infospot-cli" "$HOME/.local/bin/infospot"
cp "$build/infospot.png" "$icons/infospot.png"
cp "$build/infospot.desktop" "$apps/infospot.desktop"
cp "$build/infospot-mime.xml" "$mime/packages/infospot.xml"
command -v update-mime-database >/dev/null && update-mime-database "$mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
echo "InfoSpot installed for $(id -un). Your data stays in ~/.local/share/InfoSpot."
