# An interrupted build -o (SIGTERM, SIGINT, SIGHUP) removes its temporary file and ends with
# the signal's usual status (143, 130): it used to leave a *.tmp.XXXXXX behind (60 MB for a
# large budget). JX_TEST_STOP_WRITING=1 makes jxc stop itself (SIGSTOP) once the temporary file
# is complete, just before the rename, so the signal arrives at that moment every time; the
# target is untouched. (env --default-signal=INT: a script starts background commands with
# SIGINT ignored, nohup starts it with SIGHUP ignored, and jxc leaves an ignored signal ignored.)
=== file: ok.jx (fixture 通用项目)
=== run
echo keep > out.json
for sig in TERM INT HUP; do
  JX_TEST_STOP_WRITING=1 env --default-signal=INT,HUP jxc build -f json -o out.json ok.jx & pid=$!
  until grep -q '^[0-9]* ([^)]*) [TtZ]' /proc/$pid/stat 2>/dev/null || ! kill -0 $pid 2>/dev/null; do :; done
  ls out.json.tmp.* | sed 's/tmp\..*/tmp.XXXXXX/'
  kill -$sig $pid; kill -CONT $pid; { wait $pid; } 2>/dev/null; echo "$sig: status $?"
  ls; cat out.json
done
=== stdout
out.json.tmp.XXXXXX
TERM: status 143
ok.jx
out.json
keep
out.json.tmp.XXXXXX
INT: status 130
ok.jx
out.json
keep
out.json.tmp.XXXXXX
HUP: status 129
ok.jx
out.json
keep
