#!/usr/bin/env bash
# Refreshes the conformance test data in src/test/resources/looplab/conformance from
# ../shared/conformance: the public scenarios, a generated set, and scripts the oracle rejects,
# each with what CPython's asyncio (the oracle) answered. ConformanceTest replays them all,
# so `mvn test` checks conformance on a machine without ../shared or Python.
#
#   tools/conformance-data.sh [GEN_SEED] [GEN_COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
S=../shared/conformance
seed=${1:-7}
count=${2:-300}
out=src/test/resources/looplab/conformance
rm -rf "$out"
mkdir -p "$out/public" "$out/generated" "$out/rejected"

cp "$S"/scenarios/*.loop "$S"/scenarios/*.expected.jsonl "$out/public/"

python3 "$S/gen.py" --seed "$seed" --count "$count" --out "$out/generated" >/dev/null
for script in "$out"/generated/*.loop; do
    python3 "$S/oracle.py" "$script" --trace "${script%.loop}.expected.jsonl"
done

for script in tools/rejected/*.loop; do
    name=$(basename "$script")
    cp "$script" "$out/rejected/$name"
    set +e
    python3 "$S/oracle.py" "$script" --trace /dev/null 2> "$out/rejected/${name%.loop}.rejected"
    status=$?
    set -e
    if [ "$status" -ne 2 ]; then
        echo "expected the oracle to reject $script (exit 2), got $status" >&2
        exit 1
    fi
done
echo "conformance data: $(ls "$out"/*/*.loop | wc -l) scripts in $out"
