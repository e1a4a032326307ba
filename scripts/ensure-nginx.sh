#!/usr/bin/env bash
# Makes sure the deploy tests have nginx: they serve the production build with the
# config in deploy/nginx/ and check its headers in the browser. On a machine where we
# are root with apt-get (CI, fresh dev boxes) it installs Debian's nginx; anywhere else
# it explains what to do and fails, because browser tests must never skip silently.
set -euo pipefail
nginx="${NGINX_PATH:-/usr/sbin/nginx}"
if [ -x "$nginx" ]; then exit 0; fi
if [ -z "${NGINX_PATH:-}" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "ensure-nginx: installing Debian's nginx for the deploy tests…"
  apt-get update -qq
  # The tests start their own nginx on their own port; the package's service is not needed.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  exit 0
fi
echo "ensure-nginx: no nginx at $nginx." >&2
echo "  Install it (Debian/Ubuntu: sudo apt-get install -y nginx)," >&2
echo "  or set NGINX_PATH to an nginx binary, then run the tests again." >&2
exit 1
