set -eu
python3 - <<'EOF'
p="guidelines/samarbete.toml"
s=open(p,encoding='utf-8').read()
assert "Överlappande genomföranden bör" in s
s=s.replace("Överlappande genomföranden bör","<<<<<<< HEAD\nÖverlappande genomföranden bör\n=======\nÖverlappande saker bör\n>>>>>>> remiss\n",1)
open(p,'w',encoding='utf-8').write(s)
EOF
