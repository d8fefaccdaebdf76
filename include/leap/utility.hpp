// SPDX-License-Identifier: MIT
/// @file
/// `leap::Utility` and `leap::Environment`: the utilities and Leap hosts of SPEC §2.
#ifndef LEAP_UTILITY_HPP
#define LEAP_UTILITY_HPP

#include <array>
#include <optional>
#include <string_view>

#include "config.hpp"
#include "detail/chars.hpp"

namespace leap {

/// A utility reachable through a Direct to Utility URL (SPEC §2). Enumerators follow the
/// wire id, with `-` spelled `_`; `utility_id()` gives the id itself.
enum class Utility {
  pge,                 ///< Pacific Gas & Electric (PG&E), `pge`
  sce,                 ///< Southern California Edison (SCE), `sce`
  sdge,                ///< San Diego Gas & Electric (SDG&E), `sdge`
  staging_test_caiso,  ///< Staging Test Utility (CAISO), `staging-test-utility-caiso`; staging only
  staging_test_nyiso,  ///< Staging Test Utility (NYISO), `staging-test-utility-nyiso`; staging only
};

/// Which Leap deployment the URL points at (SPEC §2).
enum class Environment {
  production,  ///< `https://www.addleap.com`
  staging,     ///< `https://staging.addleap.com`
};

/// Every `Utility`, in declaration order.
inline constexpr std::array<Utility, 5> all_utilities{Utility::pge, Utility::sce, Utility::sdge,
                                                      Utility::staging_test_caiso, Utility::staging_test_nyiso};

/// The utility id used in the URL path, e.g. `utility_id(Utility::sdge) == "sdge"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view utility_id(Utility utility) noexcept {
  switch (utility) {
    case Utility::pge: return "pge";
    case Utility::sce: return "sce";
    case Utility::sdge: return "sdge";
    case Utility::staging_test_caiso: return "staging-test-utility-caiso";
    case Utility::staging_test_nyiso: return "staging-test-utility-nyiso";
  }
  LEAP_ASSERT(false && "leap::utility_id: not a leap::Utility value");
  return {};
}

/// The utility's display name, e.g. `"Pacific Gas & Electric (PG&E)"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view utility_name(Utility utility) noexcept {
  switch (utility) {
    case Utility::pge: return "Pacific Gas & Electric (PG&E)";
    case Utility::sce: return "Southern California Edison (SCE)";
    case Utility::sdge: return "San Diego Gas & Electric (SDG&E)";
    case Utility::staging_test_caiso: return "Staging Test Utility (CAISO)";
    case Utility::staging_test_nyiso: return "Staging Test Utility (NYISO)";
  }
  LEAP_ASSERT(false && "leap::utility_name: not a leap::Utility value");
  return {};
}

/// The grid region, `"CAISO"` or `"NYISO"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view utility_region(Utility utility) noexcept {
  switch (utility) {
    case Utility::pge:
    case Utility::sce:
    case Utility::sdge:
    case Utility::staging_test_caiso: return "CAISO";
    case Utility::staging_test_nyiso: return "NYISO";
  }
  LEAP_ASSERT(false && "leap::utility_region: not a leap::Utility value");
  return {};
}

/// The utility for a SPEC §2 id, compared ASCII case-insensitively:
/// `parse_utility("SCE") == Utility::sce`; `std::nullopt` for anything else.
/// (URL paths are case-sensitive: `DirectUrl::parse` accepts only the exact id.)
[[nodiscard]] constexpr std::optional<Utility> parse_utility(std::string_view id) noexcept {
  for (Utility utility : all_utilities) {
    if (detail::iequals(id, utility_id(utility))) return utility;
  }
  return std::nullopt;
}

/// Whether `utility` can be linked to in `environment`: the test utilities exist only in
/// staging (SPEC §2). False for values that are not enumerators.
[[nodiscard]] constexpr bool is_utility_available(Utility utility, Environment environment) noexcept {
  switch (utility) {
    case Utility::pge:
    case Utility::sce:
    case Utility::sdge: return environment == Environment::production || environment == Environment::staging;
    case Utility::staging_test_caiso:
    case Utility::staging_test_nyiso: return environment == Environment::staging;
  }
  return false;
}

/// The base URL emitted for `environment`, without a trailing slash:
/// `"https://www.addleap.com"` or `"https://staging.addleap.com"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view base_url(Environment environment) noexcept {
  switch (environment) {
    case Environment::production: return "https://www.addleap.com";
    case Environment::staging: return "https://staging.addleap.com";
  }
  LEAP_ASSERT(false && "leap::base_url: not a leap::Environment value");
  return {};
}

/// `"production"` or `"staging"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view environment_name(Environment environment) noexcept {
  switch (environment) {
    case Environment::production: return "production";
    case Environment::staging: return "staging";
  }
  LEAP_ASSERT(false && "leap::environment_name: not a leap::Environment value");
  return {};
}

}  // namespace leap

#endif  // LEAP_UTILITY_HPP
