#!/bin/sh
# The cross build's emulator (CMAKE_CROSSCOMPILING_EMULATOR): runs one Windows program under Wine
# for CTest and returns its exit code.
# - Wine's own processes (wineserver, services) outlive the program and inherit its output: they
#   are given a file, not CTest's pipe, or CTest waits for them as if the test never ended.
# - A Qt Test program's console output does not reach a pipe or file under Wine: its report is
#   written with -o and shown afterwards.
exe=$1
shift
out=$(mktemp -d)
case $(basename "$exe") in
tst_*) set -- "$@" -o "$out/report.txt,txt" ;;
esac
WINEDEBUG=${WINEDEBUG:--all} wine "$exe" "$@" </dev/null >"$out/console.txt" 2>&1
rc=$?
cat "$out/console.txt"
[ -f "$out/report.txt" ] && cat "$out/report.txt"
rm -rf "$out"
exit $rc
