#!/bin/sh
# Regenerates golden/*.json from data/ with a built letopis-pack:
#   tests/import/regen_golden.sh build/letopis-pack
# Review the diff before committing: the goldens are the expected behaviour.
set -e
tool=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
for s in all.gift errors.gift cp1251.gift bom_crlf.gift good.aiken errors.aiken; do
    tag=$(echo "$s" | tr . _)
    mkdir -p "$work/$tag"
    (cd "$work/$tag" && "$tool" import "$here/data/$s" -o pack --json > summary.json &&
        "$tool" dump pack --json > pack.json)
    cp "$work/$tag/summary.json" "$here/golden/$tag.summary.json"
    cp "$work/$tag/pack.json" "$here/golden/$tag.pack.json"
done
rm -rf "$work"
