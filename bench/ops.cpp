// SPDX-License-Identifier: MIT
// One operation, N times: the driver that bench/callgrind.py runs under valgrind's callgrind
// with N = 1 and N = 1001, so that (I(1001) - I(1)) / 1000 is what one operation costs, its
// set-up excluded. By hand: `bench_ops list 0`, `bench_ops w2_str 1000`; `bench_ops verify 0`
// checks that the baselines meant to write Leap's bytes do.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cases.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: bench_ops CASE ITERATIONS\n");
    return 2;
  }
  const std::string name = argv[1];
  const long iterations = std::strtol(argv[2], nullptr, 10);
  static cases::Inputs inputs;
  const auto all = cases::all(inputs);
  if (name == "verify") {
    // The baselines meant to write Leap's bytes must produce exactly ours, or the comparison is unfair.
    int wrong = 0;
    for (const leap::DirectUrl& url : inputs.w) {
      const std::string ours = url.str();
      wrong += baselines::floor_copy(ours) != ours;
      wrong += baselines::ostringstream_build(url) != ours;
#if LEAP_BENCH_HAVE_BOOST_URL
      wrong += baselines::boost_encode_spec(url) != ours;
#endif
    }
    for (const auto& [label, input] : inputs.encode_input) {
      wrong += baselines::table_encode(input) != leap::percent_encode(input);
#if LEAP_BENCH_HAVE_BOOST_URL
      wrong += baselines::boost_encode(input) != leap::percent_encode(input);
#endif
    }
    std::printf("baselines that should match Leap's bytes: %d mismatches\n", wrong);
    return wrong == 0 ? 0 : 1;
  }
  if (name == "list") {
    for (const auto& entry : all) std::printf("%s\n", entry.first.c_str());
    return 0;
  }
  const auto found = all.find(name);
  if (found == all.end()) {
    std::fprintf(stderr, "bench_ops: no case %s (try: bench_ops list 0)\n", name.c_str());
    return 2;
  }
  for (long i = 0; i < iterations; ++i) found->second();
  return 0;
}
