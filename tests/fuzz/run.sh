#!/usr/bin/env bash
# Builds the libFuzzer targets with clang++ and runs each for SECONDS (default 60), two at a
# time, starting from the seed corpus (copied: the repository's corpus is not changed).
# Prints executions and coverage per target; fails if any target finds a crash, leak or
# failed check, and leaves the input that did it in build/fuzz/artifacts/.
#
# usage: tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=build/fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLEAP_DIRECT_URL_BUILD_FUZZERS=ON -DLEAP_DIRECT_URL_BUILD_TESTS=OFF -DLEAP_DIRECT_URL_BUILD_EXAMPLES=OFF \
  -DLEAP_DIRECT_URL_BUILD_TOOLS=OFF \
  -DLEAP_DIRECT_URL_INSTALL=OFF >/dev/null
cmake --build "$build" -j2
targets=(encoder parse builder final_redirect connect csv)
mkdir -p "$build/artifacts"

run_one() {
  local target=$1 work="$build/corpus/$1"
  rm -rf "$work" && mkdir -p "$work" && cp tests/fuzz/corpus/"$target"/* "$work"/
  "$build/tests/fuzz/fuzz_$target" "$work" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 \
    -rss_limit_mb=2048 -max_len=9000 -artifact_prefix="$build/artifacts/$target-" >"$build/$target.log" 2>&1
}

status=0
pids=()
for target in "${targets[@]}"; do
  run_one "$target" &
  pids+=($!)
  if ((${#pids[@]} == 2)); then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done

printf '%-16s %14s %10s %10s %8s\n' target executions exec/s coverage corpus
for target in "${targets[@]}"; do
  log="$build/$target.log"
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  speed=$([[ $runs =~ ^[0-9]+$ ]] && echo $((runs / seconds)) || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
  corpus=$(find "$build/corpus/$target" -type f | wc -l)
  printf '%-16s %14s %10s %10s %8s\n' "$target" "$runs" "$speed" "$cov" "$corpus"
  if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|FUZZ_CHECK failed|runtime error' "$log"; then
    echo "fuzz_$target found a problem:"; tail -40 "$log"; status=1
  fi
done
exit $status
