// SPDX-License-Identifier: MIT
/// @file
/// Which link a customer needs: a Direct to Utility URL or Leap Connect
/// (`docs/rules.md#choosing-the-link`).
#ifndef LEAP_LINK_CHOICE_HPP
#define LEAP_LINK_CHOICE_HPP

#include <optional>
#include <string_view>

#include "connect_options.hpp"
#include "customer_class.hpp"
#include "detail/enum_table.hpp"
#include "transmission_region.hpp"
#include "utility.hpp"

namespace leap {

/// The two kinds of Leap link.
enum class LinkKind {
  direct,   ///< a Direct to Utility URL, `leap::DirectUrl`
  connect,  ///< a Leap Connect link, `leap::ConnectUrl`
};

/// The link a customer needs, and why.
struct LinkChoice {
  LinkKind kind = LinkKind::connect;      ///< which link
  std::optional<ConnectVariant> variant;  ///< for Leap Connect: `commercial` for commercial customers, else none
  std::string_view reason;                ///< why, as a sentence for people (logs, a tool's stderr)
};

/// Applies Leap's rule: a Direct to Utility URL only for a customer in California (CAISO)
/// who is residential and whose utility is known and is a California utility (`pge`,
/// `sce`, `sdge`, or `staging_test_caiso` for staging tests); Leap Connect for everyone
/// else, with `variant` `commercial` for a commercial customer and none for a residential
/// one. Values that are not enumerators never choose the Direct URL.
///
/// @par Example
/// @code
/// auto choice = leap::choose_link(leap::TransmissionRegion::caiso, leap::CustomerClass::commercial,
///                                 leap::Utility::sce);
/// // choice.kind == LinkKind::connect, choice.variant == ConnectVariant::commercial
/// @endcode
[[nodiscard]] constexpr LinkChoice choose_link(TransmissionRegion region, CustomerClass customer,
                                               std::optional<Utility> utility) noexcept {
  const std::optional<ConnectVariant> variant =
      customer == CustomerClass::commercial ? std::optional<ConnectVariant>(ConnectVariant::commercial) : std::nullopt;
  if (region != TransmissionRegion::caiso) {
    return {LinkKind::connect, variant,
            "the customer is outside California (CAISO): Direct to Utility URLs open California utilities only"};
  }
  if (!direct_url_allowed(customer)) return {LinkKind::connect, variant, direct_url_refusal(customer)};
  if (!utility) {
    return {LinkKind::connect, variant,
            "the customer's utility is not known in advance: Leap Connect lets the customer pick it"};
  }
  const detail::UtilityRow* row = detail::find_row(detail::utility_rows, *utility);
  if (row == nullptr || row->region != TransmissionRegion::caiso) {
    return {LinkKind::connect, variant, "the utility is not a California (CAISO) utility"};
  }
  return {LinkKind::direct, std::nullopt, "a California (CAISO) residential customer whose utility is known"};
}

/// Whether Leap allows a Direct to Utility URL for this customer: `choose_link(region,
/// customer, utility).kind == LinkKind::direct`. Otherwise the customer needs Leap Connect.
///
/// @par Example
/// @code
/// static_assert(leap::direct_url_allowed(leap::TransmissionRegion::caiso, leap::CustomerClass::residential,
///                                        leap::Utility::pge));
/// static_assert(!leap::direct_url_allowed(leap::TransmissionRegion::caiso, leap::CustomerClass::residential,
///                                         std::nullopt));
/// @endcode
[[nodiscard]] constexpr bool direct_url_allowed(TransmissionRegion region, CustomerClass customer,
                                                std::optional<Utility> utility) noexcept {
  return choose_link(region, customer, utility).kind == LinkKind::direct;
}

}  // namespace leap

#endif  // LEAP_LINK_CHOICE_HPP
