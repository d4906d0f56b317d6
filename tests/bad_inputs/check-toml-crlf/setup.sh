set -eu
sed -i 's/$/\r/' guidelines/samarbete.toml
