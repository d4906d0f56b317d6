set -eu
printf '\n[sv]\ntitle = "Igen"\n' >> guidelines/samarbete.toml
