// SPDX-License-Identifier: MIT
/// @file
/// Reading the final redirect that Leap sends back to the partner (SPEC §5).
#ifndef LEAP_FINAL_REDIRECT_HPP
#define LEAP_FINAL_REDIRECT_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "detail/chars.hpp"
#include "detail/fault.hpp"
#include "detail/query.hpp"
#include "detail/text.hpp"
#include "percent_encoding.hpp"
#include "redirect_param.hpp"

namespace leap {

/// What came back on the final redirect: the refId and the custom params, decoded.
/// Every byte of it came from the open internet: authenticate the user on your own side
/// and treat each value as untrusted (escape it before it reaches HTML, SQL or a shell).
struct FinalRedirect {
  std::optional<std::string> ref_id;  ///< from `refId` (or the legacy `ref-id`), if present
  std::vector<RedirectParam> params;  ///< every other parameter, in order, repeats kept

  /// Equal when the refIds and the params, in order, are equal.
  friend bool operator==(const FinalRedirect& a, const FinalRedirect& b) {
    return a.ref_id == b.ref_id && a.params == b.params;
  }
  /// `!(a == b)`.
  friend bool operator!=(const FinalRedirect& a, const FinalRedirect& b) { return !(a == b); }
};

namespace detail {

[[nodiscard]] constexpr bool starts_with_scheme(std::string_view s) noexcept {
  if (s.empty() || ascii_lower(s[0]) < 'a' || ascii_lower(s[0]) > 'z') return false;
  for (std::size_t i = 1; i < s.size(); ++i) {
    const char c = ascii_lower(s[i]);
    if (c == ':') return s.substr(i, 3) == "://";
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return false;
  }
  return false;
}

// The query of a full URL, a path with a query, or a bare query with or without '?';
// any fragment dropped. Returns the query and its offset in `input`.
[[nodiscard]] constexpr std::pair<std::string_view, std::size_t> redirect_query(std::string_view input) noexcept {
  std::size_t begin = 0;
  if (!input.empty() && (input[0] == '/' || starts_with_scheme(input))) {
    const std::size_t question = input.find('?');
    begin = question == std::string_view::npos ? input.size() : question + 1;
  } else if (!input.empty() && input[0] == '?') {
    begin = 1;
  }
  std::string_view query = input.substr(begin);
  query = query.substr(0, query.find('#'));
  return {query, begin};
}

// Form-decodes `raw` into `out`; a bad escape is a fault on `field` at `offset` + its place.
[[nodiscard]] inline Fault form_decode(std::string_view raw, std::string_view field, std::size_t offset,
                                       std::string& out) {
  const std::size_t bad = find_bad_escape(raw);
  if (bad != npos) return bad_escape_fault(field, offset + bad);
  out.clear();
  decode_append(raw, true, out);
  return {};
}

[[nodiscard]] inline Fault utf8_fault(std::string_view s, Errc code, std::string_view field) noexcept {
  const TextCheck check = check_text(s, false);
  if (check.flaw == TextFlaw::none) return {};
  return {code, field, "starts an ill-formed UTF-8 sequence", check.offset,
          static_cast<unsigned char>(s[check.offset])};
}

// Appends the params of `query` to `out`. `expand` says whether additional_redirect_params
// and refId are special here (the outer level) or plain params (inside the expansion).
[[nodiscard]] inline Fault read_redirect_params(std::string_view query, std::size_t query_offset,
                                                std::string_view field, bool outer, FinalRedirect& out) {
  QueryParts parts(query);
  QueryPart part;
  std::string key;
  std::string value;
  while (parts.next(part)) {
    if (part.name.empty() && !part.has_equals) continue;  // "a=1&&b=2", a trailing '&'
    const std::size_t name_offset = query_offset + part.offset;
    if (Fault f = form_decode(part.name, field, name_offset, key); f.failed()) return f;
    if (Fault f = form_decode(part.value, field, name_offset + part.name.size() + 1, value); f.failed()) return f;
    if (outer && (key == "refId" || key == "ref-id")) {
      if (Fault f = utf8_fault(value, Errc::invalid_ref_id, "refId"); f.failed()) return f;
      if (out.ref_id) {
        return {Errc::duplicate_param_key, field, "holds a second refId; which customer came back is unknown",
                name_offset};
      }
      out.ref_id = value;
    } else if (outer && key == "additional_redirect_params") {
      if (Fault f = read_redirect_params(value, 0, "additional_redirect_params", false, out); f.failed()) return f;
    } else {
      if (Fault f = utf8_fault(key, Errc::invalid_param_key, "param key"); f.failed()) return f;
      if (Fault f = utf8_fault(value, Errc::invalid_param_value, "param value"); f.failed()) return f;
      out.params.push_back(RedirectParam{key, value});
    }
  }
  return {};
}

[[nodiscard]] inline Fault parse_final_redirect(std::string_view input, FinalRedirect& out) {
  const auto [query, offset] = redirect_query(input);
  return read_redirect_params(query, offset, "final redirect", true, out);
}

}  // namespace detail

/// Reads the refId and custom params from Leap's final redirect (SPEC §5).
///
/// `url_or_query` is a full URL (`https://partner.example/done?refId=42&state=x`), a path
/// with a query (`/done?refId=42`), or a bare query with or without `?` (as CGI's
/// `QUERY_STRING`). A fragment is ignored. `+` and `%XX` are decoded (form decoding).
/// `refId` or the legacy `ref-id` becomes `ref_id`; every other parameter is kept in order,
/// repeats included, and `additional_redirect_params` is expanded in place into the params it
/// carries. Empty parts (`a=1&&b=2`) are skipped; a part without `=` is a key with an empty
/// value.
///
/// The input is untrusted: the result says only what the request said. Authenticate the
/// user on your own side before acting on `ref_id`.
///
/// @par Example
/// @code
/// auto back = leap::parse_final_redirect("?refId=123&additional_redirect_params=state%3Dabc");
/// // back.ref_id == "123", back.params == {{"state", "abc"}}
/// @endcode
/// @throws leap::UrlError: `invalid_percent_encoding` for a bad escape; `duplicate_param_key`
///         for a second refId (a partner must never guess which customer came back);
///         `invalid_ref_id`, `invalid_param_key`, `invalid_param_value` for ill-formed UTF-8.
///         std::bad_alloc.
[[nodiscard]] inline FinalRedirect parse_final_redirect(std::string_view url_or_query) {
  FinalRedirect result;
  if (detail::Fault fault = detail::parse_final_redirect(url_or_query, result); fault.failed()) {
    detail::raise(fault);
  }
  return result;
}

/// As `parse_final_redirect(url_or_query)`, but reports errors through `ec` (cleared on
/// success) and returns `std::nullopt` for them.
/// @throws std::bad_alloc only.
[[nodiscard]] inline std::optional<FinalRedirect> parse_final_redirect(std::string_view url_or_query,
                                                                       std::error_code& ec) {
  FinalRedirect result;
  if (!detail::report(detail::parse_final_redirect(url_or_query, result), ec)) return std::nullopt;
  return result;
}

}  // namespace leap

#endif  // LEAP_FINAL_REDIRECT_HPP
