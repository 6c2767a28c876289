#!/usr/bin/env bash
# The CI recipes of docs/ci.md (docs/ci/github-actions.yml, docs/ci/gitlab-ci.yml) run as
# written on two pull requests in a temporary git repository (tests/suites/ci/run_ci.py).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/need.sh"
need python3 git
python3 -c 'import yaml' 2>/dev/null || { "$here/../../scripts/deps.sh" test >&2; }
python3 "$here/ci/run_ci.py" "$1"
