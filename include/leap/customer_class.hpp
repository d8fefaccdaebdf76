// SPDX-License-Identifier: MIT
/// @file
/// `leap::CustomerClass`: the kind of customer a link is for (`docs/rules.md#choosing-the-link`).
#ifndef LEAP_CUSTOMER_CLASS_HPP
#define LEAP_CUSTOMER_CLASS_HPP

#include <optional>
#include <string_view>

#include "detail/enum_table.hpp"

namespace leap {

/// The kind of customer a link is for.
enum class CustomerClass {
  residential,  ///< may use a Direct to Utility URL (in California, with a known utility)
  commercial,   ///< must use Leap Connect (Prohibited Resources Attestation)
};

namespace detail {

struct CustomerClassRow {
  CustomerClass value;
  std::string_view id;
};

inline constexpr CustomerClassRow customer_class_rows[] = {
    {CustomerClass::residential, "residential"},
    {CustomerClass::commercial, "commercial"},
};
static_assert(rows_in_enum_order(customer_class_rows));

}  // namespace detail

/// `"residential"` or `"commercial"`; empty for a value that is not an enumerator.
[[nodiscard]] constexpr std::string_view customer_class_name(CustomerClass customer) noexcept {
  const detail::CustomerClassRow* row = detail::find_row(detail::customer_class_rows, customer);
  return row != nullptr ? row->id : std::string_view{};
}

/// The class for a name, compared ASCII case-insensitively: `parse_customer_class("Commercial")
/// == CustomerClass::commercial`; `std::nullopt` for anything else.
[[nodiscard]] constexpr std::optional<CustomerClass> parse_customer_class(std::string_view name) noexcept {
  return detail::parse_id(detail::customer_class_rows, name);
}

/// Whether Leap allows a Direct to Utility URL for this customer class: only residential
/// customers. California commercial customers must sign a Prohibited Resources
/// Attestation, which only the Leap Connect flow offers. False for values that are not
/// enumerators. The whole rule, with the region and the utility, is
/// `direct_url_allowed(region, customer, utility)` in `<leap/link_choice.hpp>`.
///
/// @par Example
/// @code
/// static_assert(!leap::direct_url_allowed(leap::CustomerClass::commercial));
/// @endcode
[[nodiscard]] constexpr bool direct_url_allowed(CustomerClass customer) noexcept {
  return customer == CustomerClass::residential;
}

/// Why a Direct to Utility URL is not allowed for `customer`, as a sentence for people;
/// empty when it is allowed.
[[nodiscard]] constexpr std::string_view direct_url_refusal(CustomerClass customer) noexcept {
  if (direct_url_allowed(customer)) return {};
  if (customer == CustomerClass::commercial) {
    return "California commercial customers must sign a Prohibited Resources Attestation, "
           "which only the Leap Connect flow offers: send them to Leap Connect instead of a "
           "Direct to Utility URL";
  }
  return "not a leap::CustomerClass value";
}

}  // namespace leap

#endif  // LEAP_CUSTOMER_CLASS_HPP
