set -eu
sed -i 's/^number = 2$/number = 1/' guidelines/sakerstallande-av-interoperabiliteten.toml
