#!/usr/bin/env bash
# Refreshes the conformance test data in src/test/resources/looplab/conformance from
# ../shared/conformance: the public scenarios, a generated set, and scripts the oracle rejects,
# each with what CPython's asyncio (the oracle) answered; and the same for the spec's section 6
# (other threads: scenarios-threads/, its rejected/ lines, and `gen.py --threads`).
# ConformanceTest replays them all, so `mvn test` checks conformance on a machine without
# ../shared or Python.
#
#   tools/conformance-data.sh [GEN_SEED] [GEN_COUNT] [THREADS_SEED] [THREADS_COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
S=${LOOPLAB_SHARED:-../shared}/conformance     # LOOPLAB_SHARED: where ../shared is, if elsewhere
seed=${1:-7}
count=${2:-300}
threads_seed=${3:-11}
threads_count=${4:-300}
out=src/test/resources/looplab/conformance
rm -rf "$out"
mkdir -p "$out/public" "$out/generated" "$out/rejected" \
    "$out/threads-public" "$out/threads-generated" "$out/threads-rejected"

cp "$S"/scenarios/*.loop "$S"/scenarios/*.expected.jsonl "$out/public/"
cp "$S"/scenarios-threads/*.loop "$S"/scenarios-threads/*.expected.jsonl "$out/threads-public/"

# generate DIR ARGS...: gen.py's scripts in DIR, each with the oracle's trace
generate() {
    local dir=$1
    shift
    python3 "$S/gen.py" "$@" --out "$dir" >/dev/null
    for script in "$dir"/*.loop; do
        python3 "$S/oracle.py" "$script" --trace "${script%.loop}.expected.jsonl"
    done
}
generate "$out/generated" --seed "$seed" --count "$count"
generate "$out/threads-generated" --threads --seed "$threads_seed" --count "$threads_count"

# rejected DIR SCRIPT...: each script, with the oracle's `line N: reason`, which must be exit 2
rejected() {
    local dir=$1
    shift
    for script in "$@"; do
        name=$(basename "$script")
        cp "$script" "$dir/$name"
        set +e
        python3 "$S/oracle.py" "$script" --trace /dev/null 2> "$dir/${name%.loop}.rejected"
        status=$?
        set -e
        if [ "$status" -ne 2 ]; then
            echo "expected the oracle to reject $script (exit 2), got $status" >&2
            exit 1
        fi
    done
}
rejected "$out/rejected" tools/rejected/*.loop
rejected "$out/threads-rejected" "$S"/scenarios-threads/rejected/*.loop
echo "conformance data: $(ls "$out"/*/*.loop | wc -l) scripts in $out"
