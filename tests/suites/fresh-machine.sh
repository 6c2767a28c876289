#!/usr/bin/env bash
# On a fresh Debian machine the Makefile's flags are read before scripts/deps.sh has installed
# pkg-config and the libraries, so the first build compiles with the Makefile's fallbacks.
# A clean clone's CI once failed there: cJSON's header was not found (its -I came only from
# pkg-config). With a pkg-config that knows nothing, the flags must still name every header
# directory the sources include from, and an object that includes cJSON.h must compile.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin"
printf '#!/bin/sh\nexit 1\n' > "$tmp/bin/pkg-config"
chmod +x "$tmp/bin/pkg-config"
flags=$(cd "$root" && PATH="$tmp/bin:$PATH" make -s --no-print-directory \
  --eval 'jx-print-includes: ; @echo $(INCLUDES)' jx-print-includes)
for dir in -I/usr/include/cjson -I/usr/include/libxml2; do
  case " $flags " in *" $dir "*) ;; *) echo "FAIL: without pkg-config the flags lack $dir: $flags"; exit 1 ;; esac
done
# The headers themselves, compiled with those flags alone.
printf '#include <cJSON.h>\n#include <libxml/xmlreader.h>\n#include <zip.h>\n#include <xlsxwriter.h>\nint main(void){return 0;}\n' > "$tmp/t.c"
# shellcheck disable=SC2086
cc $flags -c -o "$tmp/t.o" "$tmp/t.c"
echo "ok: the first build on a fresh machine finds every header"
