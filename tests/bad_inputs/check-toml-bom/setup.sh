set -eu
printf '\xef\xbb\xbf' > x && cat guidelines/samarbete.toml >> x && mv x guidelines/samarbete.toml
