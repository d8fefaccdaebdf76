// SPDX-License-Identifier: MIT
// Internal: what DirectUrl and ConnectUrl share as values: the refId and custom params,
// their setters in three forms (throwing, std::error_code&, Status&), the size, str() and
// write(). `Link` lays out its own fixed part (everything before the refId) in fields_, and
// names the byte that separates it from the refId and params (`query_separator`).
#ifndef LEAP_DETAIL_LINK_BASE_HPP
#define LEAP_DETAIL_LINK_BASE_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include "../config.hpp"
#include "../redirect_param.hpp"
#include "../status.hpp"
#include "fault.hpp"
#include "link_fields.hpp"

namespace leap::detail {

template <class Link>
class LinkBase {
 public:
  /// Sets the refId, Leap's `partner_reference` for this customer, replacing any earlier one.
  /// It is sent percent-encoded; pass it unencoded.
  ///
  /// @throws leap::UrlError: `invalid_ref_id` when empty, not well-formed UTF-8, or holding a
  ///         C0 control or DEL; `ref_id_too_long` when over 255 bytes; `url_too_long` when
  ///         the link would exceed 8,000 bytes. std::bad_alloc. On any of them the link is
  ///         unchanged.
  Link& set_ref_id(std::string_view ref_id) {
    change([&] { return try_set_ref_id(ref_id); });
    return self();
  }
  /// As `set_ref_id(ref_id)`, reporting through `ec` (see `leap::Status` for the rule).
  /// @throws std::bad_alloc only.
  Link& set_ref_id(std::string_view ref_id, std::error_code& ec) {
    change([&] { return try_set_ref_id(ref_id); }, ec);
    return self();
  }
  /// As `set_ref_id(ref_id)`, reporting through `status`. @throws std::bad_alloc only.
  Link& set_ref_id(std::string_view ref_id, Status& status) {
    change([&] { return try_set_ref_id(ref_id); }, status);
    return self();
  }
  /// Removes the refId, if any.
  Link& clear_ref_id() noexcept {
    fields_.clear_ref_id();
    return self();
  }

  /// Appends a custom parameter that Leap restores on the final redirect. Keys and values
  /// are encoded, then the whole list is encoded again into `additional_redirect_params`
  /// (`docs/rules.md#encoding`). Pass them unencoded; order is kept.
  ///
  /// @throws leap::UrlError: `invalid_param_key` for an empty key, ill-formed UTF-8 or a
  ///         control; `reserved_param_key` for `refId`, `ref-id`, `additional_redirect_params`
  ///         in any ASCII case; `duplicate_param_key` for a key already added;
  ///         `invalid_param_value` for ill-formed UTF-8 or a control; `url_too_long` when the
  ///         link would exceed 8,000 bytes. std::bad_alloc. On any of them the link is unchanged.
  Link& add_redirect_param(std::string_view key, std::string_view value) {
    change([&] { return try_add_param(key, value); });
    return self();
  }
  /// As `add_redirect_param(key, value)`, reporting through `ec` (see `leap::Status`).
  /// @throws std::bad_alloc only.
  Link& add_redirect_param(std::string_view key, std::string_view value, std::error_code& ec) {
    change([&] { return try_add_param(key, value); }, ec);
    return self();
  }
  /// As `add_redirect_param(key, value)`, reporting through `status`.
  /// @throws std::bad_alloc only.
  Link& add_redirect_param(std::string_view key, std::string_view value, Status& status) {
    change([&] { return try_add_param(key, value); }, status);
    return self();
  }
  /// Removes every custom parameter.
  Link& clear_redirect_params() noexcept {
    fields_.clear_params();
    return self();
  }

  /// The refId, unencoded, if one is set.
  [[nodiscard]] std::optional<std::string_view> ref_id() const noexcept { return fields_.ref_id(); }
  /// The custom parameters, unencoded, in the order added.
  [[nodiscard]] RedirectParams redirect_params() const noexcept { return fields_.params(); }

  /// The exact length of `str()`, kept up to date by every change: O(1).
  [[nodiscard]] std::size_t size() const noexcept {
    return LinkFields::link_size(fields_.fixed_size(), fields_.query_size());
  }

  /// The link, with one exact-size allocation.
  /// @throws std::bad_alloc only.
  [[nodiscard]] std::string str() const {
    const std::size_t n = size();
    std::string out(n, '\0');
    write_unchecked(out.data(), n);
    return out;
  }

  /// Writes the link to `dest` without allocating, when it fits.
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
    const std::size_t n = size();
    if (n > capacity) return 0;
    write_unchecked(dest, n);
    return n;
  }

 protected:
  LinkBase() noexcept = default;
  explicit LinkBase(LinkFields fields) noexcept : fields_(std::move(fields)) {}

  // parse(): the link read in place (no copy of its fields), thrown for or reported.
  template <class Read>
  [[nodiscard]] static Link read_or_throw(Read&& read) {
    Link link{typename Link::Blank{}};
    if (const Fault fault = read(link); fault.failed()) raise(fault);
    return link;
  }
  template <class Read, class Slot>
  [[nodiscard]] static std::optional<Link> read_or_report(Read&& read, Slot& slot) {
    std::optional<Link> link{Link{typename Link::Blank{}}};
    if (holds_error(slot) || !report(read(*link), slot)) link.reset();
    return link;
  }

  // Copy assignment of a link is all or nothing because only fields_ can throw, and a base
  // is assigned before the members: std::string's assignment has the strong guarantee.
  LinkFields fields_;  // NOLINT(misc-non-private-member-variables-in-classes): the links' own part

 private:
  [[nodiscard]] Link& self() noexcept { return static_cast<Link&>(*this); }
  [[nodiscard]] const Link& self() const noexcept { return static_cast<const Link&>(*this); }

  Fault try_set_ref_id(std::string_view ref_id) {
    std::size_t part_size = 0;
    const Fault fault = fields_.check_ref_id(ref_id, part_size);
    if (!fault.failed()) fields_.store_ref_id(ref_id, part_size);
    return fault;
  }

  Fault try_add_param(std::string_view key, std::string_view value) {
    std::size_t part_size = 0;
    const Fault fault = fields_.check_param(key, value, part_size);
    if (!fault.failed()) fields_.store_param(key, value, part_size);
    return fault;
  }

  // Writes exactly `n` (== size()) bytes from `begin`, and nothing past them.
  void write_unchecked(char* const begin, std::size_t n) const noexcept {
    char* out = copy(fields_.fixed(), begin);
    if (n != fields_.fixed_size()) {
      *out++ = Link::query_separator;
      out = fields_.write_query(out, begin + n);
    }
    LEAP_ASSERT(static_cast<std::size_t>(out - begin) == n && "leap: a link's size is out of step");
  }
};

}  // namespace leap::detail

#endif  // LEAP_DETAIL_LINK_BASE_HPP
