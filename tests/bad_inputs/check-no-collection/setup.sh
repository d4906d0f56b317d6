set -eu
git init -q
