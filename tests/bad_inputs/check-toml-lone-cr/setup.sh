set -eu
python3 - <<'EOF'
p="guidelines/samarbete.toml"
s=open(p,encoding='utf-8').read()
assert "ska undvikas." in s
s=s.replace("ska undvikas.","ska\\r undvikas.",1)
open(p,'w',encoding='utf-8').write(s)
EOF
