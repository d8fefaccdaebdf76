// SPDX-License-Identifier: MIT
// One operation, N times: the driver that bench/callgrind.py runs under valgrind's callgrind
// with N = 1 and N = 1001, so that (I(1001) - I(1)) / 1000 is what one operation costs, its
// set-up excluded. By hand:
//   bench_ops list 0          every case
//   bench_ops w2_str 1000     one case, 1000 times
//   bench_ops allocs 0        allocations per operation of every case (a counting operator new)
//   bench_ops verify 0        the baselines meant to write Leap's bytes do, and every peer
//                             reader decodes exactly the fields leap-direct-url does
#include <cstdio>
#include <cstdlib>
#include <string>

#define LEAP_TESTS_NEW_COUNTS_ONLY  // allocations counted, nothing else added to a figure
#include "../tests/support/replaced_new.hpp"
#include "cases.hpp"

namespace {

int verify(cases::Inputs& inputs) {
  int wrong = 0;
  for (const leap::DirectUrl& url : inputs.w) {
    const std::string ours = url.str();
    wrong += baselines::floor_copy(ours) != ours;
    wrong += baselines::ostringstream_build(url) != ours;
#if LEAP_BENCH_HAVE_BOOST_URL
    wrong += baselines::boost_encode_spec(url) != ours;
#endif
  }
  for (const cases::Fields& fields : inputs.fields) {
    wrong += cases::build(fields) != leap::DirectUrl::parse(cases::build(fields)).str();
  }
  for (const auto& [label, input] : inputs.encode_input) {
    wrong += baselines::table_encode(input) != leap::percent_encode(input);
#if LEAP_BENCH_HAVE_BOOST_URL
    wrong += baselines::boost_encode(input) != leap::percent_encode(input);
#endif
  }
  std::printf("baselines that should match Leap's bytes: %d mismatches\n", wrong);
  int differ = 0;
  int compared = 0;
  for (const auto& [name, reading] : cases::readings(inputs)) {
    const readers::Decoded ours = reading.ours();
    for (const auto& [suffix, peer] : reading.peers) {
      ++compared;
      if (!(peer() == ours)) {
        ++differ;
        std::printf("%s_%s decodes other fields than leap-direct-url\n", name.c_str(), suffix.c_str());
      }
    }
  }
  std::printf("peer readers that decode what leap-direct-url decodes: %d of %d\n", compared - differ, compared);
  return wrong == 0 && differ == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: bench_ops CASE|list|allocs|verify ITERATIONS\n");
    return 2;
  }
  const std::string name = argv[1];
  const long iterations = std::strtol(argv[2], nullptr, 10);
  static cases::Inputs inputs;
  const auto all = cases::all(inputs);
  if (name == "verify") return verify(inputs);
  if (name == "list") {
    for (const auto& entry : all) std::printf("%s\n", entry.first.c_str());
    return 0;
  }
  if (name == "allocs") {
    for (const auto& [case_name, operation] : all) {
      operation();  // warm: first-use statics
      const std::size_t before = replaced_new::allocations;
      for (int i = 0; i < 10; ++i) operation();
      std::printf("%s %.1f\n", case_name.c_str(), static_cast<double>(replaced_new::allocations - before) / 10.0);
    }
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
