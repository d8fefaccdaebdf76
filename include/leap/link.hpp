// SPDX-License-Identifier: MIT
/// @file
/// `leap::Link` and `leap::parse_link`: either kind of Leap link, read from its text.
#ifndef LEAP_LINK_HPP
#define LEAP_LINK_HPP

#include <optional>
#include <string_view>
#include <system_error>
#include <utility>
#include <variant>

#include "connect_url.hpp"
#include "detail/enum_table.hpp"
#include "detail/fault.hpp"
#include "detail/link_reader.hpp"
#include "detail/wire.hpp"
#include "direct_url.hpp"
#include "environment.hpp"
#include "link_choice.hpp"
#include "status.hpp"

namespace leap {

/// A Direct to Utility URL or a Leap Connect link.
using Link = std::variant<DirectUrl, ConnectUrl>;

/// Which kind `link` is.
[[nodiscard]] inline LinkKind kind_of(const Link& link) noexcept {
  return std::holds_alternative<DirectUrl>(link) ? LinkKind::direct : LinkKind::connect;
}

namespace detail {

[[nodiscard]] constexpr FixedText leap_host_list() {
  FixedText text;
  text.append("has a host other than ");
  for (const EnvironmentRow& row : environment_rows) text.append(host_of(row.base)).append(", ");
  return text.append(wire::direct_host_alias).append(" and ").append(host_of(wire::connect_base));
}
inline constexpr FixedText leap_host_reason = leap_host_list();

// Reads `url` with the reader of the kind its host names.
struct LinkReader {
  [[nodiscard]] static Fault read(std::string_view url, std::optional<Link>& out) {
    LinkUrl parts;
    if (Fault fault = split_link(url, parts); fault.failed()) return fault;
    if (iequals(parts.host, host_of(wire::connect_base))) return read_as<ConnectUrl>(url, out);
    Environment environment{};
    if (read_direct_host(parts.host, parts.host_offset, environment).failed()) {
      return {Errc::invalid_url, "url", leap_host_reason.view(), parts.host_offset};
    }
    return read_as<DirectUrl>(url, out);
  }

 private:
  template <class Kind>
  [[nodiscard]] static Fault read_as(std::string_view url, std::optional<Link>& out) {
    Link& made = out.emplace(std::in_place_type<Kind>, Kind{typename Kind::Blank{}});
    Kind& link = *std::get_if<Kind>(&made);  // it holds a Kind: get_if, which cannot throw
    const Fault fault = link.read(url);
    if (fault.failed()) out.reset();
    return fault;
  }
};

}  // namespace detail

/// Reads either kind of Leap link, told apart by its host: `connect.leap.energy` is Leap
/// Connect (`ConnectUrl::parse`), the `addleap.com` hosts are Direct to Utility
/// (`DirectUrl::parse`).
///
/// @par Example
/// @code
/// leap::Link link = leap::parse_link("https://connect.leap.energy?transmissionRegion=PJM&account=Acme");
/// leap::kind_of(link);  // leap::LinkKind::connect
/// @endcode
/// @throws leap::UrlError: `invalid_url` for a host that is none of Leap's, and every error
///         of the parser of the link's kind. std::bad_alloc.
[[nodiscard]] inline Link parse_link(std::string_view url) {
  return detail::produce<Link>([&](std::optional<Link>& out) { return detail::LinkReader::read(url, out); });
}
/// As `parse_link(url)`, reporting through `ec` (see `leap::Status`). @throws std::bad_alloc only.
[[nodiscard]] inline std::optional<Link> parse_link(std::string_view url, std::error_code& ec) {
  return detail::produce<Link>([&](std::optional<Link>& out) { return detail::LinkReader::read(url, out); }, ec);
}
/// As `parse_link(url)`, reporting through `status`. @throws std::bad_alloc only.
[[nodiscard]] inline std::optional<Link> parse_link(std::string_view url, Status& status) {
  return detail::produce<Link>([&](std::optional<Link>& out) { return detail::LinkReader::read(url, out); }, status);
}

}  // namespace leap

#endif  // LEAP_LINK_HPP
