// SPDX-License-Identifier: MIT
// Internal: what sets the two kinds of Leap link apart, the part before the refId and the
// custom params (docs/rules.md#direct-url, docs/rules.md#leap-connect):
//   Direct to Utility  <base>/<org-name>/<utility-id>/getting-started
//   Leap Connect       https://connect.leap.energy?transmissionRegion=<R>[&variant=<V>][&program=<P>]&account=<A>
// For each: the rules of its options, its size and its bytes. The builders and the readers
// share these, so a link reads back exactly as it was written.
#ifndef LEAP_DETAIL_LINK_KINDS_HPP
#define LEAP_DETAIL_LINK_KINDS_HPP

#include <cstddef>
#include <cstring>
#include <iterator>
#include <optional>
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
#include "wire.hpp"

namespace leap::detail {

// An org name never needs encoding: every byte it may hold is one enc() keeps.
[[nodiscard]] constexpr bool org_names_need_no_encoding() noexcept {
  for (int b = 0; b < 256; ++b) {
    if (org_name_bytes.member[b] && !safe_bytes.member[b]) return false;
  }
  return true;
}
static_assert(org_names_need_no_encoding(), "an account is sent as enc(account) == account");

// ---- Direct to Utility --------------------------------------------------------------------

[[nodiscard]] constexpr Fault utility_not_in_production() noexcept {
  return {Errc::utility_not_available, "utility", "is a staging test utility, not available in production"};
}

[[nodiscard]] constexpr Fault check_direct_identity(std::string_view org_name, Utility utility,
                                                    Environment environment) noexcept {
  if (Fault fault = check_org_name(org_name); fault.failed()) return fault;
  if (find_row(utility_rows, utility) == nullptr) {
    return {Errc::unknown_utility, "utility", "is not a leap::Utility enumerator"};
  }
  if (find_row(environment_rows, environment) == nullptr) {
    return {Errc::utility_not_available, "environment", "is not a leap::Environment enumerator"};
  }
  if (!is_utility_available(utility, environment)) return utility_not_in_production();
  return {};
}

// The bytes before the org name ("<base>/", by environment) and after it
// ("/<utility-id>/getting-started", by utility), made from the rows at compile time and
// padded, so that each is written with one copy of a fixed size.
struct DirectPiece {
  static constexpr std::size_t width = 48;
  char bytes[width] = {};
  std::size_t size = 0;

  constexpr DirectPiece& append(std::string_view text) {
    for (char c : text) bytes[size++] = c;  // a constant-evaluation error if it ever overflows
    return *this;
  }
};

// Row i is enumerator i (wire.hpp's lists make both in one order), so a checked value
// indexes its row's piece.
template <class Row, std::size_t N>
[[nodiscard]] constexpr bool rows_in_enum_order(const Row (&rows)[N]) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(rows[i].value) != i) return false;
  }
  return true;
}
static_assert(rows_in_enum_order(environment_rows) && rows_in_enum_order(utility_rows));

template <std::size_t N>
struct DirectPieces {
  DirectPiece of[N];
};

[[nodiscard]] constexpr auto make_direct_heads() {
  DirectPieces<std::size(environment_rows)> heads{};
  for (std::size_t i = 0; i < std::size(environment_rows); ++i)
    heads.of[i].append(environment_rows[i].base).append("/");
  return heads;
}

[[nodiscard]] constexpr auto make_direct_tails() {
  DirectPieces<std::size(utility_rows)> tails{};
  for (std::size_t i = 0; i < std::size(utility_rows); ++i) {
    tails.of[i].append("/").append(utility_rows[i].id).append(wire::direct_path_end);
  }
  return tails;
}

inline constexpr auto direct_heads = make_direct_heads();
inline constexpr auto direct_tails = make_direct_tails();

// Laying out a Direct URL writes each piece whole around a name of at most 100 bytes.
static_assert(2 * DirectPiece::width + max_org_name_size <= FieldBuffer::inline_capacity,
              "laying out a Direct URL never allocates");

// Gives `fields` (empty) a Direct URL's fixed part, which holds the org name (checked, so
// `utility` and `environment` are enumerators).
inline void lay_out_direct(LinkFields& fields, std::string_view org_name, Utility utility, Environment environment) {
  const DirectPiece& head = direct_heads.of[static_cast<std::size_t>(environment)];
  const DirectPiece& tail = direct_tails.of[static_cast<std::size_t>(utility)];
  const std::size_t fixed_size = head.size + org_name.size() + tail.size;
  const std::size_t room = head.size + org_name.size() + DirectPiece::width;  // the tail written whole
  fields.lay_out(fixed_size, head.size, org_name.size(), room, [&](char* out) {
    std::memcpy(out, head.bytes, DirectPiece::width);  // what passes the head's size is overwritten next
    out = copy(org_name, out + head.size);
    std::memcpy(out, tail.bytes, DirectPiece::width);
  });
}

// ---- Leap Connect -------------------------------------------------------------------------

struct ConnectOptions {
  TransmissionRegion region{};
  std::optional<ConnectVariant> variant;
  std::optional<ConnectProgram> program;

  friend bool operator==(const ConnectOptions& a, const ConnectOptions& b) noexcept {
    return a.region == b.region && a.variant == b.variant && a.program == b.program;
  }
};

[[nodiscard]] constexpr Fault variant_fault(std::string_view field, std::string_view reason) noexcept {
  return {Errc::variant_not_available, field, reason};
}

[[nodiscard]] constexpr Fault check_connect_options(const ConnectOptions& options) noexcept {
  if (find_row(region_rows, options.region) == nullptr) {
    return {Errc::unknown_region, "transmission region", "is not a leap::TransmissionRegion enumerator"};
  }
  if (options.variant && find_row(variant_rows, *options.variant) == nullptr) {
    return variant_fault("variant", "is not a leap::ConnectVariant enumerator");
  }
  if (options.program && find_row(program_rows, *options.program) == nullptr) {
    return variant_fault("program", "is not a leap::ConnectProgram enumerator");
  }
  if (options.variant && options.program) {
    return variant_fault("variant", "cannot go with a program: a Leap Connect link names at most one of the two");
  }
  if (options.variant && !is_variant_available(*options.variant, options.region)) {
    return variant_fault("variant", "is not offered in this transmission region (see leap::is_variant_available)");
  }
  return {};
}

// "&" name "=" value, after the first parameter.
[[nodiscard]] constexpr std::size_t next_param_size(std::string_view name, std::string_view value) noexcept {
  return 1 + name.size() + 1 + value.size();
}

inline char* write_param(char* out, char separator, std::string_view name, std::string_view value) noexcept {
  *out++ = separator;
  out = copy(name, out);
  *out++ = '=';
  return copy(value, out);
}

// The fixed part up to the account: "https://connect.leap.energy?transmissionRegion=<R>
// [&variant=<V>][&program=<P>]&account=".
[[nodiscard]] constexpr std::size_t connect_prefix_size(const ConnectOptions& options) noexcept {
  return wire::connect_base.size() + next_param_size(wire::region, region_id(options.region)) +
         (options.variant ? next_param_size(wire::variant, variant_id(*options.variant)) : 0) +
         (options.program ? next_param_size(wire::program, program_id(*options.program)) : 0) +
         next_param_size(wire::account, {});
}

inline char* write_connect_prefix(char* out, const ConnectOptions& options) noexcept {
  out = copy(wire::connect_base, out);
  out = write_param(out, '?', wire::region, region_id(options.region));
  if (options.variant) out = write_param(out, '&', wire::variant, variant_id(*options.variant));
  if (options.program) out = write_param(out, '&', wire::program, program_id(*options.program));
  return write_param(out, '&', wire::account, {});
}

// The longest id in `rows`.
template <class Row, std::size_t N>
[[nodiscard]] constexpr std::size_t longest_id(const Row (&rows)[N]) noexcept {
  std::size_t longest = 0;
  for (const Row& row : rows) longest = row.id.size() > longest ? row.id.size() : longest;
  return longest;
}

// No prefix is longer (a link names a variant or a program, not both).
inline constexpr std::size_t max_connect_prefix_size =
    wire::connect_base.size() + next_param_size(wire::region, std::string_view{}) + longest_id(region_rows) +
    (next_param_size(wire::variant, {}) + longest_id(variant_rows) >
             next_param_size(wire::program, {}) + longest_id(program_rows)
         ? next_param_size(wire::variant, {}) + longest_id(variant_rows)
         : next_param_size(wire::program, {}) + longest_id(program_rows)) +
    next_param_size(wire::account, {});

[[nodiscard]] constexpr std::size_t connect_fixed_size(std::string_view account,
                                                       const ConnectOptions& options) noexcept {
  return connect_prefix_size(options) + account.size();
}

// Gives `fields` (empty) a Leap Connect link's fixed part up to the account, which is read
// onto its end next (LinkFields::read_name).
inline void lay_out_connect_prefix(LinkFields& fields, const ConnectOptions& options) {
  const std::size_t prefix = connect_prefix_size(options);
  fields.lay_out(prefix, prefix, 0, prefix, [&](char* out) { write_connect_prefix(out, options); });
}

// Gives `fields` (empty) a Leap Connect link's whole fixed part, with `account` (checked).
inline void lay_out_connect(LinkFields& fields, std::string_view account, const ConnectOptions& options) {
  const std::size_t prefix = connect_prefix_size(options);
  fields.lay_out(prefix + account.size(), prefix, account.size(), prefix + account.size(),
                 [&](char* out) { copy(account, write_connect_prefix(out, options)); });
}

}  // namespace leap::detail

#endif  // LEAP_DETAIL_LINK_KINDS_HPP
