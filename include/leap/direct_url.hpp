// SPDX-License-Identifier: MIT
/// @file
/// `leap::DirectUrl`: a Leap "Direct to Utility" URL that is valid by construction.
///
/// For code written against 0.1, this header still includes every public header; new code
/// includes `<leap/leap.hpp>`.
#ifndef LEAP_DIRECT_URL_HPP
#define LEAP_DIRECT_URL_HPP

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include "detail/fault.hpp"
#include "detail/link_base.hpp"
#include "detail/link_fields.hpp"
#include "detail/link_kinds.hpp"
#include "detail/link_reader.hpp"
#include "environment.hpp"
#include "error.hpp"
#include "redirect_param.hpp"
#include "status.hpp"
#include "utility.hpp"
#include "validation.hpp"
#include "version.hpp"

namespace leap {

namespace detail {
struct LinkReader;
}  // namespace detail

/// A Leap Direct to Utility URL (`docs/rules.md#direct-url`):
/// `https://www.addleap.com/<org-name>/<utility-id>/getting-started?refId=<refId>&additional_redirect_params=<params>`.
///
/// A value type. Every `DirectUrl` that exists is valid and serializes to at most
/// `max_url_size` bytes: fields are checked when they enter, and a call that fails throws
/// (or reports through its `std::error_code&` or `leap::Status&`) and leaves the object
/// exactly as it was.
///
/// @par Example
/// @code
/// leap::DirectUrl url("ElectricSpaceships", leap::Utility::sce);
/// url.set_ref_id("123");
/// url.str();  // "https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=123"
/// @endcode
///
/// The refId and custom params are set with `set_ref_id`, `add_redirect_param`,
/// `clear_ref_id` and `clear_redirect_params`, read with `ref_id()` and `redirect_params()`,
/// and the URL comes out of `str()`, `write()` (no allocation) or `size()`: the members it
/// shares with `leap::ConnectUrl`, through a common base.
///
/// Each throwing call has non-throwing overloads taking `std::error_code&` or
/// `leap::Status&` last; those follow `leap::Status`'s rule (a slot that already holds an
/// error makes the call do nothing), work under `-fno-exceptions` and throw at most
/// `std::bad_alloc`. Observers are `noexcept` and return views into the object, valid
/// until it is changed or destroyed.
class DirectUrl : public detail::LinkBase<DirectUrl> {
 public:
  /// Starts a URL for `org_name` (the partner name of your Leap tenant) and `utility`.
  ///
  /// @throws leap::UrlError: `invalid_org_name` unless `org_name` is 1-100 bytes of
  ///         `A-Z a-z 0-9 - . _` other than `.` and `..`; `unknown_utility` for a value that
  ///         is not a `Utility` enumerator; `utility_not_available` for a staging test utility
  ///         in production or an `environment` that is not an enumerator. std::bad_alloc.
  DirectUrl(std::string_view org_name, Utility utility, Environment environment = Environment::production)
      : utility_(utility), environment_(environment) {
    detail::change([&] { return detail::check_direct_identity(org_name, utility, environment); });
    detail::lay_out_direct(fields_, org_name, utility, environment);  // the fields made in place
  }

  /// As the constructor, but reports errors through `ec` and returns `std::nullopt` for them.
  /// @throws std::bad_alloc only.
  [[nodiscard]] static std::optional<DirectUrl> make(std::string_view org_name, Utility utility,
                                                     Environment environment, std::error_code& ec) {
    return detail::produce<DirectUrl>([&](auto& out) { return make_into(out, org_name, utility, environment); }, ec);
  }
  /// As the constructor, with the full diagnostic in `status`.
  /// @throws std::bad_alloc only.
  [[nodiscard]] static std::optional<DirectUrl> make(std::string_view org_name, Utility utility,
                                                     Environment environment, Status& status) {
    return detail::produce<DirectUrl>([&](auto& out) { return make_into(out, org_name, utility, environment); },
                                      status);
  }
  /// `make(org_name, utility, Environment::production, ec)`.
  [[nodiscard]] static std::optional<DirectUrl> make(std::string_view org_name, Utility utility, std::error_code& ec) {
    return make(org_name, utility, Environment::production, ec);
  }
  /// `make(org_name, utility, Environment::production, status)`.
  [[nodiscard]] static std::optional<DirectUrl> make(std::string_view org_name, Utility utility, Status& status) {
    return make(org_name, utility, Environment::production, status);
  }

  /// The org name, exactly as given.
  [[nodiscard]] std::string_view org_name() const noexcept { return fields_.name(); }
  /// The utility.
  [[nodiscard]] Utility utility() const noexcept { return utility_; }
  /// The environment (production unless chosen otherwise).
  [[nodiscard]] Environment environment() const noexcept { return environment_; }
  /// Reads a Direct URL back (`docs/rules.md#reading-links`). Accepts what `str()` emits,
  /// plus: the bare host `addleap.com`, scheme and host in any case, lower-case hex escapes,
  /// `+` for space (in the query and again inside the params), the legacy `ref-id` spelling
  /// of `refId`, and RFC 3986 query characters left unescaped (such as `~` from Python's
  /// `urlencode`). `parse(url.str()) == url`, and `parse(s).str()` is canonical.
  ///
  /// @par Example
  /// @code
  /// auto url = leap::DirectUrl::parse("https://addleap.com/ElectricSpaceships/sce/getting-started?refId=123");
  /// url.ref_id();  // "123"
  /// @endcode
  /// @throws leap::UrlError: `invalid_url` for another scheme or host, a port, user info, a
  ///         fragment, a path other than `/<org>/<utility>/getting-started`, an unknown,
  ///         repeated or misplaced query parameter, or a byte not allowed in a query;
  ///         `invalid_percent_encoding` for a bad escape; `unknown_utility`; and every field
  ///         error of the constructor, `set_ref_id` and `add_redirect_param`. std::bad_alloc.
  [[nodiscard]] static DirectUrl parse(std::string_view url) {
    return read_or_throw([url](DirectUrl& link) { return link.read(url); });
  }
  /// As `parse(url)`, reporting through `ec` and returning `std::nullopt` on failure.
  /// @throws std::bad_alloc only.
  [[nodiscard]] static std::optional<DirectUrl> parse(std::string_view url, std::error_code& ec) {
    return read_or_report([url](DirectUrl& link) { return link.read(url); }, ec);
  }
  /// As `parse(url)`, reporting through `status` and returning `std::nullopt` on failure.
  /// @throws std::bad_alloc only.
  [[nodiscard]] static std::optional<DirectUrl> parse(std::string_view url, Status& status) {
    return read_or_report([url](DirectUrl& link) { return link.read(url); }, status);
  }

  /// Equal when every field is equal (org name byte for byte, utility, environment, refId,
  /// and params in order); equal URLs serialize to equal strings.
  friend bool operator==(const DirectUrl& a, const DirectUrl& b) noexcept {
    return a.utility_ == b.utility_ && a.environment_ == b.environment_ && a.fields_ == b.fields_;
  }
  /// `!(a == b)`.
  friend bool operator!=(const DirectUrl& a, const DirectUrl& b) noexcept { return !(a == b); }

 private:
  friend class detail::LinkBase<DirectUrl>;
  friend struct detail::LinkReader;
  friend struct std::hash<DirectUrl>;

  static constexpr char query_separator = '?';

  DirectUrl(detail::LinkFields fields, Utility utility, Environment environment) noexcept
      : LinkBase(std::move(fields)), utility_(utility), environment_(environment) {}

  static detail::LinkFields fields_of(std::string_view org_name, Utility utility, Environment environment) {
    detail::LinkFields fields;
    detail::lay_out_direct(fields, org_name, utility, environment);
    return fields;
  }

  static detail::Fault make_into(std::optional<DirectUrl>& out, std::string_view org_name, Utility utility,
                                 Environment environment) {
    const detail::Fault fault = detail::check_direct_identity(org_name, utility, environment);
    if (!fault.failed()) out.emplace(DirectUrl(fields_of(org_name, utility, environment), utility, environment));
    return fault;
  }

  // A link with no fields, about to be read in place by read().
  struct Blank {};
  explicit DirectUrl(Blank) noexcept : utility_(), environment_() {}

  // Reads `url` into this link, made blank: its fields go straight into place.
  detail::Fault read(std::string_view url) {
    return detail::read_direct_url(
        url, [this](std::string_view org_name, Utility utility, Environment environment) -> detail::LinkFields& {
          detail::lay_out_direct(fields_, org_name, utility, environment);
          utility_ = utility;
          environment_ = environment;
          return fields_;
        });
  }

  Utility utility_;
  Environment environment_;
};

/// `url.str()`.
/// @throws std::bad_alloc only.
[[nodiscard]] inline std::string to_string(const DirectUrl& url) { return url.str(); }

/// Writes `url.str()` to a character stream. Declared with `<iosfwd>` only: the core header
/// does not pull in `<ostream>`; include it yourself where you stream.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const DirectUrl& url) {
  return os << url.str();
}

}  // namespace leap

namespace std {
/// Hashes every field that `==` compares, so equal URLs hash equal.
template <>
struct hash<leap::DirectUrl> {
  /// The hash of `url`.
  [[nodiscard]] std::size_t operator()(const leap::DirectUrl& url) const noexcept {
    return url.fields_.hash() ^
           (static_cast<std::size_t>(url.utility_) * 131 + static_cast<std::size_t>(url.environment_));
  }
};
}  // namespace std

// Compatibility: 0.1's only header gave every name. New code includes <leap/leap.hpp>.
#include "leap.hpp"

#endif  // LEAP_DIRECT_URL_HPP
