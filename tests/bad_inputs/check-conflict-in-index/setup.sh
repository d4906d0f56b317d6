set -eu
python3 - <<'EOF'
p="guidelines/index.toml"
s=open(p,encoding='utf-8').read()
assert "sv = \"Gemensamma\"" in s
s=s.replace("sv = \"Gemensamma\"","sv = \"\"\"\n<<<<<<< HEAD\nGemensamma\n=======\nAllmänna\n>>>>>>> x\n\"\"\"",1)
open(p,'w',encoding='utf-8').write(s)
EOF
