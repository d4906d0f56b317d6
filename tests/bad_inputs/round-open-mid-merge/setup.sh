set -eu
B=$(git branch --show-current)
git checkout -q -b other
sed -i 's/^title = "Samarbete"/title = "Samarbete A"/' guidelines/samarbete.toml
git commit -q -am "A"
git checkout -q "$B"
sed -i 's/^title = "Samarbete"/title = "Samarbete B"/' guidelines/samarbete.toml
git commit -q -am "B"
git merge -q other >/dev/null 2>&1 || true
test -f .git/MERGE_HEAD
