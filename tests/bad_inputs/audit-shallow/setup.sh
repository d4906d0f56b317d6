set -eu
git clone -q --depth 1 "file://$PWD" grund 2>/dev/null
test -f grund/.git/shallow
