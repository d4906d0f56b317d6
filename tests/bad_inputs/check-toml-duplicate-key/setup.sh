set -eu
sed -i '1a number = 2' guidelines/samarbete.toml
