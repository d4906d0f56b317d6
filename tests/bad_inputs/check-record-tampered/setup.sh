set -eu
sed -i 's/^date = .*/date = "2026-02-30"/' reviews/2026-1/events/02-ka-treatment.toml
