# Sourced by the suites: `need CMD...` makes sure the programs a suite drives are there,
# installing them through scripts/deps.sh when they are missing. A program that cannot be had
# fails the suite (it is never skipped).
need() {
  local root missing=()
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
  for cmd in "$@"; do command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  "$root/scripts/deps.sh" test >&2
  for cmd in "${missing[@]}"; do
    if ! command -v "$cmd" >/dev/null 2>&1; then
      echo "FAIL: this suite needs '$cmd' and scripts/deps.sh could not install it" >&2
      return 1
    fi
  done
}
