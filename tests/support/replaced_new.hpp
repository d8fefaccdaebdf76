// SPDX-License-Identifier: MIT
// The global operator new and delete, replaced: every allocation is counted, and one of them
// can be made to fail. Used by the programs that count allocations (tests/programs, bench/)
// and by the allocation-failure injection. Include it in exactly one translation unit of a
// program.
#ifndef LEAP_TESTS_REPLACED_NEW_HPP
#define LEAP_TESTS_REPLACED_NEW_HPP

#include <cstddef>
#include <cstdlib>
#include <new>

namespace replaced_new {
inline std::size_t allocations = 0;   // since the program last set it to 0
inline std::size_t last_request = 0;  // the size the last allocation asked for (not when counting only)
inline std::size_t fail_at = 0;       // the allocation, counted as `allocations`, that throws std::bad_alloc; 0: none
}  // namespace replaced_new

// g++ 12 at -O2 and above inlines these replacements into the callers and then reports
// free() on memory from operator new (-Wmismatched-new-delete), which is exactly the pair
// being replaced here: a false positive, silenced for the including file only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

// A program that only counts (the benchmarks, whose every figure includes this function)
// defines LEAP_TESTS_NEW_COUNTS_ONLY before the include: one increment per allocation.
void* operator new(std::size_t size) {
  ++replaced_new::allocations;
#ifndef LEAP_TESTS_NEW_COUNTS_ONLY
  replaced_new::last_request = size;
  if (replaced_new::allocations == replaced_new::fail_at) throw std::bad_alloc();
#endif
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

#endif  // LEAP_TESTS_REPLACED_NEW_HPP
