set -eu
"$RIKTLINJER" round open 2026-2 --title T --date 2026-01-05 >/dev/null
"$RIKTLINJER" round advance 2026-2 ka-treatment --date 2026-01-20 --decision OK >/dev/null
