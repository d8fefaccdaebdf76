// SPDX-License-Identifier: MIT
// Internal: reading a Direct URL or a Leap Connect link back into its fields
// (docs/rules.md#reading-links). The readers fill the same LinkFields the builders fill,
// through the same checks, so a field read back is refused exactly as it would be refused
// when set; what they add is the shape of each URL.
#ifndef LEAP_DETAIL_LINK_READER_HPP
#define LEAP_DETAIL_LINK_READER_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "../connect_options.hpp"
#include "../environment.hpp"
#include "../transmission_region.hpp"
#include "../utility.hpp"
#include "../validation.hpp"
#include "chars.hpp"
#include "enum_table.hpp"
#include "fault.hpp"
#include "link_fields.hpp"
#include "link_kinds.hpp"
#include "query_reader.hpp"
#include "text.hpp"
#include "wire.hpp"

namespace leap::detail {

// An https URL cut at its host, path and query.
struct LinkUrl {
  std::string_view host;
  std::size_t host_offset = 0;
  std::string_view path;
  std::size_t path_offset = 0;
  std::string_view query;  // after '?'
  std::size_t query_offset = 0;
  bool has_query = false;
};

// Where the host that starts at `at` ends, when no byte in it is ':' (the common case: a
// word at a time up to the first '/', '?', '@' or ':'); npos when one is.
[[nodiscard]] inline std::size_t plain_host_end(std::string_view url, std::size_t at) noexcept {
  const auto stops = [](char c) { return host_end_bytes.contains(c) || c == ':'; };
  for (; url.size() - at >= 8; at += 8) {
    const std::uint64_t word = load8(url, at);
    const std::uint64_t flags =
        byte_flags8(word, '/') | byte_flags8(word, '?') | byte_flags8(word, '@') | byte_flags8(word, ':');
    if (flags != 0) {
      at += bytes_before_flag(flags, url.data() + at, stops);
      break;
    }
  }
  while (at < url.size() && !stops(url[at])) ++at;
  return at < url.size() && url[at] == ':' ? npos : at;
}

// Refuses what no Leap link has: another scheme, user info, a port, a fragment.
[[nodiscard]] inline Fault split_link(std::string_view url, LinkUrl& out) noexcept {
  if (url.size() < wire::scheme.size() || !iequals(slice(url, 0, wire::scheme.size()), wire::scheme)) {
    return {Errc::invalid_url, "url", "does not start with https://"};
  }
  if (const std::size_t hash = url.find('#'); hash != std::string_view::npos) {
    return {Errc::invalid_url, "url", "starts a fragment; a Leap link has none", hash};
  }
  out.host_offset = wire::scheme.size();
  std::size_t host_end = plain_host_end(url, out.host_offset);  // '#' is not there: the first of "/?@" ends it
  const bool colon = host_end == npos;
  if (colon) {
    host_end = out.host_offset;
    while (host_end < url.size() && !host_end_bytes.contains(url[host_end])) ++host_end;
  }
  out.host = slice(url, out.host_offset, host_end - out.host_offset);
  if (host_end < url.size() && url[host_end] == '@') {
    return {Errc::invalid_url, "url", "starts user info; a Leap link has none", host_end};
  }
  if (colon) {
    return {Errc::invalid_url, "url", "starts a port; a Leap link has none", out.host_offset + out.host.find(':')};
  }
  const std::size_t question = url.find('?', host_end);
  out.has_query = question != std::string_view::npos;
  const std::size_t path_end = out.has_query ? question : url.size();
  out.path_offset = host_end;
  out.path = slice(url, host_end, path_end - host_end);
  out.query_offset = out.has_query ? question + 1 : url.size();
  out.query = slice(url, out.query_offset, url.size() - out.query_offset);
  return {};
}

// Counted on the bytes given, once the URL is known to be a Leap link (so another host is
// invalid_url whatever its length); the canonical form is checked again as fields go in.
[[nodiscard]] constexpr Fault check_given_size(std::string_view url) noexcept {
  if (url.size() <= max_url_size) return {};
  return size_fault(Errc::url_too_long, "url", "is too long", url.size(), max_url_size);
}

// additional_redirect_params' raw value: decoded once into the inner list, whose keys and
// values are decoded again, straight into `fields`.
[[nodiscard]] inline Fault read_redirect_params(std::string_view raw, std::size_t offset, LinkFields& fields) {
  if (raw.size() > max_url_size) return check_given_size(raw);  // the link was checked already; guards buffer
  char buffer[max_url_size];  // the inner list, decoded once: on the stack, never on the heap
  const DecodeResult decoded = decode_into(raw, Decoding::link_query, buffer);
  if (decoded.bad != npos) return decode_fault(raw, decoded, "url", offset);
  const std::string_view inner(buffer, decoded.size);
  if (inner.empty()) return {Errc::invalid_url, "url", "has an empty additional_redirect_params", offset};
  QueryReader reader(inner, 0, QueryLayout::link, wire::redirect_params);
  QueryPart part;
  Fault fault;
  while (reader.next(part, fault)) {
    const std::size_t value_offset = part.offset + part.name.size() + 1;
    fault = fields.read_param(part.name, part.value, wire::redirect_params, part.offset, value_offset);
    if (fault.failed()) return fault;
  }
  return fault;
}

[[nodiscard]] constexpr bool is_ref_id_name(std::string_view name) noexcept {
  return name == wire::ref_id || name == wire::ref_id_legacy;
}

// ---- Direct to Utility --------------------------------------------------------------------

[[nodiscard]] constexpr FixedText direct_host_list() {
  FixedText text;
  text.append("has a host other than ");
  for (const EnvironmentRow& row : environment_rows) text.append(host_of(row.base)).append(", ");
  return text.append(wire::direct_host_alias);
}
inline constexpr FixedText direct_host_reason = direct_host_list();
inline constexpr FixedText direct_path_reason =
    FixedText{}.append("is not /<org-name>/<utility-id>").append(wire::direct_path_end);
inline constexpr FixedText direct_path_end_reason = FixedText{}
                                                        .append("continues the path after ")
                                                        .append(wire::direct_path_end)
                                                        .append(" (no trailing slash or extra segments)");

[[nodiscard]] constexpr Fault read_direct_host(std::string_view host, std::size_t offset,
                                               Environment& environment) noexcept {
  for (const EnvironmentRow& row : environment_rows) {
    if (iequals(host, host_of(row.base))) {
      environment = row.value;
      return {};
    }
  }
  if (iequals(host, wire::direct_host_alias)) {
    environment = Environment::production;
    return {};
  }
  return {Errc::invalid_url, "url", direct_host_reason.view(), offset};
}

// "/<org-name>/<utility-id>/getting-started"
[[nodiscard]] constexpr Fault read_direct_path(std::string_view path, std::size_t offset, std::string_view& org_name,
                                               Utility& utility) noexcept {
  const Fault shape{Errc::invalid_url, "url path", direct_path_reason.view()};
  if (path.empty()) return shape;
  const std::size_t org_end = path.find('/', 1);
  if (org_end == std::string_view::npos) return shape;
  const std::size_t utility_end = path.find('/', org_end + 1);
  if (utility_end == std::string_view::npos) return shape;
  const std::string_view rest = slice(path, utility_end, path.size() - utility_end);
  if (rest != wire::direct_path_end) {
    if (rest.size() > wire::direct_path_end.size() &&
        slice(rest, 0, wire::direct_path_end.size()) == wire::direct_path_end &&
        rest[wire::direct_path_end.size()] == '/') {
      return {Errc::invalid_url, "url", direct_path_end_reason.view(),
              offset + utility_end + wire::direct_path_end.size()};
    }
    return shape;
  }
  org_name = slice(path, 1, org_end - 1);
  if (Fault fault = check_org_name(org_name); fault.failed()) return fault;
  const std::string_view id = slice(path, org_end + 1, utility_end - org_end - 1);
  const UtilityRow* row = find_id(utility_rows, id, IdCase::exact);
  if (row == nullptr) return {Errc::unknown_utility, "utility id", utility_id_list.view()};
  utility = row->value;
  return {};
}

// A Direct URL. Once its org name, utility and environment are read, `make(org_name,
// utility, environment)` makes the link and returns its LinkFields, its fixed part laid out,
// which the refId and params are then read into.
template <class Make>
[[nodiscard]] Fault read_direct_url(std::string_view url, Make&& make) {
  LinkUrl parts;
  Utility utility{};
  Environment environment{};
  if (Fault fault = split_link(url, parts); fault.failed()) return fault;
  if (Fault fault = read_direct_host(parts.host, parts.host_offset, environment); fault.failed()) return fault;
  std::string_view org_name;
  if (Fault fault = read_direct_path(parts.path, parts.path_offset, org_name, utility); fault.failed()) return fault;
  if (!is_utility_available(utility, environment)) return utility_not_in_production();
  if (Fault fault = check_given_size(url); fault.failed()) return fault;
  LinkFields& fields = make(org_name, utility, environment);
  if (!parts.has_query) return {};
  if (parts.query.empty()) return {Errc::invalid_url, "url", "has an empty query after '?'", parts.query_offset - 1};
  QueryReader reader(parts.query, parts.query_offset, QueryLayout::link, "url");
  QueryPart part;
  Fault fault;
  bool seen_params = false;
  while (reader.next(part, fault)) {
    const std::size_t value_offset = part.offset + part.name.size() + 1;
    if (is_ref_id_name(part.name)) {
      if (fields.ref_id() || seen_params) {
        return {Errc::invalid_url, "url", "starts a second or misplaced refId (it comes once, first)", part.offset};
      }
      if (Fault f = fields.read_ref_id(part.value, value_offset); f.failed()) return f;
    } else if (part.name == wire::redirect_params) {
      if (seen_params) return {Errc::invalid_url, "url", "starts a second additional_redirect_params", part.offset};
      seen_params = true;
      if (Fault f = read_redirect_params(part.value, value_offset, fields); f.failed()) return f;
    } else {
      return {Errc::invalid_url, "url",
              "starts a query parameter other than refId=... and additional_redirect_params=...", part.offset};
    }
  }
  return fault;
}

// ---- Leap Connect -------------------------------------------------------------------------

inline constexpr FixedText connect_host_reason =
    FixedText{}.append("has a host other than ").append(host_of(wire::connect_base));
inline constexpr FixedText connect_variant_reason = id_list("is not ", variant_rows);
inline constexpr FixedText connect_program_reason = id_list("is not ", program_rows);

// One raw parameter of a Leap Connect link, once found.
struct RawParam {
  std::string_view value;
  std::size_t offset = npos;  // of the value; npos: absent
  [[nodiscard]] constexpr bool found() const noexcept { return offset != npos; }
};

// Whether `name`, already known to be as long as `wire_name`, is it: a comparison of a
// constant size, which compilers do inline.
[[nodiscard]] inline bool is_wire_name(std::string_view name, std::string_view wire_name) noexcept {
  LEAP_ASSERT(name.size() == wire_name.size());
  return std::memcmp(name.data(), wire_name.data(), wire_name.size()) == 0;
}

// Where a Leap Connect link's parameter named `name` goes; null for a name it does not have.
// Told apart by length first: one comparison of bytes at most, most of the time.
[[nodiscard]] inline RawParam* connect_slot(std::string_view name, RawParam& region, RawParam& variant,
                                            RawParam& program, RawParam& account, RawParam& ref_id,
                                            RawParam& params) noexcept {
  static_assert(wire::account.size() == wire::variant.size() && wire::account.size() == wire::program.size());
  switch (name.size()) {
    case wire::region.size(): return is_wire_name(name, wire::region) ? &region : nullptr;
    case wire::redirect_params.size(): return is_wire_name(name, wire::redirect_params) ? &params : nullptr;
    case wire::ref_id.size(): return is_wire_name(name, wire::ref_id) ? &ref_id : nullptr;
    case wire::ref_id_legacy.size(): return is_wire_name(name, wire::ref_id_legacy) ? &ref_id : nullptr;
    case wire::account.size():
      return is_wire_name(name, wire::account)   ? &account
             : is_wire_name(name, wire::variant) ? &variant
             : is_wire_name(name, wire::program) ? &program
                                                 : nullptr;
    default: return nullptr;
  }
}

// The exact upper-case id of one of `rows`, decoded from `raw`, into `out`; nothing when
// the parameter is absent.
template <class Row, std::size_t N, class Enum>
[[nodiscard]] inline Fault read_connect_id(const RawParam& raw, std::string_view field, const Row (&rows)[N],
                                           std::string_view reason, std::optional<Enum>& out) {
  if (!raw.found()) return {};
  if (const Row* row = find_id(rows, raw.value, IdCase::exact); row != nullptr) {  // as we write it: nothing to decode
    out = row->value;
    return {};
  }
  char id[96];  // room for the longest id with every byte escaped: a longer value is none of them
  const Fault unknown{Errc::invalid_url, field, reason, raw.offset};
  if (raw.value.size() > sizeof id) return unknown;
  const DecodeResult decoded = decode_into(raw.value, Decoding::link_query, id);
  if (decoded.bad != npos) return decode_fault(raw.value, decoded, "url", raw.offset);
  const Row* row = find_id(rows, {id, decoded.size}, IdCase::exact);
  if (row == nullptr) return unknown;
  out = row->value;
  return {};
}

// A Leap Connect link. Once its options are read, `make(options)` makes the link and returns
// its LinkFields, laid out up to the account, which the account, refId and params are then
// read into.
// Parameters may come in any order (links made in Leap's Partner Portal need not follow
// ours), but each at most once.
template <class Make>
[[nodiscard]] Fault read_connect_url(std::string_view url, Make&& make) {
  ConnectOptions options;
  LinkUrl parts;
  if (Fault fault = split_link(url, parts); fault.failed()) return fault;
  if (!iequals(parts.host, host_of(wire::connect_base))) {
    return {Errc::invalid_url, "url", connect_host_reason.view(), parts.host_offset};
  }
  if (!parts.path.empty() && parts.path != "/") {
    return {Errc::invalid_url, "url", "has a path; a Leap Connect link has none", parts.path_offset};
  }
  if (Fault fault = check_given_size(url); fault.failed()) return fault;

  RawParam region;
  RawParam variant;
  RawParam program;
  RawParam account;
  RawParam ref_id;
  RawParam params;
  QueryReader reader(parts.query, parts.query_offset, QueryLayout::link, "url");
  QueryPart part;
  Fault fault;
  while (reader.next(part, fault)) {
    RawParam* slot = connect_slot(part.name, region, variant, program, account, ref_id, params);
    if (slot == nullptr) {
      return {Errc::invalid_url, "url", "starts a query parameter a Leap Connect link does not have", part.offset};
    }
    if (slot->found()) return {Errc::invalid_url, "url", "starts a parameter given twice", part.offset};
    *slot = {part.value, part.offset + part.name.size() + 1};
  }
  if (fault.failed()) return fault;
  if (!region.found()) return {Errc::invalid_url, "url", "has no transmissionRegion (a Leap Connect link needs one)"};
  if (!account.found()) return {Errc::invalid_url, "url", "has no account (a Leap Connect link needs one)"};

  std::optional<TransmissionRegion> region_value;
  Fault f = read_connect_id(region, wire::region, region_rows, region_id_list.view(), region_value);
  if (!f.failed())
    f = read_connect_id(variant, wire::variant, variant_rows, connect_variant_reason.view(), options.variant);
  if (!f.failed())
    f = read_connect_id(program, wire::program, program_rows, connect_program_reason.view(), options.program);
  if (f.failed()) return f;
  options.region = *region_value;
  if (f = check_connect_options(options); f.failed()) return f;

  LinkFields& fields = make(options);
  if (f = fields.read_name(account.value, account.offset, wire::account); f.failed()) return f;
  if (ref_id.found()) f = fields.read_ref_id(ref_id.value, ref_id.offset);
  if (!f.failed() && params.found()) f = read_redirect_params(params.value, params.offset, fields);
  return f;
}

}  // namespace leap::detail

#endif  // LEAP_DETAIL_LINK_READER_HPP
