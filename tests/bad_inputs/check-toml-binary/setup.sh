set -eu
printf '\x89PNG\r\n\x1a\n\x00\x00' > guidelines/samarbete.toml
