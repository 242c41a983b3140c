#!/bin/sh
# Install what libcongdoan needs to build and test on Debian 12, and only what is missing.
# Used by the README's quick start and by CI. Runs apt-get through sudo when not root.
set -eu

packages="meson ninja-build pkg-config gcc g++ libxml2-dev libxml2-utils libutf8proc-dev
  check libsubunit-dev valgrind abigail-tools python3 python3-pip clang libclang-rt-14-dev
  libzip-dev poppler-utils doxygen groff-base libpcre2-dev"
# congdoan report: the page and the Báo cáo checked in a real browser and word processor
# (examples/tests/check-report.py), with fonts that have Vietnamese letters (Liberation Serif
# stands in for Times New Roman). libzip-dev and poppler-utils are in the list above.
packages="$packages chromium libreoffice-writer-nogui python3-docx fonts-liberation2 fonts-dejavu-core"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

if [ -n "$missing" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup-debian: installing:$missing"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
echo "setup-debian: all build and test dependencies are installed"
