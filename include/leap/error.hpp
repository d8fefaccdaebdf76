// SPDX-License-Identifier: MIT
/// @file
/// The error model: `leap::Errc`, its `std::error_category`, and `leap::UrlError`.
#ifndef LEAP_ERROR_HPP
#define LEAP_ERROR_HPP

#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace leap {

/// Why a value was refused. Each enumerator names the field and the rule it broke
/// (SPEC §3, §4, §5). Zero is never used, so a default `std::error_code` means success.
///
/// @par Example
/// @code
/// std::error_code ec;
/// auto url = leap::DirectUrl::make("Bad/Name", leap::Utility::sce, ec);
/// assert(!url && ec == leap::Errc::invalid_org_name);
/// @endcode
enum class Errc {
  invalid_org_name = 1,      ///< org name empty, over 100 bytes, `.`/`..`, or a byte outside `A-Z a-z 0-9 - . _`
  utility_not_available,     ///< the utility does not exist in the chosen environment
  invalid_ref_id,            ///< refId empty, not well-formed UTF-8, or holding a C0 control or DEL
  ref_id_too_long,           ///< refId over 255 bytes
  invalid_param_key,         ///< redirect param key empty, not well-formed UTF-8, or holding a control
  reserved_param_key,        ///< redirect param key is `refId`, `ref-id` or `additional_redirect_params` (any case)
  duplicate_param_key,       ///< redirect param key already present (or two refIds in a final redirect)
  invalid_param_value,       ///< redirect param value not well-formed UTF-8, or holding a control
  url_too_long,              ///< the whole URL would exceed 8,000 bytes
  invalid_url,               ///< not a Direct URL: scheme, host, port, path, query layout or fragment
  invalid_percent_encoding,  ///< a `%` not followed by two hex digits
  unknown_utility,           ///< a utility id (or enum value) that is not one of SPEC §2's
};

/// The enumerator's name, e.g. `"ref_id_too_long"`; empty for a value that is not an
/// enumerator. Stable: suitable for logs and machine-readable output.
[[nodiscard]] constexpr std::string_view errc_name(Errc code) noexcept {
  switch (code) {
    case Errc::invalid_org_name: return "invalid_org_name";
    case Errc::utility_not_available: return "utility_not_available";
    case Errc::invalid_ref_id: return "invalid_ref_id";
    case Errc::ref_id_too_long: return "ref_id_too_long";
    case Errc::invalid_param_key: return "invalid_param_key";
    case Errc::reserved_param_key: return "reserved_param_key";
    case Errc::duplicate_param_key: return "duplicate_param_key";
    case Errc::invalid_param_value: return "invalid_param_value";
    case Errc::url_too_long: return "url_too_long";
    case Errc::invalid_url: return "invalid_url";
    case Errc::invalid_percent_encoding: return "invalid_percent_encoding";
    case Errc::unknown_utility: return "unknown_utility";
  }
  return {};
}

namespace detail {

[[nodiscard]] constexpr std::string_view errc_message(Errc code) noexcept {
  switch (code) {
    case Errc::invalid_org_name: return "invalid org name";
    case Errc::utility_not_available: return "utility not available in this environment";
    case Errc::invalid_ref_id: return "invalid refId";
    case Errc::ref_id_too_long: return "refId longer than 255 bytes";
    case Errc::invalid_param_key: return "invalid redirect param key";
    case Errc::reserved_param_key: return "reserved redirect param key";
    case Errc::duplicate_param_key: return "duplicate redirect param key";
    case Errc::invalid_param_value: return "invalid redirect param value";
    case Errc::url_too_long: return "URL longer than 8000 bytes";
    case Errc::invalid_url: return "not a Leap Direct to Utility URL";
    case Errc::invalid_percent_encoding: return "invalid percent-encoding";
    case Errc::unknown_utility: return "unknown utility";
  }
  return "unknown leap-direct-url error";
}

class ErrorCategory final : public std::error_category {
 public:
  [[nodiscard]] const char* name() const noexcept override { return "leap.direct_url"; }
  [[nodiscard]] std::string message(int value) const override {
    return std::string(errc_message(static_cast<Errc>(value)));
  }
  // Every leap error is a kind of invalid argument, so `ec == std::errc::invalid_argument`
  // holds for generic handlers.
  [[nodiscard]] std::error_condition default_error_condition(int) const noexcept override {
    return std::make_error_condition(std::errc::invalid_argument);
  }
};

}  // namespace detail

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
/// message is safe to log.
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
