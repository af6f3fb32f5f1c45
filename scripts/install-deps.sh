#!/usr/bin/env bash
# Installs the Debian 12 packages UnionDesk needs to build, run and test. Idempotent: does
# nothing when everything is already installed. Run as root, or as a user with sudo.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git python3
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-qpa-plugins libgl-dev
  libsodium-dev libxlsxwriter-dev zlib1g-dev libzstd-dev libssl-dev libzip-dev
  sqlite3 libsqlite3-dev libicu-dev python3-stdnum
  postgresql
  fonts-noto-cjk fonts-arphic-uming poppler-utils xvfb xauth
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages are installed."
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo (missing: ${missing[*]})" >&2; exit 1; }
  SUDO=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
