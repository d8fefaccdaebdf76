// SPDX-License-Identifier: MIT
// A minimal checker for the test programs that cannot use Catch2 (exceptions off, a
// replaced operator new, a different LEAP_ASSERT). Prints each failure; main returns the count.
#ifndef LEAP_TESTS_CHECK_HPP
#define LEAP_TESTS_CHECK_HPP

#include <cstdio>

namespace check {
inline int failures = 0;
inline int passes = 0;
}  // namespace check

#define LEAP_CHECK(...)                                                           \
  do {                                                                            \
    if (__VA_ARGS__) {                                                            \
      ++check::passes;                                                            \
    } else {                                                                      \
      ++check::failures;                                                          \
      std::printf("%s:%d: check failed: %s\n", __FILE__, __LINE__, #__VA_ARGS__); \
    }                                                                             \
  } while (false)

// The plain closing line: "N passed, N failed".
inline int check_summary() {
  std::printf("%d passed, %d failed\n", check::passes, check::failures);
  return check::failures == 0 ? 0 : 1;
}

#endif  // LEAP_TESTS_CHECK_HPP
