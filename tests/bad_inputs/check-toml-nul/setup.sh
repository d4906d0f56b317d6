set -eu
python3 -c 'import sys; open(sys.argv[1],"ab").write(bytes.fromhex(sys.argv[2]))' guidelines/samarbete.toml 6e756d626572203d2031000a
