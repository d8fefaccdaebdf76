// SPDX-License-Identifier: MIT
/// @file
/// `leap::Environment`: the Leap deployment a Direct to Utility URL points at.
#ifndef LEAP_ENVIRONMENT_HPP
#define LEAP_ENVIRONMENT_HPP

#include <string_view>

#include "config.hpp"
#include "detail/enum_table.hpp"
#include "detail/wire.hpp"

namespace leap {

/// Which Leap deployment a Direct to Utility URL points at: `production`
/// (`https://www.addleap.com`) or `staging` (`https://staging.addleap.com`).
enum class Environment { LEAP_DETAIL_ENVIRONMENTS(LEAP_DETAIL_ENUMERATOR) };

namespace detail {

struct EnvironmentRow {
  Environment value;
  std::string_view id;    // "production"
  std::string_view base;  // "https://www.addleap.com"
};

inline constexpr EnvironmentRow environment_rows[] = {
#define LEAP_DETAIL_ROW(enumerator, base) {Environment::enumerator, #enumerator, base},
    LEAP_DETAIL_ENVIRONMENTS(LEAP_DETAIL_ROW)
#undef LEAP_DETAIL_ROW
};
static_assert(rows_in_enum_order(environment_rows));

// The host of a base URL: what follows the scheme.
[[nodiscard]] constexpr std::string_view host_of(std::string_view base) noexcept {
  return base.substr(wire::scheme.size());
}

}  // namespace detail

/// The base URL emitted for `environment`, without a trailing slash:
/// `"https://www.addleap.com"` or `"https://staging.addleap.com"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view base_url(Environment environment) noexcept {
  return detail::text_of(detail::environment_rows, environment, &detail::EnvironmentRow::base);
}

/// `"production"` or `"staging"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view environment_name(Environment environment) noexcept {
  return detail::text_of(detail::environment_rows, environment);
}

}  // namespace leap

#endif  // LEAP_ENVIRONMENT_HPP
