// SPDX-License-Identifier: MIT
/// @file
/// `leap::ConnectVariant` and `leap::ConnectProgram`: the options of a Leap Connect link.
#ifndef LEAP_CONNECT_OPTIONS_HPP
#define LEAP_CONNECT_OPTIONS_HPP

#include <optional>
#include <string_view>

#include "config.hpp"
#include "detail/enum_table.hpp"
#include "detail/wire.hpp"
#include "transmission_region.hpp"

namespace leap {

/// Which Leap Connect flow the customer sees: `residential` (Leap's default when a link
/// names neither a variant nor a program), `commercial` (with the agreements commercial
/// customers sign), and `residential_agreements_only` / `commercial_agreements_only`
/// (PJM only). `variant_id()` gives the id sent (`"RESIDENTIAL"`, ...).
enum class ConnectVariant { LEAP_DETAIL_CONNECT_VARIANTS(LEAP_DETAIL_ENUMERATOR) };

/// A utility program whose territory needs its own Leap Connect flow: `pse_rpo` (Puget Sound
/// Energy) and `srp_rpo` (Salt River Project). `program_id()` gives the id sent (`"PSE-RPO"`).
enum class ConnectProgram { LEAP_DETAIL_CONNECT_PROGRAMS(LEAP_DETAIL_ENUMERATOR) };

namespace detail {

// A set of regions, one bit per TransmissionRegion.
using RegionMask = unsigned;
#define LEAP_DETAIL_ROW(enumerator, id) \
  inline constexpr RegionMask enumerator = RegionMask{1} << static_cast<unsigned>(TransmissionRegion::enumerator);
namespace region_mask {
inline constexpr RegionMask every_region = ~RegionMask{0};
LEAP_DETAIL_REGIONS(LEAP_DETAIL_ROW)
}  // namespace region_mask
#undef LEAP_DETAIL_ROW

[[nodiscard]] constexpr bool contains(RegionMask mask, TransmissionRegion region) noexcept {
  return (mask >> static_cast<unsigned>(region) & 1U) != 0;
}

struct VariantRow {
  ConnectVariant value;
  std::string_view id;
  RegionMask offered_in;
};

inline constexpr VariantRow variant_rows[] = {
#define LEAP_DETAIL_ROW(enumerator, id, regions) {ConnectVariant::enumerator, id, region_mask::regions},
    LEAP_DETAIL_CONNECT_VARIANTS(LEAP_DETAIL_ROW)
#undef LEAP_DETAIL_ROW
};
static_assert(rows_in_enum_order(variant_rows));

struct ProgramRow {
  ConnectProgram value;
  std::string_view id;
};

inline constexpr ProgramRow program_rows[] = {
#define LEAP_DETAIL_ROW(enumerator, id) {ConnectProgram::enumerator, id},
    LEAP_DETAIL_CONNECT_PROGRAMS(LEAP_DETAIL_ROW)
#undef LEAP_DETAIL_ROW
};
static_assert(rows_in_enum_order(program_rows));

}  // namespace detail

/// Every `ConnectVariant`, in declaration order.
inline constexpr auto all_variants = detail::values_of(detail::variant_rows);
/// Every `ConnectProgram`, in declaration order.
inline constexpr auto all_programs = detail::values_of(detail::program_rows);

/// The id sent as `variant`, e.g. `variant_id(ConnectVariant::commercial) == "COMMERCIAL"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view variant_id(ConnectVariant variant) noexcept {
  return detail::text_of(detail::variant_rows, variant);
}

/// The variant for an id, compared ASCII case-insensitively:
/// `parse_variant("commercial") == ConnectVariant::commercial`; `std::nullopt` otherwise.
[[nodiscard]] constexpr std::optional<ConnectVariant> parse_variant(std::string_view id) noexcept {
  return detail::parse_id(detail::variant_rows, id);
}

/// Whether Leap Connect offers `variant` in `region`: the agreements-only variants are
/// PJM-only. False for values that are not enumerators.
///
/// @par Example
/// @code
/// static_assert(!leap::is_variant_available(leap::ConnectVariant::commercial_agreements_only,
///                                           leap::TransmissionRegion::caiso));
/// @endcode
[[nodiscard]] constexpr bool is_variant_available(ConnectVariant variant, TransmissionRegion region) noexcept {
  const detail::VariantRow* row = detail::find_row(detail::variant_rows, variant);
  return row != nullptr && detail::find_row(detail::region_rows, region) != nullptr &&
         detail::contains(row->offered_in, region);
}

/// The id sent as `program`, e.g. `program_id(ConnectProgram::pse_rpo) == "PSE-RPO"`.
/// A value that is not an enumerator fails `LEAP_ASSERT` and yields an empty view.
[[nodiscard]] constexpr std::string_view program_id(ConnectProgram program) noexcept {
  return detail::text_of(detail::program_rows, program);
}

/// The program for an id, compared ASCII case-insensitively:
/// `parse_program("srp-rpo") == ConnectProgram::srp_rpo`; `std::nullopt` otherwise.
[[nodiscard]] constexpr std::optional<ConnectProgram> parse_program(std::string_view id) noexcept {
  return detail::parse_id(detail::program_rows, id);
}

}  // namespace leap

#endif  // LEAP_CONNECT_OPTIONS_HPP
