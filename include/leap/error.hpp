// SPDX-License-Identifier: MIT
/// @file
/// The error model: `leap::Errc`, its `std::error_category`, and `leap::UrlError`.
#ifndef LEAP_ERROR_HPP
#define LEAP_ERROR_HPP

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace leap {

/// Why a value was refused. Each enumerator names the field and the rule it broke (the
/// rules are in `docs/rules.md`). Zero is never used, so a default `std::error_code` means
/// success.
///
/// @par Example
/// @code
/// std::error_code ec;
/// auto url = leap::DirectUrl::make("Bad/Name", leap::Utility::sce, ec);
/// assert(!url && ec == leap::Errc::invalid_org_name);
/// @endcode
enum class Errc {
  invalid_org_name =
      1,  ///< org name (or Connect account) empty, over 100 bytes, `.`/`..`, or a byte outside `A-Z a-z 0-9 - . _`
  utility_not_available,  ///< the utility does not exist in the chosen environment (or the environment does not exist)
  invalid_ref_id,         ///< refId empty, not well-formed UTF-8, or holding a C0 control or DEL
  ref_id_too_long,        ///< refId over 255 bytes
  invalid_param_key,      ///< redirect param key empty, not well-formed UTF-8, or holding a control
  reserved_param_key,     ///< redirect param key is `refId`, `ref-id` or `additional_redirect_params` (any case)
  duplicate_param_key,    ///< redirect param key already present (or two refIds in a final redirect)
  invalid_param_value,    ///< redirect param value not well-formed UTF-8, or holding a control
  url_too_long,           ///< the whole URL would exceed 8,000 bytes
  invalid_url,            ///< not a Leap link: scheme, host, port, path, query layout or fragment
  invalid_percent_encoding,  ///< a `%` not followed by two hex digits
  unknown_utility,           ///< a utility id, or `Utility` value, that does not exist
  variant_not_available,  ///< a Leap Connect variant or program not offered here (region, both set, or no such value)
  unknown_region,         ///< a `TransmissionRegion` value that is not one of its enumerators
};

namespace detail {

struct ErrcText {
  std::string_view name;
  std::string_view message;
};

// Indexed by the Errc value: each enumerator's name and its short message.
inline constexpr ErrcText errc_texts[] = {
    {{}, "unknown leap-direct-url error"},
    {"invalid_org_name", "invalid org name"},
    {"utility_not_available", "utility not available in this environment"},
    {"invalid_ref_id", "invalid refId"},
    {"ref_id_too_long", "refId longer than 255 bytes"},
    {"invalid_param_key", "invalid redirect param key"},
    {"reserved_param_key", "reserved redirect param key"},
    {"duplicate_param_key", "duplicate redirect param key"},
    {"invalid_param_value", "invalid redirect param value"},
    {"url_too_long", "URL longer than 8000 bytes"},
    {"invalid_url", "not a Leap link"},
    {"invalid_percent_encoding", "invalid percent-encoding"},
    {"unknown_utility", "unknown utility"},
    {"variant_not_available", "Leap Connect variant or program not available"},
    {"unknown_region", "unknown transmission region"},
};
static_assert(std::size(errc_texts) == static_cast<std::size_t>(Errc::unknown_region) + 1,
              "every Errc needs its row in errc_texts");

[[nodiscard]] constexpr const ErrcText& errc_text(int value) noexcept {
  const bool known = value > 0 && static_cast<std::size_t>(value) < std::size(errc_texts);
  return errc_texts[known ? static_cast<std::size_t>(value) : 0];
}

class ErrorCategory final : public std::error_category {
 public:
  [[nodiscard]] const char* name() const noexcept override { return "leap.direct_url"; }
  [[nodiscard]] std::string message(int value) const override { return std::string(errc_text(value).message); }
  // Every leap error is a kind of invalid argument, so `ec == std::errc::invalid_argument`
  // holds for generic handlers.
  [[nodiscard]] std::error_condition default_error_condition(int) const noexcept override {
    return std::make_error_condition(std::errc::invalid_argument);
  }
};

}  // namespace detail

/// The enumerator's name, e.g. `"ref_id_too_long"`; empty for a value that is not an
/// enumerator. Stable: suitable for logs and machine-readable output.
[[nodiscard]] constexpr std::string_view errc_name(Errc code) noexcept {
  return detail::errc_text(static_cast<int>(code)).name;
}

/// The category of every `leap::Errc`; its `name()` is `"leap.direct_url"`.
[[nodiscard]] inline const std::error_category& error_category() noexcept {
  static const detail::ErrorCategory category;
  return category;
}

/// Makes `std::error_code` from `leap::Errc` (found by ADL, so `ec == leap::Errc::x` works).
[[nodiscard]] inline std::error_code make_error_code(Errc code) noexcept {
  return {static_cast<int>(code), error_category()};
}

/// The exception thrown by every throwing leap-direct-url call.
///
/// `code()` holds a `leap::Errc` in `leap::error_category()`. `what()` names the field, the
/// reason and, where one applies, the byte offset of the first offending byte, counted from
/// the start of that field (or of the URL, for a field-less `invalid_url`), for example
/// `refId: byte 17 is a control character (0x0A)`. Values are never echoed back, so the
/// message is safe to log. The non-throwing calls give the same text through `leap::Status`.
class UrlError : public std::system_error {
 public:
  /// @throws std::bad_alloc when the message cannot be copied.
  UrlError(Errc code, const std::string& message)
      : std::system_error(make_error_code(code), message), message_(message) {}

  /// The field, reason and offset, without the category's generic text.
  [[nodiscard]] const char* what() const noexcept override { return message_.what(); }

  /// `code()` as a `leap::Errc`.
  [[nodiscard]] Errc errc() const noexcept { return static_cast<Errc>(code().value()); }

 private:
  std::runtime_error message_;  // reference-counted: copying an exception must not throw
};

}  // namespace leap

namespace std {
template <>
struct is_error_code_enum<leap::Errc> : true_type {};
}  // namespace std

#endif  // LEAP_ERROR_HPP
