#!/usr/bin/env bash
# votecli's CSV in an ordinary shell pipeline: the three strongest tallies of the seeds,
# then every tally above two-thirds of its stated total.
set -euo pipefail

echo "Top three tallies (candidate, votes):"
votecli tallies --format csv | tail -n +2 | sort -t, -k8,8 -n -r | head -n 3 | cut -d, -f6,8

echo
echo "Tallies with a share above 2/3 of the stated total:"
votecli tallies --format jsonl "$@" |
  python3 -c 'import json,sys
for line in sys.stdin:
    row = json.loads(line)
    if row["share"] and row["share"] > 2 / 3:
        print(row["candidate"], row["votes"], row["share"], "-", row["evidence"][:60])'
