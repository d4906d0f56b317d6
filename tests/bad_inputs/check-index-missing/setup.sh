set -eu
rm guidelines/index.toml
