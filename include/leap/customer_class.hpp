// SPDX-License-Identifier: MIT
/// @file
/// When a Direct to Utility URL is the right tool (SPEC §6).
#ifndef LEAP_CUSTOMER_CLASS_HPP
#define LEAP_CUSTOMER_CLASS_HPP

#include <string_view>

namespace leap {

/// The kind of customer a link is for.
enum class CustomerClass {
  residential,  ///< may use a Direct to Utility URL
  commercial,   ///< must use Leap Connect (Prohibited Resources Attestation)
};

/// Whether Leap allows a Direct to Utility URL for this customer class (SPEC §6): only
/// residential customers. California commercial customers must sign a Prohibited Resources
/// Attestation, which only the Leap Connect flow offers. False for values that are not
/// enumerators. The other two conditions (a California customer, a utility known in
/// advance) are the caller's to check.
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
