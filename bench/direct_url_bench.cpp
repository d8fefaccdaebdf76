// SPDX-License-Identifier: MIT
// Google Benchmark over every case of cases.hpp, with allocations per operation counted by
// a global operator new. `bench_direct_url --benchmark_format=json` feeds bench/chart.py.
#include <benchmark/benchmark.h>

#define LEAP_TESTS_NEW_COUNTS_ONLY  // allocations counted, nothing else added to a figure
#include "../tests/support/replaced_new.hpp"
#include "cases.hpp"

int main(int argc, char** argv) {
  static cases::Inputs inputs;
  static const auto all = cases::all(inputs);
  for (const auto& [name, operation] : all) {
    const auto* op = &operation;
    benchmark::RegisterBenchmark(name.c_str(), [op](benchmark::State& state) {
      const std::size_t before = replaced_new::allocations;
      for (auto _ : state) (*op)();
      state.counters["allocs/op"] = benchmark::Counter(static_cast<double>(replaced_new::allocations - before) /
                                                       static_cast<double>(state.iterations()));
    });
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
