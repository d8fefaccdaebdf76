// SPDX-License-Identifier: MIT
/// @file
/// `leap::TransmissionRegion`: the grid region a customer is in.
#ifndef LEAP_TRANSMISSION_REGION_HPP
#define LEAP_TRANSMISSION_REGION_HPP

#include <optional>
#include <string_view>

#include "config.hpp"
#include "detail/enum_table.hpp"
#include "detail/wire.hpp"

namespace leap {

/// The transmission region (grid operator) a customer is in, as Leap Connect names them:
/// `caiso`, `nyiso`, `pjm`, `ercot`, `wecc_pc`, `wecc_sw`. `region_id()` gives the id sent
/// in a Leap Connect link (`"CAISO"`, ...).
enum class TransmissionRegion { LEAP_DETAIL_REGIONS(LEAP_DETAIL_ENUMERATOR) };

namespace detail {

struct RegionRow {
  TransmissionRegion value;
  std::string_view id;
};

inline constexpr RegionRow region_rows[] = {
#define LEAP_DETAIL_ROW(enumerator, id) {TransmissionRegion::enumerator, id},
    LEAP_DETAIL_REGIONS(LEAP_DETAIL_ROW)
#undef LEAP_DETAIL_ROW
};
static_assert(rows_in_enum_order(region_rows));

inline constexpr FixedText region_id_list = id_list("is not ", region_rows);

}  // namespace detail

/// Every `TransmissionRegion`, in declaration order.
inline constexpr auto all_regions = detail::values_of(detail::region_rows);

/// The id Leap Connect uses, e.g. `region_id(TransmissionRegion::wecc_pc) == "WECC_PC"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view region_id(TransmissionRegion region) noexcept {
  return detail::text_of(detail::region_rows, region);
}

/// The region for an id, compared ASCII case-insensitively:
/// `parse_region("pjm") == TransmissionRegion::pjm`; `std::nullopt` for anything else.
/// (A Leap Connect link itself carries the exact upper-case id: `ConnectUrl::parse` accepts
/// only that.)
[[nodiscard]] constexpr std::optional<TransmissionRegion> parse_region(std::string_view id) noexcept {
  return detail::parse_id(detail::region_rows, id);
}

}  // namespace leap

#endif  // LEAP_TRANSMISSION_REGION_HPP
