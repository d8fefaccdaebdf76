// SPDX-License-Identifier: MIT
/// @file
/// Reading the final redirect that Leap sends back to the partner (`docs/rules.md#final-redirect`).
#ifndef LEAP_FINAL_REDIRECT_HPP
#define LEAP_FINAL_REDIRECT_HPP

#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "detail/chars.hpp"
#include "detail/fault.hpp"
#include "detail/query_reader.hpp"
#include "detail/text.hpp"
#include "detail/wire.hpp"
#include "redirect_param.hpp"
#include "status.hpp"
#include "validation.hpp"

namespace leap {

/// What came back on the final redirect: the refId and the custom params, decoded.
/// Every byte of it came from the open internet: authenticate the user on your own side,
/// bind the redirect to their session (a `state` param you compare with the session), and
/// treat each value as untrusted (escape it before it reaches HTML, SQL, a shell or a log).
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

// What the input to a final-redirect reader is.
enum class RedirectInput : unsigned char {
  url_or_query,  // a full URL, an origin-form path, or a query with or without '?'
  query,         // a bare query, as a server hands it over: every byte belongs to it
};

// The query of `input`, and where it starts in `input`.
[[nodiscard]] constexpr std::pair<std::string_view, std::size_t> redirect_query(std::string_view input,
                                                                                RedirectInput kind) noexcept {
  if (kind == RedirectInput::query) return {input, 0};
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

[[nodiscard]] inline Fault utf8_fault(std::string_view s, Errc code, std::string_view field) noexcept {
  return text_fault(s, check_text(s, Controls::allowed), code, field);
}

// Form-decodes a key or value, checks that it is UTF-8 (a fault with `code` on `name` when
// not), and returns what `take(std::string_view) -> Fault` returns. Plain ASCII with nothing
// to decode, most keys and values, is handed over as it stands.
template <class Take>
[[nodiscard]] Fault read_text(std::string_view raw, std::string_view field, std::size_t offset, Errc code,
                              std::string_view name, Take&& take) {
  if (raw.size() <= short_text_size && classify_raw(raw, Decoding::form) == RawText::plain_ascii) return take(raw);
  Fault result;
  if (Fault f = decode_then(raw, Decoding::form, field, offset,
                            [&](std::string_view text) {
                              result = utf8_fault(text, code, name);
                              if (!result.failed()) result = take(text);
                            });
      f.failed()) {
    return f;
  }
  return result;
}

// The two levels of a final redirect: its own query, where refId and
// additional_redirect_params mean what they mean in a link, and the params expanded from
// additional_redirect_params, where no link built by this library has either.
enum class RedirectLevel : unsigned char { outer, expanded };

// How many parameters `query` can hold at most: one more than its '&'s.
[[nodiscard]] inline std::size_t most_params(std::string_view query) noexcept {
  std::size_t count = 1;
  for (const char *p = query.data(), *end = p + query.size();
       (p = static_cast<const char*>(std::memchr(p, '&', static_cast<std::size_t>(end - p)))) != nullptr; ++p) {
    ++count;
  }
  return count;
}

// Keys and values are decoded on the stack, and each value is made once where it ends (the
// refId, a param); the params' vector is sized once, when the first one comes.
[[nodiscard]] inline Fault read_redirect_params(std::string_view query, std::size_t query_offset,
                                                std::string_view field, RedirectLevel level, FinalRedirect& out) {
  QueryReader reader(query, query_offset, QueryLayout::form, field);
  QueryPart part;
  Fault fault;
  while (reader.next(part, fault)) {
    const std::size_t value_offset = part.offset + part.name.size() + 1;
    const auto read_value = [&](std::string_view key) -> Fault {
      if (level == RedirectLevel::outer && (key == wire::ref_id || key == wire::ref_id_legacy)) {
        if (out.ref_id) {
          return {Errc::duplicate_param_key, field, "holds a second refId; which customer came back is unknown",
                  part.offset};
        }
        Fault f = decode_then(part.value, Decoding::form, field, value_offset,
                              [&out](std::string_view value) { out.ref_id.emplace(value); });
        if (!f.failed()) f = check_ref_id_size(*out.ref_id);
        if (!f.failed()) f = utf8_fault(*out.ref_id, Errc::invalid_ref_id, "refId");
        return f;
      }
      if (level == RedirectLevel::outer && key == wire::redirect_params) {
        std::string inner;
        if (Fault f = decode_to(part.value, Decoding::form, field, value_offset, inner); f.failed()) return f;
        return read_redirect_params(inner, 0, wire::redirect_params, RedirectLevel::expanded, out);
      }
      if (is_reserved_name(key)) {
        return {Errc::reserved_param_key, field,
                level == RedirectLevel::outer
                    ? "is a parameter named like refId, ref-id or additional_redirect_params, but not as Leap spells it"
                    : "is refId, ref-id or additional_redirect_params inside additional_redirect_params, where no "
                      "Leap link has them",
                part.offset};
      }
      if (out.params.capacity() == out.params.size()) {
        out.params.reserve(out.params.size() + most_params(query.substr(part.offset - query_offset)));
      }
      return read_text(part.value, field, value_offset, Errc::invalid_param_value, "param value",
                       [&](std::string_view value) -> Fault {
                         out.params.push_back(RedirectParam{std::string(key), std::string(value)});
                         return {};
                       });
    };
    if (Fault f = read_text(part.name, field, part.offset, Errc::invalid_param_key, "param key", read_value);
        f.failed()) {
      return f;
    }
  }
  return fault;
}

[[nodiscard]] inline auto redirect_reader(std::string_view input, RedirectInput kind) {
  return [input, kind](std::optional<FinalRedirect>& out) {
    const auto [query, offset] = redirect_query(input, kind);
    out.emplace();
    return read_redirect_params(query, offset, "final redirect", RedirectLevel::outer, *out);
  };
}

}  // namespace detail

/// Reads the refId and custom params from the query of Leap's final redirect, exactly as a
/// server hands it over (a CGI `QUERY_STRING`, a framework's raw query string): every byte
/// belongs to the query, so `/x?refId=evil` is one key, `/x?refId`, as browsers'
/// `URLSearchParams` and Python's `parse_qsl` read it. Use this in a request handler.
///
/// `+` and `%XX` are decoded (form decoding). `refId` or the legacy `ref-id` becomes
/// `ref_id`; every other parameter is kept in order, repeats included, and
/// `additional_redirect_params` is expanded in place into the params it carries. Empty
/// parts (`a=1&&b=2`) are skipped; a part without `=` is a key with an empty value.
/// Control characters are kept for you to escape.
///
/// What no link built by this library can bring back is refused: see the exceptions.
/// The input is untrusted: the result says only what the request said. Authenticate the
/// user on your own side and check that the redirect belongs to their session before
/// acting on `ref_id`.
///
/// @par Example
/// @code
/// auto back = leap::parse_redirect_query("refId=123&additional_redirect_params=state%3Dabc");
/// // back.ref_id == "123", back.params == {{"state", "abc"}}
/// @endcode
/// @throws leap::UrlError: `duplicate_param_key` for a second refId (a partner must never
///         guess which customer came back); `invalid_ref_id` for an empty refId or
///         ill-formed UTF-8 in it; `ref_id_too_long` over 255 bytes; `reserved_param_key`
///         for `refId`, `ref-id` or `additional_redirect_params` spelled in another ASCII
///         case, or any of them inside `additional_redirect_params`;
///         `invalid_percent_encoding` for a bad escape; `invalid_param_key`,
///         `invalid_param_value` for ill-formed UTF-8. std::bad_alloc.
[[nodiscard]] inline FinalRedirect parse_redirect_query(std::string_view query) {
  return detail::produce<FinalRedirect>(detail::redirect_reader(query, detail::RedirectInput::query));
}
/// As `parse_redirect_query(query)`, reporting through `ec` (see `leap::Status` for the
/// rule) and returning `std::nullopt` on failure. @throws std::bad_alloc only.
[[nodiscard]] inline std::optional<FinalRedirect> parse_redirect_query(std::string_view query, std::error_code& ec) {
  return detail::produce<FinalRedirect>(detail::redirect_reader(query, detail::RedirectInput::query), ec);
}
/// As `parse_redirect_query(query)`, reporting through `status`. @throws std::bad_alloc only.
[[nodiscard]] inline std::optional<FinalRedirect> parse_redirect_query(std::string_view query, Status& status) {
  return detail::produce<FinalRedirect>(detail::redirect_reader(query, detail::RedirectInput::query), status);
}

/// As `parse_redirect_query`, for a final redirect given as a full URL
/// (`https://partner.example/done?refId=42&state=x`), an origin-form path with a query
/// (`/done?refId=42`), or a query with or without a leading `?`. A fragment is dropped.
/// For tools and logs, where a whole URL is at hand; a request handler, which is given the
/// query, uses `parse_redirect_query`.
///
/// @par Example
/// @code
/// auto back = leap::parse_final_redirect("https://partner.example/done?refId=123&state=abc");
/// // back.ref_id == "123", back.params == {{"state", "abc"}}
/// @endcode
/// @throws the exceptions of `parse_redirect_query`.
[[nodiscard]] inline FinalRedirect parse_final_redirect(std::string_view url_or_query) {
  return detail::produce<FinalRedirect>(detail::redirect_reader(url_or_query, detail::RedirectInput::url_or_query));
}
/// As `parse_final_redirect(url_or_query)`, reporting through `ec` (see `leap::Status`)
/// and returning `std::nullopt` on failure. @throws std::bad_alloc only.
[[nodiscard]] inline std::optional<FinalRedirect> parse_final_redirect(std::string_view url_or_query,
                                                                       std::error_code& ec) {
  return detail::produce<FinalRedirect>(detail::redirect_reader(url_or_query, detail::RedirectInput::url_or_query), ec);
}
/// As `parse_final_redirect(url_or_query)`, reporting through `status`.
/// @throws std::bad_alloc only.
[[nodiscard]] inline std::optional<FinalRedirect> parse_final_redirect(std::string_view url_or_query, Status& status) {
  return detail::produce<FinalRedirect>(detail::redirect_reader(url_or_query, detail::RedirectInput::url_or_query),
                                        status);
}

}  // namespace leap

#endif  // LEAP_FINAL_REDIRECT_HPP
