// SPDX-License-Identifier: MIT
// One include for both Catch2 majors. Tests keep to the macros the two share.
#ifndef LEAP_TESTS_CATCH2_COMPAT_HPP
#define LEAP_TESTS_CATCH2_COMPAT_HPP

#if LEAP_CATCH2_MAJOR >= 3
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#else
#include <catch2/catch.hpp>
#endif

#endif  // LEAP_TESTS_CATCH2_COMPAT_HPP
