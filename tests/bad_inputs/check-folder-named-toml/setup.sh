set -eu
mkdir guidelines/mapp.toml && touch guidelines/mapp.toml/x
