# --version prints the version.
=== run
jxc --version
=== stdout
jxc 0.1.0
