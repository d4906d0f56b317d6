set -eu
: > guidelines/samarbete.toml
