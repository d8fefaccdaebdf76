// SPDX-License-Identifier: MIT
// A counting global operator new, for the allocations per operation the benchmarks report.
// Include it in exactly one translation unit of a program.
#ifndef LEAP_BENCH_COUNTING_NEW_HPP
#define LEAP_BENCH_COUNTING_NEW_HPP

#include <cstddef>
#include <cstdlib>
#include <new>

namespace counting_new {
inline std::size_t allocations = 0;
}  // namespace counting_new

// g++ 12 at -O2 and above inlines these replacements into the callers and then reports
// free() on memory from operator new (-Wmismatched-new-delete), which is exactly the pair
// being replaced here: a false positive, silenced for the including file only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

void* operator new(std::size_t size) {
  ++counting_new::allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
// The array forms too: the library's buffers are new char[], which sanitizer and valgrind
// runtimes would otherwise serve themselves, past these counters.
void* operator new[](std::size_t size) { return ::operator new(size); }
void operator delete[](void* p) noexcept { ::operator delete(p); }
void operator delete[](void* p, std::size_t) noexcept { ::operator delete(p); }

#endif  // LEAP_BENCH_COUNTING_NEW_HPP
