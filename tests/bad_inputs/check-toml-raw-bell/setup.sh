set -eu
python3 - <<'EOF'
p="guidelines/samarbete.toml"
s=open(p,encoding='utf-8').read()
assert "title = \"Samarbete\"" in s
s=s.replace("title = \"Samarbete\"","title = \"Sam\u0007arbete\"",1)
open(p,'w',encoding='utf-8').write(s)
EOF
