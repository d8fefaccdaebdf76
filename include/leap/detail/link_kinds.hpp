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

// ---- Pieces -------------------------------------------------------------------------------

// The fixed bytes of a link come in pieces chosen by its options: "<base>/" by environment,
// "/<utility-id>/getting-started" by utility, "https://connect.leap.energy?
// transmissionRegion=<R>" by region, "&variant=<V>" by variant, "&program=<P>" by program.
// Each is made from its row at compile time and padded to `Width` bytes, so that it is
// written with one copy of a fixed size: the bytes past its size land where the next write
// goes, and the caller makes room for them.
template <std::size_t Width>
struct Piece {
  static constexpr std::size_t width = Width;
  char bytes[Width] = {};
  std::size_t size = 0;

  constexpr Piece& append(std::string_view text) {
    for (char c : text) bytes[size++] = c;  // a constant-evaluation error if it ever overflows
    return *this;
  }

  // Writes the piece whole at `out`, which has room for `width` bytes; returns its end.
  char* write(char* out) const noexcept {
    std::memcpy(out, bytes, Width);
    return out + size;
  }
};

// One piece per row; a value checked to be an enumerator indexes its row's piece (rows are
// in enum order: see find_row).
template <std::size_t Width, std::size_t N>
struct Pieces {
  static constexpr std::size_t width = Width;
  Piece<Width> of[N];

  template <class Enum>
  [[nodiscard]] const Piece<Width>& operator[](Enum value) const noexcept {
    const auto index = static_cast<std::size_t>(value);
    LEAP_ASSERT(index < N && "leap: a piece for a value that is none of the enumerators");
    return of[index < N ? index : 0];  // never reads past the table, even on a path the checks rule out
  }

  [[nodiscard]] constexpr std::size_t longest() const noexcept {
    std::size_t size = 0;
    for (const Piece<Width>& piece : of) size = piece.size > size ? piece.size : size;
    return size;
  }
};

// One piece per row: "<before><the row's `column`><after>".
template <std::size_t Width, class Row, std::size_t N>
[[nodiscard]] constexpr Pieces<Width, N> pieces_of(const Row (&rows)[N], std::string_view before,
                                                   std::string_view Row::*column, std::string_view after = {}) {
  Pieces<Width, N> pieces{};
  for (std::size_t i = 0; i < N; ++i) pieces.of[i].append(before).append(rows[i].*column).append(after);
  return pieces;
}

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

inline constexpr auto direct_heads = pieces_of<32>(environment_rows, {}, &EnvironmentRow::base, "/");
inline constexpr auto direct_tails = pieces_of<48>(utility_rows, "/", &UtilityRow::id, wire::direct_path_end);

// Laying out a Direct URL writes each piece whole around a name of at most 100 bytes.
static_assert(direct_heads.width + max_org_name_size + direct_tails.width <= FieldBuffer::inline_capacity,
              "laying out a Direct URL never allocates");

// Gives `fields` (empty) a Direct URL's fixed part, which holds the org name (checked, so
// `utility` and `environment` are enumerators).
inline void lay_out_direct(LinkFields& fields, std::string_view org_name, Utility utility, Environment environment) {
  const auto& head = direct_heads[environment];
  const auto& tail = direct_tails[utility];
  const std::size_t fixed_size = head.size + org_name.size() + tail.size;
  const std::size_t room = head.size + org_name.size() + tail.width;  // the tail written whole
  fields.lay_out(fixed_size, head.size, org_name.size(), room,
                 [&](char* out) { tail.write(copy(org_name, head.write(out))); });
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

inline constexpr auto connect_heads = pieces_of<64>(
    region_rows, FixedText{}.append(wire::connect_base).append("?").append(wire::region).append("=").view(),
    &RegionRow::id);
inline constexpr auto variant_pieces =
    pieces_of<48>(variant_rows, FixedText{}.append("&").append(wire::variant).append("=").view(), &VariantRow::id);
inline constexpr auto program_pieces =
    pieces_of<48>(program_rows, FixedText{}.append("&").append(wire::program).append("=").view(), &ProgramRow::id);

// The fixed part up to the account: "https://connect.leap.energy?transmissionRegion=<R>
// [&variant=<V>][&program=<P>]&account=". The options are checked (enumerators).
[[nodiscard]] inline std::size_t connect_prefix_size(const ConnectOptions& options) noexcept {
  return connect_heads[options.region].size + (options.variant ? variant_pieces[*options.variant].size : 0) +
         (options.program ? program_pieces[*options.program].size : 0) + next_param_size(wire::account, {});
}

// Writes connect_prefix_size(options) bytes, and may write up to connect_prefix_slack more.
inline char* write_connect_prefix(char* out, const ConnectOptions& options) noexcept {
  out = connect_heads[options.region].write(out);
  if (options.variant) out = variant_pieces[*options.variant].write(out);
  if (options.program) out = program_pieces[*options.program].write(out);
  return write_param(out, '&', wire::account, {});
}
inline constexpr std::size_t connect_prefix_slack =
    connect_heads.width > variant_pieces.width ? connect_heads.width : variant_pieces.width;
static_assert(program_pieces.width <= connect_prefix_slack);

// No prefix is longer (a link names a variant or a program, not both).
inline constexpr std::size_t max_connect_prefix_size =
    connect_heads.longest() +
    (variant_pieces.longest() > program_pieces.longest() ? variant_pieces.longest() : program_pieces.longest()) +
    next_param_size(wire::account, {});

// Laying out a Leap Connect link writes its prefix and what may pass it, then an account of
// at most 100 bytes.
static_assert(max_connect_prefix_size +
                      (connect_prefix_slack > max_org_name_size ? connect_prefix_slack : max_org_name_size) <=
                  FieldBuffer::inline_capacity,
              "laying out a Leap Connect link never allocates");

[[nodiscard]] inline std::size_t connect_fixed_size(std::string_view account, const ConnectOptions& options) noexcept {
  return connect_prefix_size(options) + account.size();
}

// Gives `fields` (empty) a Leap Connect link's fixed part up to the account, which is read
// onto its end next (LinkFields::read_name).
inline void lay_out_connect_prefix(LinkFields& fields, const ConnectOptions& options) {
  const std::size_t prefix = connect_prefix_size(options);
  fields.lay_out(prefix, prefix, 0, prefix + connect_prefix_slack,
                 [&](char* out) { write_connect_prefix(out, options); });
}

// Gives `fields` (empty) a Leap Connect link's whole fixed part, with `account` (checked).
inline void lay_out_connect(LinkFields& fields, std::string_view account, const ConnectOptions& options) {
  const std::size_t prefix = connect_prefix_size(options);
  const std::size_t room = prefix + (account.size() > connect_prefix_slack ? account.size() : connect_prefix_slack);
  fields.lay_out(prefix + account.size(), prefix, account.size(), room,
                 [&](char* out) { copy(account, write_connect_prefix(out, options)); });
}

}  // namespace leap::detail

#endif  // LEAP_DETAIL_LINK_KINDS_HPP
