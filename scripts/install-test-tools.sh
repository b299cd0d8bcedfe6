#!/usr/bin/env bash
# Tools the test suite uses beyond Python packages. Installs what is missing when it
# can (root with apt-get, npm); otherwise says which tests will be skipped.
# In CI (CI=true) a missing tool is an error: those tests must run there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
# Accessibility tests (tests/test_build_validation.py): Debian's Chromium, driven by
# playwright-core from tests/a11y (no browser download).
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-test-tools: apt-get install ${need_apt[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    missing+=("${need_apt[@]} (apt)")
  fi
fi

# axe-core and playwright-core, pinned in tests/a11y/package-lock.json.
if command -v npm >/dev/null 2>&1; then
  if [ ! -d tests/a11y/node_modules/axe-core ] || [ ! -d tests/a11y/node_modules/playwright-core ]; then
    echo "install-test-tools: npm ci in tests/a11y"
    (cd tests/a11y && npm ci --no-audit --no-fund --loglevel=error) || missing+=("tests/a11y node modules (npm ci failed)")
  fi
else
  missing+=("npm (tests/a11y)")
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-test-tools: missing ${missing[*]}; the tests that need them will be skipped" >&2
  if [ "${CI:-}" = "true" ]; then
    echo "install-test-tools: CI must have every test tool" >&2
    exit 1
  fi
fi
