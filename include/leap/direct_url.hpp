// SPDX-License-Identifier: MIT
/// @file
/// `leap::DirectUrl`: a Leap "Direct to Utility" URL that is valid by construction.
/// This is the umbrella header: it includes every public leap-direct-url header.
#ifndef LEAP_DIRECT_URL_HPP
#define LEAP_DIRECT_URL_HPP

/// Major version: changes that break the API (while 0, a minor version may too).
#define LEAP_DIRECT_URL_VERSION_MAJOR 0
/// Minor version: new features.
#define LEAP_DIRECT_URL_VERSION_MINOR 1
/// Patch version: fixes.
#define LEAP_DIRECT_URL_VERSION_PATCH 0
/// The version as one number, MAJOR * 10000 + MINOR * 100 + PATCH.
#define LEAP_DIRECT_URL_VERSION \
  (LEAP_DIRECT_URL_VERSION_MAJOR * 10000 + LEAP_DIRECT_URL_VERSION_MINOR * 100 + LEAP_DIRECT_URL_VERSION_PATCH)

#include <cstddef>
#include <cstring>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "config.hpp"
#include "customer_class.hpp"
#include "detail/chars.hpp"
#include "detail/fault.hpp"
#include "detail/query.hpp"
#include "error.hpp"
#include "final_redirect.hpp"
#include "percent_encoding.hpp"
#include "redirect_param.hpp"
#include "utility.hpp"
#include "validation.hpp"

namespace leap {

/// A Leap Direct to Utility URL (SPEC §1):
/// `https://www.addleap.com/<org-name>/<utility-id>/getting-started?refId=<refId>&additional_redirect_params=<params>`.
///
/// A value type. Every `DirectUrl` that exists is valid and serializes to at most
/// `max_url_size` bytes: fields are checked when they enter, and a call that fails throws
/// (or sets its `std::error_code&`) and leaves the object exactly as it was.
///
/// @par Example
/// @code
/// leap::DirectUrl url("ElectricSpaceships", leap::Utility::sce);
/// url.set_ref_id("123");
/// url.str();  // "https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=123"
/// @endcode
///
/// Each throwing call has a non-throwing overload taking `std::error_code&` last, in the
/// manner of `std::filesystem`; those work under `-fno-exceptions` and throw at most
/// `std::bad_alloc`. Observers are `noexcept` and return views into the object, valid until
/// it is changed or destroyed.
class DirectUrl {
 public:
  /// Starts a URL for `org_name` (the partner name of your Leap tenant) and `utility`.
  ///
  /// @throws leap::UrlError: `invalid_org_name` unless `org_name` is 1-100 bytes of
  ///         `A-Z a-z 0-9 - . _` other than `.` and `..`; `unknown_utility` for a value that
  ///         is not a `Utility` enumerator; `utility_not_available` for a staging test utility
  ///         in production or an `environment` that is not an enumerator. std::bad_alloc.
  DirectUrl(std::string_view org_name, Utility utility, Environment environment = Environment::production)
      : org_name_(checked(org_name, utility, environment)),
        utility_(utility),
        environment_(environment),
        size_(path_size()) {}

  /// Copies every field. @throws std::bad_alloc only.
  DirectUrl(const DirectUrl&) = default;
  /// Moves every field; never throws.
  DirectUrl(DirectUrl&&) noexcept = default;
  /// Moves every field; never throws.
  DirectUrl& operator=(DirectUrl&&) noexcept = default;
  ~DirectUrl() = default;

  /// Copies every field, all or nothing: the copy is made first and then moved in, so a
  /// `std::bad_alloc` leaves `*this` as it was (member-wise assignment could not promise that).
  DirectUrl& operator=(const DirectUrl& other) {
    if (this != &other) {
      DirectUrl copy(other);
      *this = std::move(copy);
    }
    return *this;
  }

  /// As the constructor, but reports errors through `ec` (cleared on success) and returns
  /// `std::nullopt` for them.
  /// @throws std::bad_alloc only.
  [[nodiscard]] static std::optional<DirectUrl> make(std::string_view org_name, Utility utility,
                                                     Environment environment, std::error_code& ec) {
    if (!detail::report(check_identity(org_name, utility, environment), ec)) return std::nullopt;
    return DirectUrl(Trusted{}, org_name, utility, environment);
  }

  /// `make(org_name, utility, Environment::production, ec)`.
  [[nodiscard]] static std::optional<DirectUrl> make(std::string_view org_name, Utility utility, std::error_code& ec) {
    return make(org_name, utility, Environment::production, ec);
  }

  /// Sets the refId, Leap's `partner_reference` for this customer, replacing any earlier one.
  /// It is sent percent-encoded; pass it unencoded.
  ///
  /// @throws leap::UrlError: `invalid_ref_id` when empty, not well-formed UTF-8, or holding a
  ///         C0 control or DEL; `ref_id_too_long` when over 255 bytes; `url_too_long` when
  ///         the URL would exceed 8,000 bytes. std::bad_alloc. On any of them `*this` is
  ///         unchanged.
  DirectUrl& set_ref_id(std::string_view ref_id) {
    std::size_t new_size = 0;
    if (detail::Fault fault = check_new_ref_id(ref_id, new_size); fault.failed()) detail::raise(fault);
    store_ref_id(ref_id, new_size);
    return *this;
  }

  /// As `set_ref_id(ref_id)`, but reports errors through `ec` (cleared on success).
  /// @throws std::bad_alloc only; `*this` is unchanged on any failure.
  DirectUrl& set_ref_id(std::string_view ref_id, std::error_code& ec) {
    std::size_t new_size = 0;
    if (detail::report(check_new_ref_id(ref_id, new_size), ec)) store_ref_id(ref_id, new_size);
    return *this;
  }

  /// Removes the refId, if any.
  DirectUrl& clear_ref_id() noexcept {
    if (ref_id_) size_ -= ref_id_part_size(*ref_id_);
    ref_id_.reset();
    return *this;
  }

  /// Appends a custom parameter that Leap restores on the final redirect (SPEC §1: keys and
  /// values are encoded, then the whole list is encoded again into
  /// `additional_redirect_params`). Pass them unencoded; order is kept.
  ///
  /// @throws leap::UrlError: `invalid_param_key` for an empty key, ill-formed UTF-8 or a
  ///         control; `reserved_param_key` for `refId`, `ref-id`, `additional_redirect_params`
  ///         in any ASCII case; `duplicate_param_key` for a key already added;
  ///         `invalid_param_value` for ill-formed UTF-8 or a control; `url_too_long` when the
  ///         URL would exceed 8,000 bytes. std::bad_alloc. On any of them `*this` is unchanged.
  DirectUrl& add_redirect_param(std::string_view key, std::string_view value) {
    std::size_t new_size = 0;
    if (detail::Fault fault = check_new_param(key, value, new_size); fault.failed()) detail::raise(fault);
    store_param(key, value, new_size);
    return *this;
  }

  /// As `add_redirect_param(key, value)`, but reports errors through `ec` (cleared on success).
  /// @throws std::bad_alloc only; `*this` is unchanged on any failure.
  DirectUrl& add_redirect_param(std::string_view key, std::string_view value, std::error_code& ec) {
    std::size_t new_size = 0;
    if (detail::report(check_new_param(key, value, new_size), ec)) store_param(key, value, new_size);
    return *this;
  }

  /// Removes every custom parameter.
  DirectUrl& clear_redirect_params() noexcept {
    params_.clear();
    size_ = path_size() + (ref_id_ ? ref_id_part_size(*ref_id_) : 0);
    return *this;
  }

  /// The org name, exactly as given.
  [[nodiscard]] std::string_view org_name() const noexcept { return org_name_; }
  /// The utility.
  [[nodiscard]] Utility utility() const noexcept { return utility_; }
  /// The environment (production unless chosen otherwise).
  [[nodiscard]] Environment environment() const noexcept { return environment_; }
  /// The refId, unencoded, if one is set.
  [[nodiscard]] std::optional<std::string_view> ref_id() const noexcept {
    if (!ref_id_) return std::nullopt;
    return std::string_view(*ref_id_);
  }
  /// The custom parameters, unencoded, in the order added.
  [[nodiscard]] const std::vector<RedirectParam>& redirect_params() const noexcept { return params_; }

  /// The exact length of `str()`; kept up to date by every change, so this is O(1).
  [[nodiscard]] std::size_t size() const noexcept { return size_; }

  /// The URL, with one exact-size allocation.
  /// @throws std::bad_alloc only.
  [[nodiscard]] std::string str() const {
    std::string out(size_, '\0');
    write_unchecked(out.data());
    return out;
  }

  /// Writes the URL to `dest` without allocating, when it fits.
  ///
  /// @return the number of bytes written, `size()`; or 0, with nothing written, when
  ///         `capacity < size()`. Never writes past `dest + capacity`; writes no NUL.
  ///
  /// @par Example
  /// @code
  /// char buffer[leap::max_url_size];
  /// std::size_t n = url.write(buffer, sizeof buffer);  // always fits max_url_size
  /// @endcode
  [[nodiscard]] std::size_t write(char* dest, std::size_t capacity) const noexcept {
    if (size_ > capacity) return 0;
    write_unchecked(dest);
    return size_;
  }

  /// Reads a Direct URL back (SPEC §4). Accepts what `str()` emits, plus: the bare host
  /// `addleap.com`, scheme and host in any case, lower-case hex escapes, `+` for space (in
  /// the query and again inside the params), the legacy `ref-id` spelling of `refId`, and
  /// RFC 3986 query characters left unescaped (such as `~` from Python's `urlencode`).
  /// `parse(url.str()) == url`, and `parse(s).str()` is canonical.
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
    std::optional<DirectUrl> result;
    if (detail::Fault fault = parse_into(url, result); fault.failed()) detail::raise(fault);
    return std::move(*result);
  }

  /// As `parse(url)`, but reports errors through `ec` (cleared on success) and returns
  /// `std::nullopt` for them.
  /// @throws std::bad_alloc only.
  [[nodiscard]] static std::optional<DirectUrl> parse(std::string_view url, std::error_code& ec) {
    std::optional<DirectUrl> result;
    if (!detail::report(parse_into(url, result), ec)) result.reset();
    return result;
  }

  /// Equal when every field is equal (org name byte for byte, utility, environment, refId,
  /// and params in order); equal URLs serialize to equal strings.
  friend bool operator==(const DirectUrl& a, const DirectUrl& b) noexcept {
    return a.utility_ == b.utility_ && a.environment_ == b.environment_ && a.org_name_ == b.org_name_ &&
           a.ref_id_ == b.ref_id_ && a.params_ == b.params_;
  }
  /// `!(a == b)`.
  friend bool operator!=(const DirectUrl& a, const DirectUrl& b) noexcept { return !(a == b); }

 private:
  static constexpr std::string_view path_suffix = "/getting-started";
  static constexpr std::string_view ref_id_field = "refId=";
  static constexpr std::string_view params_field = "additional_redirect_params=";
  static constexpr std::string_view encoded_equals = "%3D";
  static constexpr std::string_view encoded_separator = "%26";

  struct Trusted {};
  DirectUrl(Trusted, std::string_view org_name, Utility utility, Environment environment)
      : org_name_(org_name), utility_(utility), environment_(environment), size_(path_size()) {}

  [[nodiscard]] static constexpr bool is_enumerator(Utility utility) noexcept {
    for (Utility known : all_utilities) {
      if (utility == known) return true;
    }
    return false;
  }

  [[nodiscard]] static detail::Fault check_identity(std::string_view org_name, Utility utility,
                                                    Environment environment) noexcept {
    if (detail::Fault fault = detail::check_org_name(org_name); fault.failed()) return fault;
    if (!is_enumerator(utility)) return {Errc::unknown_utility, "utility", "is not a leap::Utility enumerator"};
    if (environment != Environment::production && environment != Environment::staging) {
      return {Errc::utility_not_available, "environment", "is not a leap::Environment enumerator"};
    }
    if (!is_utility_available(utility, environment)) return not_in_production();
    return {};
  }

  [[nodiscard]] static constexpr detail::Fault not_in_production() noexcept {
    return {Errc::utility_not_available, "utility", "is a staging test utility, not available in production"};
  }

  [[nodiscard]] static constexpr std::size_t first_or_end(std::string_view s, std::size_t found) noexcept {
    return found == std::string_view::npos ? s.size() : found;
  }

  static std::string checked(std::string_view org_name, Utility utility, Environment environment) {
    if (detail::Fault fault = check_identity(org_name, utility, environment); fault.failed()) detail::raise(fault);
    return std::string(org_name);
  }

  [[nodiscard]] std::size_t path_size() const noexcept {
    return base_url(environment_).size() + 1 + org_name_.size() + 1 + utility_id(utility_).size() + path_suffix.size();
  }

  // "?refId=" + enc(ref_id)
  [[nodiscard]] static constexpr std::size_t ref_id_part_size(std::string_view ref_id) noexcept {
    return 1 + ref_id_field.size() + percent_encoded_size(ref_id);
  }

  // enc(enc(key) "=" enc(value))
  [[nodiscard]] static constexpr std::size_t param_part_size(std::string_view key, std::string_view value) noexcept {
    return detail::encoded_twice_size(key) + encoded_equals.size() + detail::encoded_twice_size(value);
  }

  [[nodiscard]] static detail::Fault too_long(std::size_t size) noexcept {
    return {Errc::url_too_long, "url", "would be too long", detail::npos, -1, size, max_url_size};
  }

  // The checks say what the size would become, so that the store can commit it.
  [[nodiscard]] detail::Fault check_new_ref_id(std::string_view ref_id, std::size_t& new_size) const noexcept {
    if (detail::Fault fault = detail::check_ref_id(ref_id); fault.failed()) return fault;
    new_size = size_ - (ref_id_ ? ref_id_part_size(*ref_id_) : 0) + ref_id_part_size(ref_id);
    if (new_size > max_url_size) return too_long(new_size);
    return {};
  }

  [[nodiscard]] detail::Fault check_new_param(std::string_view key, std::string_view value,
                                              std::size_t& new_size) const noexcept {
    if (detail::Fault fault = detail::check_param_key(key); fault.failed()) return fault;
    for (const RedirectParam& param : params_) {
      if (param.key == key) {
        return {Errc::duplicate_param_key, "param key", "repeats the key of an earlier param; keys must be unique"};
      }
    }
    if (detail::Fault fault = detail::check_param_value(value); fault.failed()) return fault;
    const std::size_t joint = params_.empty() ? 1 + params_field.size() : encoded_separator.size();
    new_size = size_ + joint + param_part_size(key, value);
    if (new_size > max_url_size) return too_long(new_size);
    return {};
  }

  // Both build the new value first, then commit with non-throwing moves: the strong
  // guarantee. push_back of a type with a noexcept move is itself all-or-nothing.
  void store_ref_id(std::string_view ref_id, std::size_t new_size) {
    std::string value(ref_id);
    ref_id_ = std::move(value);
    size_ = new_size;
  }

  void store_param(std::string_view key, std::string_view value, std::size_t new_size) {
    params_.push_back(RedirectParam{std::string(key), std::string(value)});
    size_ = new_size;
  }

  static char* copy(std::string_view s, char* out) noexcept {
    if (!s.empty()) std::memcpy(out, s.data(), s.size());
    return out + s.size();
  }

  void write_unchecked(char* const begin) const noexcept {
    char* out = copy(base_url(environment_), begin);
    *out++ = '/';
    out = copy(org_name_, out);
    *out++ = '/';
    out = copy(utility_id(utility_), out);
    out = copy(path_suffix, out);
    if (ref_id_) {
      *out++ = '?';
      out = copy(ref_id_field, out);
      out = detail::encode_fast(*ref_id_, out);
    }
    if (!params_.empty()) {
      *out++ = ref_id_ ? '&' : '?';
      out = copy(params_field, out);
      bool first = true;
      for (const RedirectParam& param : params_) {
        if (!first) out = copy(encoded_separator, out);
        first = false;
        out = detail::encode_twice_fast(param.key, out);
        out = copy(encoded_equals, out);
        out = detail::encode_twice_fast(param.value, out);
      }
    }
    LEAP_ASSERT(static_cast<std::size_t>(out - begin) == size_ && "leap::DirectUrl: size_ out of step");
  }

  // Checks the raw bytes of a query value: escapes well-formed, everything else a query
  // character. `offset` is the value's place in the URL.
  [[nodiscard]] static detail::Fault check_query_value(std::string_view raw, std::size_t offset) noexcept {
    const std::size_t bad = detail::find_bad_escape(raw);
    for (std::size_t i = 0; i < raw.size() && i < bad; ++i) {
      if (raw[i] != '%' && !detail::query_bytes.contains(raw[i])) {
        return {Errc::invalid_url, "url", "is not allowed unescaped in a query", offset + i,
                static_cast<unsigned char>(raw[i])};
      }
    }
    if (bad != detail::npos) return detail::bad_escape_fault("url", offset + bad);
    return {};
  }

  [[nodiscard]] static detail::Fault parse_path(std::string_view url, std::size_t begin, std::size_t end,
                                                Environment environment, std::optional<DirectUrl>& out) {
    constexpr std::string_view shape = "is not /<org-name>/<utility-id>/getting-started";
    const std::string_view path = url.substr(begin, end - begin);
    if (path.empty()) return {Errc::invalid_url, "url path", shape};
    const std::size_t org_end = path.find('/', 1);
    if (org_end == std::string_view::npos) return {Errc::invalid_url, "url path", shape};
    const std::size_t utility_end = path.find('/', org_end + 1);
    if (utility_end == std::string_view::npos) return {Errc::invalid_url, "url path", shape};
    const std::string_view org_name = path.substr(1, org_end - 1);
    const std::string_view id = path.substr(org_end + 1, utility_end - org_end - 1);
    const std::string_view rest = path.substr(utility_end);
    if (rest != path_suffix) {
      if (rest.substr(0, path_suffix.size() + 1) == "/getting-started/") {
        return {Errc::invalid_url, "url",
                "continues the path after /getting-started (no trailing slash or extra segments)",
                begin + utility_end + path_suffix.size()};
      }
      return {Errc::invalid_url, "url path", shape};
    }
    if (detail::Fault fault = detail::check_org_name(org_name); fault.failed()) return fault;
    std::optional<Utility> utility;
    for (Utility known : all_utilities) {
      if (id == utility_id(known)) utility = known;
    }
    if (!utility) {
      return {Errc::unknown_utility, "utility id",
              "is not pge, sce, sdge, staging-test-utility-caiso or staging-test-utility-nyiso"};
    }
    if (!is_utility_available(*utility, environment)) return not_in_production();
    out.emplace(DirectUrl(Trusted{}, org_name, *utility, environment));
    return {};
  }

  [[nodiscard]] detail::Fault parse_inner_params(std::string_view inner) {
    detail::QueryParts parts(inner);
    detail::QueryPart part;
    std::string key;
    std::string value;
    while (parts.next(part)) {
      if (!part.has_equals) {
        return {Errc::invalid_url, "additional_redirect_params", "holds a param without '='", part.offset};
      }
      const std::size_t value_offset = part.offset + part.name.size() + 1;
      if (detail::Fault f = detail::form_decode(part.name, "additional_redirect_params", part.offset, key);
          f.failed()) {
        return f;
      }
      if (detail::Fault f = detail::form_decode(part.value, "additional_redirect_params", value_offset, value);
          f.failed()) {
        return f;
      }
      std::size_t new_size = 0;
      if (detail::Fault f = check_new_param(key, value, new_size); f.failed()) return f;
      store_param(key, value, new_size);
    }
    return {};
  }

  [[nodiscard]] static detail::Fault parse_into(std::string_view url, std::optional<DirectUrl>& out) {
    constexpr std::string_view scheme = "https://";
    if (!detail::iequals(url.substr(0, scheme.size()), scheme)) {
      return {Errc::invalid_url, "url", "does not start with https://"};
    }
    if (const std::size_t hash = url.find('#'); hash != std::string_view::npos) {
      return {Errc::invalid_url, "url", "starts a fragment; a Direct URL has none", hash};
    }
    const std::size_t host_begin = scheme.size();
    const std::size_t host_end = first_or_end(url, url.find_first_of("/?", host_begin));
    const std::string_view host = url.substr(host_begin, host_end - host_begin);
    if (const std::size_t at = host.find('@'); at != std::string_view::npos) {
      return {Errc::invalid_url, "url", "starts user info; a Direct URL has none", host_begin + at};
    }
    if (const std::size_t colon = host.find(':'); colon != std::string_view::npos) {
      return {Errc::invalid_url, "url", "starts a port; a Direct URL has none", host_begin + colon};
    }
    Environment environment = Environment::production;
    if (detail::iequals(host, "staging.addleap.com")) {
      environment = Environment::staging;
    } else if (!detail::iequals(host, "www.addleap.com") && !detail::iequals(host, "addleap.com")) {
      return {Errc::invalid_url, "url", "has a host other than www.addleap.com, addleap.com and staging.addleap.com",
              host_begin};
    }
    const std::size_t query_begin = first_or_end(url, url.find('?', host_end));
    std::optional<DirectUrl> result;
    if (detail::Fault fault = parse_path(url, host_end, query_begin, environment, result); fault.failed()) {
      return fault;
    }
    // Checked once the URL is known to be a Direct URL, so another host is invalid_url
    // whatever its length; the canonical form is checked again as fields are added.
    if (url.size() > max_url_size) {
      return {Errc::url_too_long, "url", "is too long", detail::npos, -1, url.size(), max_url_size};
    }
    if (query_begin == url.size()) {
      out = std::move(result);
      return {};
    }
    const std::size_t query_offset = query_begin + 1;
    const std::string_view query = url.substr(query_offset);
    if (query.empty()) return {Errc::invalid_url, "url", "has an empty query after '?'", query_begin};

    detail::QueryParts parts(query);
    detail::QueryPart part;
    std::string value;
    bool seen_params = false;
    while (parts.next(part)) {
      const std::size_t offset = query_offset + part.offset;
      const std::size_t value_offset = offset + part.name.size() + 1;
      const bool is_ref_id = part.name == "refId" || part.name == "ref-id";
      const bool is_params = part.name == "additional_redirect_params";
      if (!part.has_equals || (!is_ref_id && !is_params)) {
        return {Errc::invalid_url, "url",
                "starts a query parameter other than refId=... and additional_redirect_params=...", offset};
      }
      if (is_ref_id && (result->ref_id_ || seen_params)) {
        return {Errc::invalid_url, "url", "starts a second or misplaced refId (it comes once, first)", offset};
      }
      if (is_params && seen_params) {
        return {Errc::invalid_url, "url", "starts a second additional_redirect_params", offset};
      }
      if (detail::Fault f = check_query_value(part.value, value_offset); f.failed()) return f;
      value.clear();
      detail::decode_append(part.value, true, value);
      if (is_ref_id) {
        std::size_t new_size = 0;
        if (detail::Fault f = result->check_new_ref_id(value, new_size); f.failed()) return f;
        result->store_ref_id(value, new_size);
      } else {
        seen_params = true;
        if (value.empty()) return {Errc::invalid_url, "url", "has an empty additional_redirect_params", offset};
        if (detail::Fault f = result->parse_inner_params(value); f.failed()) return f;
      }
    }
    out = std::move(result);
    return {};
  }

  std::string org_name_;
  Utility utility_;
  Environment environment_;
  std::optional<std::string> ref_id_;
  std::vector<RedirectParam> params_;
  std::size_t size_;  // == the length of str(); every change updates it (checked in write_unchecked)
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

/// Hashes every field that `==` compares, so equal URLs hash equal.
namespace std {
template <>
struct hash<leap::DirectUrl> {
  [[nodiscard]] std::size_t operator()(const leap::DirectUrl& url) const noexcept {
    std::size_t seed = 0;
    const auto mix = [&seed](std::size_t value) noexcept {
      seed ^= value + static_cast<std::size_t>(0x9E3779B97F4A7C15ULL) + (seed << 6) + (seed >> 2);
    };
    const std::hash<std::string_view> text;
    mix(text(url.org_name()));
    mix(static_cast<std::size_t>(url.utility()));
    mix(static_cast<std::size_t>(url.environment()));
    mix(url.ref_id() ? text(*url.ref_id()) + 1 : 0);
    for (const leap::RedirectParam& param : url.redirect_params()) {
      mix(text(param.key));
      mix(text(param.value));
    }
    return seed;
  }
};
}  // namespace std

#endif  // LEAP_DIRECT_URL_HPP
