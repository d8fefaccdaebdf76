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

// What '+' decodes to: itself (percent decoding) or a space (form decoding).
enum class Plus { itself, space };

// A decoder written for the tests, byte by byte and without the library: %XX is a byte. The
// input is well formed.
inline std::string reference_decode(std::string_view in, Plus plus) {
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '%') {
      out += static_cast<char>(std::stoi(std::string(in.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += in[i] == '+' && plus == Plus::space ? ' ' : in[i];
    }
  }
  return out;
}

}  // namespace test

#endif  // LEAP_TESTS_SUPPORT_HPP
