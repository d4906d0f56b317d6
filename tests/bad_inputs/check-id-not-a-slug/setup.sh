set -eu
git mv guidelines/samarbete.toml 'guidelines/Samarbete Ny.toml'
