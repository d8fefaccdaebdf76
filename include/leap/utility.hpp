// SPDX-License-Identifier: MIT
/// @file
/// `leap::Utility`: the utilities a Direct to Utility URL can open.
#ifndef LEAP_UTILITY_HPP
#define LEAP_UTILITY_HPP

#include <optional>
#include <string_view>

#include "config.hpp"
#include "detail/enum_table.hpp"
#include "detail/wire.hpp"
#include "environment.hpp"
#include "transmission_region.hpp"

namespace leap {

/// A utility reachable through a Direct to Utility URL. Enumerators follow the wire id,
/// with `-` spelled `_`: `pge` (Pacific Gas & Electric), `sce` (Southern California Edison),
/// `sdge` (San Diego Gas & Electric), and, in staging only, `staging_test_caiso`
/// (`staging-test-utility-caiso`) and `staging_test_nyiso` (`staging-test-utility-nyiso`).
/// `utility_id()` gives the id, `utility_name()` the name.
enum class Utility { LEAP_DETAIL_UTILITIES(LEAP_DETAIL_ENUMERATOR) };

namespace detail {

// The environments a utility exists in.
enum class Reach { production_and_staging, staging_only };

struct UtilityRow {
  Utility value;
  std::string_view id;
  std::string_view name;
  TransmissionRegion region;
  Reach reach;
};

inline constexpr UtilityRow utility_rows[] = {
#define LEAP_DETAIL_ROW(enumerator, id, name, region, reach) \
  {Utility::enumerator, id, name, TransmissionRegion::region, Reach::reach},
    LEAP_DETAIL_UTILITIES(LEAP_DETAIL_ROW)
#undef LEAP_DETAIL_ROW
};
static_assert(rows_in_enum_order(utility_rows));

inline constexpr FixedText utility_id_list = id_list("is not ", utility_rows);

}  // namespace detail

/// Every `Utility`, in declaration order.
inline constexpr auto all_utilities = detail::values_of(detail::utility_rows);

/// The utility id used in the URL path, e.g. `utility_id(Utility::sdge) == "sdge"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view utility_id(Utility utility) noexcept {
  return detail::text_of(detail::utility_rows, utility);
}

/// The utility's display name, e.g. `"Pacific Gas & Electric (PG&E)"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view utility_name(Utility utility) noexcept {
  return detail::text_of(detail::utility_rows, utility, &detail::UtilityRow::name);
}

/// The id of the transmission region the utility is in, `"CAISO"` or `"NYISO"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view utility_region(Utility utility) noexcept {
  const detail::UtilityRow* row = detail::find_row(detail::utility_rows, utility);
  LEAP_ASSERT(row != nullptr && "leap::utility_region: not a leap::Utility value");
  return row != nullptr ? region_id(row->region) : std::string_view{};
}

/// The utility for an id, compared ASCII case-insensitively:
/// `parse_utility("SCE") == Utility::sce`; `std::nullopt` for anything else.
/// (URL paths are case-sensitive: `DirectUrl::parse` accepts only the exact id.)
[[nodiscard]] constexpr std::optional<Utility> parse_utility(std::string_view id) noexcept {
  return detail::parse_id(detail::utility_rows, id);
}

/// Whether `utility` can be linked to in `environment`: the test utilities exist only in
/// staging. False for values that are not enumerators.
[[nodiscard]] constexpr bool is_utility_available(Utility utility, Environment environment) noexcept {
  const detail::UtilityRow* row = detail::find_row(detail::utility_rows, utility);
  if (row == nullptr || detail::find_row(detail::environment_rows, environment) == nullptr) return false;
  return row->reach == detail::Reach::production_and_staging || environment == Environment::staging;
}

}  // namespace leap

#endif  // LEAP_UTILITY_HPP
