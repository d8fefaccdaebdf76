// SPDX-License-Identifier: MIT
// Google Benchmark over every case of cases.hpp, with allocations per operation counted by
// a global operator new. `bench_direct_url --benchmark_format=json` feeds bench/chart.py.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <new>

#include "cases.hpp"

namespace {
std::size_t allocations = 0;
}  // namespace

// g++ 12 at -O3 inlines these replacements into Google Benchmark's loops and then reports
// free() on memory from operator new (-Wmismatched-new-delete), which is exactly the pair
// being replaced here: a false positive, silenced for this file only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

void* operator new(std::size_t size) {
  ++allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

int main(int argc, char** argv) {
  static cases::Inputs inputs;
  static const auto all = cases::all(inputs);
  for (const auto& [name, operation] : all) {
    const auto* op = &operation;
    benchmark::RegisterBenchmark(name.c_str(), [op](benchmark::State& state) {
      const std::size_t before = allocations;
      for (auto _ : state) (*op)();
      state.counters["allocs/op"] =
          benchmark::Counter(static_cast<double>(allocations - before) / static_cast<double>(state.iterations()));
    });
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
