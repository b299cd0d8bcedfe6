#!/usr/bin/env bash
# Tools the test suite uses beyond Python packages. Installs what is missing when it
# can (root with apt-get, npm); otherwise says which tests will be skipped.
# In CI (CI=true) a missing tool is an error: those tests must run there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-test-tools: apt-get install ${need_apt[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    missing+=("${need_apt[@]} (apt)")
  fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-test-tools: missing ${missing[*]}; the tests that need them will be skipped" >&2
  if [ "${CI:-}" = "true" ]; then
    echo "install-test-tools: CI must have every test tool" >&2
    exit 1
  fi
fi
