#!/usr/bin/env bash
# The browsers the end-to-end tests drive: Debian's Chromium and Firefox ESR, never downloaded by npm.
# Installs the missing ones with apt when it may (root, or sudo without a password); otherwise says
# how to get them, or how to point the tests at browsers already installed.
set -euo pipefail

have_chromium() { [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ] || command -v chromium >/dev/null 2>&1; }
have_firefox() { [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ] || command -v firefox-esr >/dev/null 2>&1; }

need=()
have_chromium || need+=(chromium)
have_firefox || need+=(firefox-esr)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then as_root=(); elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then as_root=(sudo); else
  cat >&2 <<MESSAGE
The end-to-end tests need ${need[*]}, which are not installed, and this user cannot install them.
Either ask for them once:        sudo apt-get install --no-install-recommends ${need[*]}
or use browsers you already have: CHROME_PATH=/path/to/chromium FIREFOX_PATH=/path/to/firefox npm test
or run the unit tests alone:      npm run test:unit
MESSAGE
  exit 1
fi

echo "Installing the browsers the end-to-end tests drive: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
