set -eu
mv guidelines/samarbete.toml ../utanfor.toml && ln -s "$PWD/../utanfor.toml" guidelines/samarbete.toml
