#!/usr/bin/env bash
# Makes sure a program the tests run is on this machine: Debian's chromium for the browser
# tests (Playwright's own browser download is unavailable on our machines), nginx for the
# deploy tests (they serve the build with deploy/nginx/ on their own port; the package's
# service is not needed). Where we are root with apt-get (CI, fresh dev boxes) it installs
# the Debian package; anywhere else it explains what to do and fails, because browser tests
# must never skip silently.
# Usage: ensure-package.sh <Debian package> <its program's path> <variable naming another path>
set -euo pipefail
package="$1" default="$2" variable="$3"
program="${!variable:-$default}"
if [ -x "$program" ]; then exit 0; fi
if [ -z "${!variable:-}" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "ensure-package: installing Debian's $package for the tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  exit 0
fi
echo "ensure-package: no $package at $program." >&2
echo "  Install it (Debian/Ubuntu: sudo apt-get install -y $package)," >&2
echo "  or set $variable to another $package binary, then run the tests again." >&2
exit 1
