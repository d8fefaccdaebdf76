// SPDX-License-Identifier: MIT
// Internal: byte classes and hex digits, as constexpr tables.
#ifndef LEAP_DETAIL_CHARS_HPP
#define LEAP_DETAIL_CHARS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace leap::detail {

// A set of byte values, built at compile time and tested with one load.
struct ByteSet {
  bool member[256] = {};

  [[nodiscard]] constexpr bool contains(char c) const noexcept { return member[static_cast<unsigned char>(c)]; }

  // Whether every byte of `s` is in the set: without a branch per byte, four at a time.
  [[nodiscard]] constexpr bool contains_all(std::string_view s) const noexcept {
    unsigned all = 1;
    std::size_t i = 0;
    for (; i + 4 <= s.size(); i += 4) {
      all &= static_cast<unsigned>(contains(s[i])) & static_cast<unsigned>(contains(s[i + 1])) &
             static_cast<unsigned>(contains(s[i + 2])) & static_cast<unsigned>(contains(s[i + 3]));
    }
    for (; i < s.size(); ++i) all &= static_cast<unsigned>(contains(s[i]));
    return all != 0;
  }
};

[[nodiscard]] constexpr ByteSet make_byte_set(bool alphanumerics, std::string_view others) noexcept {
  ByteSet set{};
  if (alphanumerics) {
    for (int c = '0'; c <= '9'; ++c) set.member[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c) set.member[c] = true;
    for (int c = 'a'; c <= 'z'; ++c) set.member[c] = true;
  }
  for (char c : others) set.member[static_cast<unsigned char>(c)] = true;
  return set;
}

// docs/rules.md#encoding: the bytes `enc` leaves alone; everything else becomes %XX.
inline constexpr ByteSet safe_bytes = make_byte_set(true, "-._*");

// 1 for each byte enc() escapes, 0 for the keep-set: summed to count escapes without a branch.
struct EscapeCounts {
  unsigned char count[256] = {};
};
[[nodiscard]] constexpr EscapeCounts make_escape_counts() noexcept {
  EscapeCounts counts{};
  for (int c = 0; c < 256; ++c) counts.count[c] = safe_bytes.member[c] ? 0 : 1;
  return counts;
}
inline constexpr EscapeCounts escape_counts = make_escape_counts();

// docs/rules.md#org-name: the bytes of an org name (and of a Connect account).
inline constexpr ByteSet org_name_bytes = make_byte_set(true, "-._");

// What ends a URL's host (and a port in it): the path, the query, a fragment, or user info.
inline constexpr ByteSet host_end_bytes = make_byte_set(false, "/?#@");

// RFC 3986 §3.4 query characters other than '%' (pchar / "/" / "?"). parse accepts them
// unescaped, so URLs written by Python's urlencode (which keeps '~') or by hand still parse.
inline constexpr ByteSet query_bytes = make_byte_set(true, "-._~!$&'()*+,;=:@/?");

// docs/rules.md#searchable-refids: bytes Leap's Meters API does not allow in a partner_reference search.
inline constexpr ByteSet unsearchable_bytes = make_byte_set(false, "/\\?[]{}!#$%^&*()<>|");

inline constexpr char hex_digits[] = "0123456789ABCDEF";

// 0-15 for a hex digit of either case, -1 otherwise.
[[nodiscard]] constexpr int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// hex_value() for every byte, as one load. A non-digit is -256, so 16 * high + low is
// negative exactly when either is not a digit.
struct HexValues {
  std::int16_t value[256] = {};
};
[[nodiscard]] constexpr HexValues make_hex_values() noexcept {
  HexValues table{};
  for (int c = 0; c < 256; ++c) {
    const int value = hex_value(static_cast<char>(c));
    table.value[c] = static_cast<std::int16_t>(value < 0 ? -256 : value);
  }
  return table;
}
inline constexpr HexValues hex_values = make_hex_values();

[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// s[pos, pos + count) for a range known to lie in `s`: substr without its check and throw.
[[nodiscard]] constexpr std::string_view slice(std::string_view s, std::size_t pos, std::size_t count) noexcept {
  return {s.data() + pos, count};
}

[[nodiscard]] constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  if (a == b) return true;  // the common case, one comparison
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

}  // namespace leap::detail

#endif  // LEAP_DETAIL_CHARS_HPP
