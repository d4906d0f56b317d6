set -eu
git init -q
mkdir -p guidelines
cat > guidelines/index.toml <<'EOF'
languages = ["sv"]

[title]
sv = "Riktlinjer"
EOF
