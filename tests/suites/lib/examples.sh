# Sourced by the suites: the target tables of examples/, every .jx file but the
# self-evaluations of examples/evaluation/ (which hold the published tables' own errors and
# are checked by their own suite, eval-scores.sh), sorted by path. Run from the root.
example_tables() { find examples -name '*.jx' -not -path 'examples/evaluation/*' | LC_ALL=C sort; }
