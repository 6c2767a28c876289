#!/bin/sh
# Runs the golden tests against the jxc given (tests/golden.py says how they are written).
# Usage: tests/run-golden.sh build/jxc [PATTERN...]    (--update to rewrite expectations)
exec python3 "$(dirname "$0")/golden.py" "$@"
