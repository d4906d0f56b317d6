set -eu
sed -i 's/^number = 1$/number = "ett"/' guidelines/samarbete.toml
