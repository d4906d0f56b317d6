set -eu
f=$(ls reviews/2026-1/statements/*.toml | head -1); sed -i '1i hemlig = true' "$f"
