set -eu
sed -i '0,/^kind = "treatment"/s//kind = "omröstning"/' reviews/workflow.toml
