set -eu
printf 'languages = ["sv"\n' > guidelines/index.toml
