set -eu
python3 - <<'EOF'
p="guidelines/samarbete.toml"
s=open(p,encoding='utf-8').read()
assert "Överlappande genomföranden bör" in s
s=s.replace("Överlappande genomföranden bör","<<<<<<< HEAD\nA\n||||||| base\nB\n=======\nC\n>>>>>>> remiss\n",1)
open(p,'w',encoding='utf-8').write(s)
EOF
