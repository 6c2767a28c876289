# --max-errors takes a whole positive number: trailing letters, zero, a negative number and one
# too large for an int are usage errors (exit 2), never read as a part of the text or wrapped.
=== run
jxc --lang=en check --max-errors=5x x.jx; echo "exit $?"; jxc --lang=en check --max-errors=0 x.jx; echo "exit $?"; jxc --lang=en check --max-errors=-3 x.jx; echo "exit $?"; jxc --lang=en check --max-errors=99999999999999999999 x.jx; echo "exit $?"
=== stdout
exit 2
exit 2
exit 2
exit 2
=== stderr
jxc: --max-errors takes a positive number, not '5x'
(see 'jxc help')
jxc: --max-errors takes a positive number, not '0'
(see 'jxc help')
jxc: --max-errors takes a positive number, not '-3'
(see 'jxc help')
jxc: --max-errors takes a positive number, not '99999999999999999999'
(see 'jxc help')
