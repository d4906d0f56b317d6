set -eu
git bisect start -q HEAD HEAD~3 >/dev/null 2>&1
test -f .git/BISECT_LOG
