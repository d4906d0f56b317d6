set -eu
f=$(ls reviews/2026-1/statements/*.toml | head -1); echo 'text = "ändrad"' >> "$f"
