set -eu
git clone -q --bare . bare.git
