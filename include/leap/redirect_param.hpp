// SPDX-License-Identifier: MIT
/// @file
/// `leap::RedirectParam`: one custom parameter carried to the final redirect.
#ifndef LEAP_REDIRECT_PARAM_HPP
#define LEAP_REDIRECT_PARAM_HPP

#include <string>

namespace leap {

/// A custom parameter, as given to `DirectUrl::add_redirect_param` or read back by
/// `parse_final_redirect`: unencoded key and value.
struct RedirectParam {
  std::string key;    ///< unencoded key
  std::string value;  ///< unencoded value (may be empty)

  /// Equal when key and value are equal byte for byte.
  friend bool operator==(const RedirectParam& a, const RedirectParam& b) noexcept {
    return a.key == b.key && a.value == b.value;
  }
  /// `!(a == b)`.
  friend bool operator!=(const RedirectParam& a, const RedirectParam& b) noexcept { return !(a == b); }
};

}  // namespace leap

#endif  // LEAP_REDIRECT_PARAM_HPP
