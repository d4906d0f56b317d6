set -eu
ln -s saknas.toml guidelines/lank.toml
