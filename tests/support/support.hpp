// SPDX-License-Identifier: MIT
// Test helpers: Catch2 printing for leap::Errc, and ways to look at what a call threw.
#ifndef LEAP_TESTS_SUPPORT_HPP
#define LEAP_TESTS_SUPPORT_HPP

#include <leap/leap.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

#include "catch2_compat.hpp"
#include "random_inputs.hpp"

namespace Catch {
template <>
struct StringMaker<leap::Errc> {
  static std::string convert(leap::Errc code) {
    const std::string_view name = leap::errc_name(code);
    return name.empty() ? "Errc(" + std::to_string(static_cast<int>(code)) + ")" : std::string(name);
  }
};
}  // namespace Catch

namespace test {

// The Errc a call threw as UrlError; Errc{} when it threw nothing.
template <class F>
leap::Errc errc_of(F&& f) {
  try {
    f();
  } catch (const leap::UrlError& e) {
    return e.errc();
  }
  return leap::Errc{};
}

// The what() of the UrlError a call threw; empty when it threw nothing.
template <class F>
std::string message_of(F&& f) {
  try {
    f();
  } catch (const leap::UrlError& e) {
    return e.what();
  }
  return {};
}

}  // namespace test

#endif  // LEAP_TESTS_SUPPORT_HPP
