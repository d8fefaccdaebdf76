// SPDX-License-Identifier: MIT
/// @file
/// `leap::ConnectUrl`: a Leap Connect link that is valid by construction.
#ifndef LEAP_CONNECT_URL_HPP
#define LEAP_CONNECT_URL_HPP

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include "connect_options.hpp"
#include "detail/fault.hpp"
#include "detail/link_base.hpp"
#include "detail/link_fields.hpp"
#include "detail/link_kinds.hpp"
#include "detail/link_reader.hpp"
#include "detail/wire.hpp"
#include "error.hpp"
#include "redirect_param.hpp"
#include "status.hpp"
#include "transmission_region.hpp"
#include "validation.hpp"

namespace leap {

namespace detail {
struct LinkReader;
}  // namespace detail

/// A Leap Connect link (`docs/rules.md#leap-connect`), the one Leap recommends for every
/// customer a Direct to Utility URL does not fit:
/// `https://connect.leap.energy?transmissionRegion=<R>[&variant=<V>][&program=<P>]&account=<A>&refId=<refId>&additional_redirect_params=<params>`.
///
/// A value type with the guarantees of `DirectUrl`: every `ConnectUrl` that exists is valid
/// and at most `max_url_size` bytes; a call that fails throws (or reports through its
/// `std::error_code&` or `leap::Status&`) and leaves the object exactly as it was; `str()`
/// allocates once and `write()` never. The refId and custom params work exactly as in a
/// Direct URL (`set_ref_id`, `add_redirect_param`, `clear_ref_id`,
/// `clear_redirect_params`, `ref_id()`, `redirect_params()`). A link names at most one of a
/// variant and a program; with neither, Leap shows its residential flow.
///
/// @par Example
/// @code
/// leap::ConnectUrl url("ElectricSpaceships", leap::TransmissionRegion::caiso);
/// url.set_variant(leap::ConnectVariant::commercial).set_ref_id("123");
/// url.str();  //
/// "https://connect.leap.energy?transmissionRegion=CAISO&variant=COMMERCIAL&account=ElectricSpaceships&refId=123"
/// @endcode
class ConnectUrl : public detail::LinkBase<ConnectUrl> {
 public:
  /// Starts a link for `account` (the partner account name, the org name of a Direct URL)
  /// in `region`.
  ///
  /// @throws leap::UrlError: `invalid_org_name` unless `account` is 1-100 bytes of
  ///         `A-Z a-z 0-9 - . _` other than `.` and `..`; `unknown_region` for a value that
  ///         is not a `TransmissionRegion` enumerator. std::bad_alloc.
  ConnectUrl(std::string_view account, TransmissionRegion region) : options_{region, std::nullopt, std::nullopt} {
    detail::change([&] { return check_identity(account, region); });
    detail::lay_out_connect(fields_, account, options_);  // the fields made in place
  }

  /// As the constructor, but reports errors through `ec` and returns `std::nullopt` for them.
  /// @throws std::bad_alloc only.
  [[nodiscard]] static std::optional<ConnectUrl> make(std::string_view account, TransmissionRegion region,
                                                      std::error_code& ec) {
    return detail::produce<ConnectUrl>([&](auto& out) { return make_into(out, account, region); }, ec);
  }
  /// As the constructor, with the full diagnostic in `status`.
  /// @throws std::bad_alloc only.
  [[nodiscard]] static std::optional<ConnectUrl> make(std::string_view account, TransmissionRegion region,
                                                      Status& status) {
    return detail::produce<ConnectUrl>([&](auto& out) { return make_into(out, account, region); }, status);
  }

  /// Sets the variant, replacing any earlier one.
  ///
  /// @throws leap::UrlError: `variant_not_available` when the link has a program, when the
  ///         variant is not offered in the link's region (the agreements-only variants are
  ///         PJM-only) or is not a `ConnectVariant` enumerator; `url_too_long`.
  ///         std::bad_alloc. On any of them `*this` is unchanged.
  ConnectUrl& set_variant(ConnectVariant variant) {
    detail::change([&] { return set_options(variant, options_.program); });
    return *this;
  }
  /// As `set_variant(variant)`, reporting through `ec` (see `leap::Status`).
  /// @throws std::bad_alloc only.
  ConnectUrl& set_variant(ConnectVariant variant, std::error_code& ec) {
    detail::change([&] { return set_options(variant, options_.program); }, ec);
    return *this;
  }
  /// As `set_variant(variant)`, reporting through `status`. @throws std::bad_alloc only.
  ConnectUrl& set_variant(ConnectVariant variant, Status& status) {
    detail::change([&] { return set_options(variant, options_.program); }, status);
    return *this;
  }
  /// Removes the variant, if any.
  ConnectUrl& clear_variant() noexcept {
    apply_options({options_.region, std::nullopt, options_.program});  // shrinks: never allocates
    return *this;
  }

  /// Sets the program, replacing any earlier one; needed in the territories of Puget
  /// Sound Energy and Salt River Project.
  ///
  /// @throws leap::UrlError: `variant_not_available` when the link has a variant or the
  ///         value is not a `ConnectProgram` enumerator; `url_too_long`. std::bad_alloc.
  ///         On any of them `*this` is unchanged.
  ConnectUrl& set_program(ConnectProgram program) {
    detail::change([&] { return set_options(options_.variant, program); });
    return *this;
  }
  /// As `set_program(program)`, reporting through `ec` (see `leap::Status`).
  /// @throws std::bad_alloc only.
  ConnectUrl& set_program(ConnectProgram program, std::error_code& ec) {
    detail::change([&] { return set_options(options_.variant, program); }, ec);
    return *this;
  }
  /// As `set_program(program)`, reporting through `status`. @throws std::bad_alloc only.
  ConnectUrl& set_program(ConnectProgram program, Status& status) {
    detail::change([&] { return set_options(options_.variant, program); }, status);
    return *this;
  }
  /// Removes the program, if any.
  ConnectUrl& clear_program() noexcept {
    apply_options({options_.region, options_.variant, std::nullopt});  // shrinks: never allocates
    return *this;
  }

  /// The partner account name, exactly as given.
  [[nodiscard]] std::string_view account() const noexcept { return fields_.name(); }
  /// The transmission region.
  [[nodiscard]] TransmissionRegion region() const noexcept { return options_.region; }
  /// The variant, if one is set (Leap's default, residential, when neither it nor a program is).
  [[nodiscard]] std::optional<ConnectVariant> variant() const noexcept { return options_.variant; }
  /// The program, if one is set.
  [[nodiscard]] std::optional<ConnectProgram> program() const noexcept { return options_.program; }

  /// Reads a Leap Connect link back (`docs/rules.md#reading-links`). Accepts what `str()`
  /// emits, with its parameters in any order, plus: scheme and host in any case, a `/`
  /// before `?`, lower-case hex escapes, `+` for space (in the query and again inside the
  /// params), the legacy `ref-id` spelling of `refId`, and RFC 3986 query characters left
  /// unescaped. `parse(url.str()) == url`, and `parse(s).str()` is canonical.
  ///
  /// @par Example
  /// @code
  /// auto url = leap::ConnectUrl::parse("https://connect.leap.energy?transmissionRegion=NYISO&account=Acme&refId=7");
  /// url.region();  // leap::TransmissionRegion::nyiso
  /// @endcode
  /// @throws leap::UrlError: `invalid_url` for another scheme or host, a port, user info, a
  ///         fragment, a path, an unknown or repeated parameter, a missing
  ///         `transmissionRegion` or `account`, a region, variant or program other than the
  ///         exact upper-case ids, or a byte not allowed in a query;
  ///         `invalid_percent_encoding`; `variant_not_available`; and every field error of
  ///         the constructor, `set_ref_id` and `add_redirect_param`. std::bad_alloc.
  [[nodiscard]] static ConnectUrl parse(std::string_view url) {
    return read_or_throw([url](ConnectUrl& link) { return link.read(url); });
  }
  /// As `parse(url)`, reporting through `ec` and returning `std::nullopt` on failure.
  /// @throws std::bad_alloc only.
  [[nodiscard]] static std::optional<ConnectUrl> parse(std::string_view url, std::error_code& ec) {
    return read_or_report([url](ConnectUrl& link) { return link.read(url); }, ec);
  }
  /// As `parse(url)`, reporting through `status` and returning `std::nullopt` on failure.
  /// @throws std::bad_alloc only.
  [[nodiscard]] static std::optional<ConnectUrl> parse(std::string_view url, Status& status) {
    return read_or_report([url](ConnectUrl& link) { return link.read(url); }, status);
  }

  /// Equal when every field is equal (account byte for byte, region, variant, program,
  /// refId, and params in order); equal links serialize to equal strings.
  friend bool operator==(const ConnectUrl& a, const ConnectUrl& b) noexcept {
    return a.options_ == b.options_ && a.fields_ == b.fields_;
  }
  /// `!(a == b)`.
  friend bool operator!=(const ConnectUrl& a, const ConnectUrl& b) noexcept { return !(a == b); }

 private:
  friend class detail::LinkBase<ConnectUrl>;
  friend struct detail::LinkReader;
  friend struct std::hash<ConnectUrl>;

  static constexpr char query_separator = '&';

  ConnectUrl(detail::LinkFields fields, const detail::ConnectOptions& options) noexcept
      : LinkBase(std::move(fields)), options_(options) {}

  [[nodiscard]] static constexpr detail::Fault check_identity(std::string_view account,
                                                              TransmissionRegion region) noexcept {
    if (detail::Fault fault = detail::check_org_name(account, detail::wire::account); fault.failed()) return fault;
    return detail::check_connect_options({region, std::nullopt, std::nullopt});
  }

  static detail::LinkFields fields_of(std::string_view account, TransmissionRegion region) {
    detail::LinkFields fields;
    detail::lay_out_connect(fields, account, {region, std::nullopt, std::nullopt});
    return fields;
  }

  static detail::Fault make_into(std::optional<ConnectUrl>& out, std::string_view account, TransmissionRegion region) {
    const detail::Fault fault = check_identity(account, region);
    if (!fault.failed()) out.emplace(ConnectUrl(fields_of(account, region), {region, std::nullopt, std::nullopt}));
    return fault;
  }

  // A link with no fields, about to be read in place by read().
  struct Blank {};
  explicit ConnectUrl(Blank) noexcept {}

  // Reads `url` into this link, made blank: its fields go straight into place.
  detail::Fault read(std::string_view url) {
    return detail::read_connect_url(url, [this](const detail::ConnectOptions& options) -> detail::LinkFields& {
      detail::lay_out_connect_prefix(fields_, options);
      options_ = options;
      return fields_;
    });
  }

  // The variant and program as they would become: checked together, with the new size.
  detail::Fault set_options(std::optional<ConnectVariant> variant, std::optional<ConnectProgram> program) {
    const detail::ConnectOptions options{options_.region, variant, program};
    if (detail::Fault fault = detail::check_connect_options(options); fault.failed()) return fault;
    const std::size_t fixed_size = detail::connect_fixed_size(fields_.name(), options);
    const std::size_t size = detail::LinkFields::link_size(fixed_size, fields_.query_size());
    if (size > max_url_size) return detail::too_long(size);
    apply_options(options);
    return {};
  }

  // Rewrites the fixed part's options (checked) before the account. Strong; a shorter part
  // never allocates.
  void apply_options(const detail::ConnectOptions& options) {
    char prefix[detail::max_connect_prefix_size + detail::connect_prefix_slack];
    const char* end = detail::write_connect_prefix(prefix, options);
    fields_.replace_prefix({prefix, static_cast<std::size_t>(end - prefix)});
    options_ = options;
  }

  detail::ConnectOptions options_;
};

/// `url.str()`.
/// @throws std::bad_alloc only.
[[nodiscard]] inline std::string to_string(const ConnectUrl& url) { return url.str(); }

/// Writes `url.str()` to a character stream (this header includes only `<iosfwd>`).
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const ConnectUrl& url) {
  return os << url.str();
}

}  // namespace leap

namespace std {
/// Hashes every field that `==` compares, so equal links hash equal.
template <>
struct hash<leap::ConnectUrl> {
  /// The hash of `url`.
  [[nodiscard]] std::size_t operator()(const leap::ConnectUrl& url) const noexcept {
    const leap::detail::ConnectOptions& options = url.options_;
    const std::size_t variant = options.variant ? static_cast<std::size_t>(*options.variant) + 1 : 0;
    const std::size_t program = options.program ? static_cast<std::size_t>(*options.program) + 1 : 0;
    return url.fields_.hash() ^ ((static_cast<std::size_t>(options.region) * 31 + variant) * 31 + program);
  }
};
}  // namespace std

#endif  // LEAP_CONNECT_URL_HPP
