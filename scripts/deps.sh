#!/usr/bin/env bash
# Installs what jx needs to build (and, with "test", to run its whole test suite) when it is
# missing. Safe to run again: it only installs what is absent.
#   scripts/deps.sh build    re2c, lemon, cJSON, libxlsxwriter, libzip and libxml2 headers, a C compiler
#   scripts/deps.sh test     the above, plus what the tests drive: python3-jsonschema and
#                            python3-rfc3987,
#                            chromium, libreoffice-calc, poppler-utils (pdfinfo,
#                            pdftotext), a CJK font, valgrind, clang and its libFuzzer
#                            runtime (make test runs a short fuzzing run), neovim
#   scripts/deps.sh fuzz     the above for build, plus clang's libFuzzer runtime (make fuzz)
#   scripts/deps.sh bench    the above for build, plus jq, beancount, hledger, ledger (make bench)
#   scripts/deps.sh deb      the above for build, plus dpkg-dev (make deb)
set -u
want=${1:-build}

missing=()
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need_file() { [ -e "$1" ] || missing+=("$2"); }

need_cmd cc gcc
need_cmd make make
need_cmd re2c re2c
need_cmd lemon lemon
need_file /usr/share/lemon/lempar.c lemon
need_file /usr/include/cjson/cJSON.h libcjson-dev
need_file /usr/include/xlsxwriter.h libxlsxwriter-dev
need_file /usr/include/zip.h libzip-dev
need_file /usr/include/libxml2/libxml/xmlreader.h libxml2-dev
need_cmd pkg-config pkg-config
if [ "$want" = test ]; then
  need_cmd python3 python3
  python_ok=0
  for py in python3 /usr/bin/python3; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import jsonschema, rfc3987' 2>/dev/null; then python_ok=1; break; fi
  done
  # rfc3987: the format checker of the SARIF suite checks URIs with it
  [ $python_ok = 1 ] || missing+=(python3-jsonschema python3-rfc3987)
  need_cmd chromium chromium
  need_cmd soffice libreoffice-calc
  need_cmd pdfinfo poppler-utils
  need_cmd pdftotext poppler-utils
  # Chromium draws the HTML forms (screenshots, PDF) with a CJK font; any will do.
  if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]; then
    missing+=(fonts-noto-cjk)
  fi
  need_cmd valgrind valgrind
  need_cmd clang clang
  need_cmd iconv libc-bin
  need_cmd git git
  # the language server's real client (tests/suites/neovim.sh)
  need_cmd nvim neovim
  need_file /usr/bin/time time
fi

if [ "$want" = deb ] || [ "$want" = test ]; then
  # make deb: dpkg-deb and dpkg-shlibdeps
  need_cmd dpkg-deb dpkg
  need_cmd dpkg-shlibdeps dpkg-dev
  need_cmd strip binutils
fi
if [ "$want" = test ]; then
  # the editor suites: the VS Code extension's npm packages, the .vsix read back
  need_cmd node nodejs
  need_cmd npm npm
  need_cmd unzip unzip
  # the CI recipes' suite reads the workflow files
  python3 -c 'import yaml' 2>/dev/null || /usr/bin/python3 -c 'import yaml' 2>/dev/null || missing+=(python3-yaml)
fi

if [ "$want" = bench ]; then
  # make bench: the programs jxc is measured beside, and GNU time for peak memory
  need_cmd python3 python3
  need_file /usr/bin/time time
  need_cmd jq jq
  need_cmd bean-check beancount
  need_cmd hledger hledger
  need_cmd ledger ledger
fi
if [ "$want" = fuzz ] || [ "$want" = test ]; then
  # make fuzz: clang and its libFuzzer runtime
  need_cmd clang clang
  if command -v clang >/dev/null 2>&1; then
    rt=$(clang -print-resource-dir)/lib/linux/libclang_rt.fuzzer-x86_64.a
    major=$(clang -dumpversion | cut -d. -f1)
    need_file "$rt" "libclang-rt-$major-dev"
  fi
fi

# de-duplicate
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u | sed '/^$/d')
[ ${#missing[@]} -eq 0 ] && exit 0

echo "jx: installing missing packages: ${missing[*]}" >&2
if ! command -v apt-get >/dev/null 2>&1; then
  echo "jx: apt-get is not available here; install these packages by hand: ${missing[*]}" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "jx: need root to install ${missing[*]}; run as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get -o DPkg::Lock::Timeout=900 update -q >/dev/null || { echo "jx: apt-get update failed" >&2; exit 1; }
$sudo apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends "${missing[@]}" >/dev/null ||
  $sudo apt-get -o DPkg::Lock::Timeout=900 install -y -q "${missing[@]}" >/dev/null || {
  echo "jx: could not install: ${missing[*]}; install them and run make again" >&2
  exit 1
}
