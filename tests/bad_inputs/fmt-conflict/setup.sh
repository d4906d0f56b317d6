set -eu
sed -i 's/^number = 1$/<<<<<<< HEAD\nnumber = 1\n=======\nnumber = 2\n>>>>>>> remiss/' guidelines/samarbete.toml
