#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium. Playwright's own browser download is
# not used (it is unavailable on our machines); Debian's chromium is. On a machine
# where we are root with apt-get (CI, fresh dev boxes) it installs it; anywhere else it
# explains what to do and fails, because browser tests must never skip silently.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ -z "${CHROMIUM_PATH:-}" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "ensure-browser: installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "ensure-browser: no Chromium at $browser." >&2
echo "  Install one (Debian/Ubuntu: sudo apt-get install -y chromium)," >&2
echo "  or set CHROMIUM_PATH to a Chromium or Chrome binary, then run the tests again." >&2
exit 1
