// SPDX-License-Identifier: MIT
/// @file
/// The field rules every Leap link shares: limits, org names, refIds, param keys and values,
/// and the refId searchability advisory (`docs/rules.md#fields`).
#ifndef LEAP_VALIDATION_HPP
#define LEAP_VALIDATION_HPP

#include <cstddef>
#include <string_view>

#include "detail/chars.hpp"
#include "detail/fault.hpp"
#include "detail/text.hpp"
#include "detail/wire.hpp"

namespace leap {

/// Most bytes in an org name (and in a Leap Connect account).
inline constexpr std::size_t max_org_name_size = 100;
/// Most bytes in a refId, counted before encoding: Leap stores it as `partner_reference`.
inline constexpr std::size_t max_ref_id_size = 255;
/// Most bytes in a whole link: common servers refuse request lines over 8 KiB.
inline constexpr std::size_t max_url_size = 8000;

namespace detail {

// `field` is "org name" for a Direct URL and "account" for a Leap Connect link: the same
// rule, under the name each link gives it.
[[nodiscard]] constexpr Fault check_org_name(std::string_view name, std::string_view field = "org name") noexcept {
  if (name.empty()) return {Errc::invalid_org_name, field, "is empty"};
  if (name.size() > max_org_name_size) {
    return size_fault(Errc::invalid_org_name, field, "is too long", name.size(), max_org_name_size);
  }
  if (!org_name_bytes.contains_all(name)) {
    for (std::size_t i = 0; i < name.size(); ++i) {
      if (!org_name_bytes.contains(name[i])) {
        return byte_fault(Errc::invalid_org_name, field, "is not one of A-Z a-z 0-9 - . _", i, name[i]);
      }
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
    case TextFlaw::control: return byte_fault(code, field, "is a control character", check.offset, s[check.offset]);
    case TextFlaw::bad_utf8:
      return byte_fault(code, field, "starts an ill-formed UTF-8 sequence", check.offset, s[check.offset]);
  }
  return {};
}

// The size rules of a refId: what the builder and the final-redirect reader both refuse.
[[nodiscard]] constexpr Fault check_ref_id_size(std::string_view ref_id) noexcept {
  constexpr std::string_view field = "refId";
  if (ref_id.empty()) return {Errc::invalid_ref_id, field, "is empty (leave it unset to send no refId)"};
  if (ref_id.size() > max_ref_id_size) {
    return size_fault(Errc::ref_id_too_long, field, "is too long", ref_id.size(), max_ref_id_size);
  }
  return {};
}

// A text field's UTF-8 and control rules (docs/rules.md#text), given its scan: plain text
// has nothing to find.
[[nodiscard]] constexpr Fault check_field_text(std::string_view s, const TextScan& scan, Errc code,
                                               std::string_view field) noexcept {
  return scan.plain ? Fault{} : text_fault(s, check_text(s, Controls::refused), code, field);
}

// `scan` is scan_text(ref_id), which the builder also sizes the refId with.
[[nodiscard]] constexpr Fault check_ref_id(std::string_view ref_id, const TextScan& scan) noexcept {
  if (Fault fault = check_ref_id_size(ref_id); fault.failed()) return fault;
  return check_field_text(ref_id, scan, Errc::invalid_ref_id, "refId");
}

// The names the link itself uses for its own parameters, in any ASCII case.
[[nodiscard]] constexpr bool is_reserved_name(std::string_view key) noexcept {
  // Size and first letter first, inline: most keys differ from all three there.
  const auto is = [key](std::string_view name) {
    return key.size() == name.size() && ascii_lower(key[0]) == ascii_lower(name[0]) && iequals(key, name);
  };
  return is(wire::ref_id) || is(wire::ref_id_legacy) || is(wire::redirect_params);
}

[[nodiscard]] constexpr Fault reserved_key_fault() noexcept {
  return {Errc::reserved_param_key, "param key",
          "is reserved: refId, ref-id and additional_redirect_params (in any case) belong to the URL itself"};
}

// The key rules that do not depend on the other params: non-empty, text, not reserved.
// `scan` is scan_text(key).
[[nodiscard]] constexpr Fault check_param_key(std::string_view key, const TextScan& scan) noexcept {
  constexpr std::string_view field = "param key";
  if (key.empty()) return {Errc::invalid_param_key, field, "is empty"};
  if (Fault fault = check_field_text(key, scan, Errc::invalid_param_key, field); fault.failed()) return fault;
  if (is_reserved_name(key)) return reserved_key_fault();
  return {};
}

// `scan` is scan_text(value).
[[nodiscard]] constexpr Fault check_param_value(std::string_view value, const TextScan& scan) noexcept {
  return check_field_text(value, scan, Errc::invalid_param_value, "param value");
}

}  // namespace detail

/// Whether `name` is a valid org name (or Leap Connect account): 1-100 bytes of
/// `A-Z a-z 0-9 - . _`, and not `.` or `..`. Case is kept, never folded. Usable in constant
/// expressions:
///
/// @par Example
/// @code
/// static_assert(leap::is_valid_org_name("ElectricSpaceships"));
/// static_assert(!leap::is_valid_org_name("Electric Spaceships"));
/// @endcode
[[nodiscard]] constexpr bool is_valid_org_name(std::string_view name) noexcept {
  return !detail::check_org_name(name).failed();
}

/// Leap's Meters API advisory: whether a refId can later be used as a `partner_reference`
/// search value, i.e. it is well-formed UTF-8 of 3-256 characters (code points) with none
/// of `/ \ ? [ ] { } ! # $ % ^ & * ( ) < > |`. A refId that fails this still builds; it may
/// just not be searchable later (`docs/rules.md#searchable-refids`).
///
/// @par Example
/// @code
/// leap::is_searchable_ref_id("cust-42")  // true
/// leap::is_searchable_ref_id("cust/42")  // false: contains '/'
/// @endcode
[[nodiscard]] constexpr bool is_searchable_ref_id(std::string_view ref_id) noexcept {
  constexpr std::size_t most_characters = 256;
  if (ref_id.size() > 4 * most_characters) return false;  // more characters than that (UTF-8: 4 bytes at most)
  const std::uint64_t sum = detail::sum_of_bytes(ref_id, detail::search_table.value);  // fields of 16 bits
  const std::uint64_t characters = sum & 0xFFFFU;
  if ((sum >> 32 & 0xFFFFU) != 0 || characters < 3 || characters > most_characters) return false;
  // ASCII is well-formed UTF-8 as it stands.
  return (sum >> 48) == 0 || detail::check_text(ref_id, detail::Controls::allowed).flaw == detail::TextFlaw::none;
}

}  // namespace leap

#endif  // LEAP_VALIDATION_HPP
