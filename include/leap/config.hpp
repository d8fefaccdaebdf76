// SPDX-License-Identifier: MIT
/// @file
/// Configuration hooks shared by every leap-direct-url header.
#ifndef LEAP_CONFIG_HPP
#define LEAP_CONFIG_HPP

#include <cassert>

/// @def LEAP_ASSERT(condition)
/// Checks a precondition whose violation is a programmer error, such as a `leap::Utility`
/// value that is not one of the enumerators. Defaults to `assert`; define it before the first
/// leap-direct-url include to route such errors elsewhere (a logger, an exception, a trap).
/// Input errors are never asserted: they are reported as `leap::Errc` values.
#ifndef LEAP_ASSERT
#define LEAP_ASSERT(condition) assert(condition)
#endif

/// @def LEAP_HAS_EXCEPTIONS
/// 1 when the translation unit is compiled with exceptions, 0 under `-fno-exceptions`.
/// Without exceptions every throwing call calls `std::abort()` where it would have thrown;
/// use the `std::error_code&` overloads instead. May be predefined to force either mode.
#ifndef LEAP_HAS_EXCEPTIONS
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define LEAP_HAS_EXCEPTIONS 1
#else
#define LEAP_HAS_EXCEPTIONS 0
#endif
#endif

// Internal: keeps a rarely taken path (a buffer's one growth) out of its callers, so that
// the common path inlines.
#if defined(__GNUC__) || defined(__clang__)
#define LEAP_DETAIL_NOINLINE __attribute__((noinline))
#elif defined(_MSC_VER)
#define LEAP_DETAIL_NOINLINE __declspec(noinline)
#else
#define LEAP_DETAIL_NOINLINE
#endif

#endif  // LEAP_CONFIG_HPP
