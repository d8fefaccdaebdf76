// SPDX-License-Identifier: MIT
/// @file
/// The field rules of SPEC §3: limits, org names, and the refId searchability advisory.
#ifndef LEAP_VALIDATION_HPP
#define LEAP_VALIDATION_HPP

#include <cstddef>
#include <string_view>

#include "detail/chars.hpp"
#include "detail/fault.hpp"
#include "detail/text.hpp"

namespace leap {

/// Most bytes in an org name (SPEC §3).
inline constexpr std::size_t max_org_name_size = 100;
/// Most bytes in a refId, counted before encoding: Leap stores it as `partner_reference`.
inline constexpr std::size_t max_ref_id_size = 255;
/// Most bytes in a whole Direct URL: common servers refuse request lines over 8 KiB.
inline constexpr std::size_t max_url_size = 8000;

namespace detail {

[[nodiscard]] constexpr Fault check_org_name(std::string_view name) noexcept {
  constexpr std::string_view field = "org name";
  if (name.empty()) return {Errc::invalid_org_name, field, "is empty"};
  if (name.size() > max_org_name_size) {
    return {Errc::invalid_org_name, field, "is too long", npos, -1, name.size(), max_org_name_size};
  }
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (!org_name_bytes.contains(name[i])) {
      return {Errc::invalid_org_name, field, "is not one of A-Z a-z 0-9 - . _", i, static_cast<unsigned char>(name[i])};
    }
  }
  if (name == "." || name == "..") return {Errc::invalid_org_name, field, "is a dot segment ('.' or '..')"};
  return {};
}

// Turns a UTF-8/control flaw into a fault on `field`.
[[nodiscard]] constexpr Fault text_fault(std::string_view s, TextCheck check, Errc code,
                                         std::string_view field) noexcept {
  switch (check.flaw) {
    case TextFlaw::none: break;
    case TextFlaw::control:
      return {code, field, "is a control character", check.offset, static_cast<unsigned char>(s[check.offset])};
    case TextFlaw::bad_utf8:
      return {code, field, "starts an ill-formed UTF-8 sequence", check.offset,
              static_cast<unsigned char>(s[check.offset])};
  }
  return {};
}

[[nodiscard]] constexpr Fault check_ref_id(std::string_view ref_id) noexcept {
  constexpr std::string_view field = "refId";
  if (ref_id.empty()) return {Errc::invalid_ref_id, field, "is empty (leave it unset to send no refId)"};
  if (ref_id.size() > max_ref_id_size) {
    return {Errc::ref_id_too_long, field, "is too long", npos, -1, ref_id.size(), max_ref_id_size};
  }
  return text_fault(ref_id, check_text(ref_id, true), Errc::invalid_ref_id, field);
}

// The key rules that do not depend on the other params: non-empty, text, not reserved.
[[nodiscard]] constexpr Fault check_param_key(std::string_view key) noexcept {
  constexpr std::string_view field = "param key";
  if (key.empty()) return {Errc::invalid_param_key, field, "is empty"};
  if (Fault fault = text_fault(key, check_text(key, true), Errc::invalid_param_key, field); fault.failed()) {
    return fault;
  }
  if (iequals(key, "refId") || iequals(key, "ref-id") || iequals(key, "additional_redirect_params")) {
    return {Errc::reserved_param_key, field,
            "is reserved: refId, ref-id and additional_redirect_params (in any case) belong to the URL itself"};
  }
  return {};
}

[[nodiscard]] constexpr Fault check_param_value(std::string_view value) noexcept {
  return text_fault(value, check_text(value, true), Errc::invalid_param_value, "param value");
}

}  // namespace detail

/// Whether `name` is a valid org name: 1-100 bytes of `A-Z a-z 0-9 - . _`, and not `.` or
/// `..` (SPEC §3). Case is kept, never folded. Usable in constant expressions:
///
/// @par Example
/// @code
/// static_assert(leap::is_valid_org_name("ElectricSpaceships"));
/// static_assert(!leap::is_valid_org_name("Electric Spaceships"));
/// @endcode
[[nodiscard]] constexpr bool is_valid_org_name(std::string_view name) noexcept {
  return !detail::check_org_name(name).failed();
}

/// Leap's Meters API advisory (SPEC §3): whether a refId can later be used as a
/// `partner_reference` search value, i.e. it is well-formed UTF-8 of 3-256 characters (code
/// points) with none of `/ \ ? [ ] { } ! # $ % ^ & * ( ) < > |`. A refId that fails this
/// still builds; it may just not be searchable later.
///
/// @par Example
/// @code
/// leap::is_searchable_ref_id("cust-42")  // true
/// leap::is_searchable_ref_id("cust/42")  // false: contains '/'
/// @endcode
[[nodiscard]] constexpr bool is_searchable_ref_id(std::string_view ref_id) noexcept {
  if (detail::check_text(ref_id, false).flaw != detail::TextFlaw::none) return false;
  std::size_t characters = 0;
  for (char c : ref_id) {
    if (detail::unsearchable_bytes.contains(c)) return false;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++characters;
  }
  return characters >= 3 && characters <= 256;
}

}  // namespace leap

#endif  // LEAP_VALIDATION_HPP
