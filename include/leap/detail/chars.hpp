// SPDX-License-Identifier: MIT
// Internal: byte classes and hex digits, as constexpr tables.
#ifndef LEAP_DETAIL_CHARS_HPP
#define LEAP_DETAIL_CHARS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../config.hpp"

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

// What one pass over a text learns before it is stored and encoded.
struct TextScan {
  std::size_t escapes = 0;  // bytes enc() escapes
  bool plain = true;        // every byte printable ASCII (0x20-0x7E): no control, no UTF-8 to check
};

// For each byte, 1 when enc() escapes it, plus 2^32 unless it is printable ASCII: one
// branch-free sum per text counts both.
struct ScanTable {
  std::uint64_t value[256] = {};
};
[[nodiscard]] constexpr ScanTable make_scan_table() noexcept {
  ScanTable table{};
  for (int c = 0; c < 256; ++c) {
    const bool printable_ascii = c >= 0x20 && c < 0x7F;
    table.value[c] = (safe_bytes.member[c] ? 0U : 1U) + (printable_ascii ? 0U : std::uint64_t{1} << 32);
  }
  return table;
}
inline constexpr ScanTable scan_table = make_scan_table();

// The sum of `table`'s entries for the bytes of `s`: four independent sums, no branch on a
// byte. Each table packs two counts into the halves of its entries.
[[nodiscard]] constexpr std::uint64_t sum_of_bytes(std::string_view s, const std::uint64_t (&table)[256]) noexcept {
  const char* p = s.data();
  const std::size_t n = s.size();
  std::uint64_t s0 = 0;
  std::uint64_t s1 = 0;
  std::uint64_t s2 = 0;
  std::uint64_t s3 = 0;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    s0 += table[static_cast<unsigned char>(p[i])];
    s1 += table[static_cast<unsigned char>(p[i + 1])];
    s2 += table[static_cast<unsigned char>(p[i + 2])];
    s3 += table[static_cast<unsigned char>(p[i + 3])];
  }
  for (; i < n; ++i) s0 += table[static_cast<unsigned char>(p[i])];
  return s0 + s1 + s2 + s3;
}

[[nodiscard]] constexpr TextScan scan_text(std::string_view s) noexcept;

// A text of 4 GiB or more, in halves. Out of line, so that scan_text keeps no registers for
// it (never reached in a constant expression).
[[nodiscard]] LEAP_DETAIL_NOINLINE inline TextScan scan_long_text(std::string_view s) noexcept {
  const TextScan a = scan_text(s.substr(0, s.size() / 2));
  const TextScan b = scan_text(s.substr(s.size() / 2));
  return {a.escapes + b.escapes, a.plain && b.plain};
}

// One pass. A text of 4 GiB or more goes in halves (scan_long_text), so that the escape
// count never reaches the upper half of the sum.
[[nodiscard]] constexpr TextScan scan_text(std::string_view s) noexcept {
  constexpr std::uint64_t low = 0xFFFFFFFFU;
  if (s.size() > low) return scan_long_text(s);
  const std::uint64_t sum = sum_of_bytes(s, scan_table.value);
  return {static_cast<std::size_t>(sum & low), (sum >> 32) == 0};
}

// docs/rules.md#org-name: the bytes of an org name (and of a Connect account).
inline constexpr ByteSet org_name_bytes = make_byte_set(true, "-._");

// What ends a URL's host (and a port in it): the path, the query, a fragment, or user info.
inline constexpr ByteSet host_end_bytes = make_byte_set(false, "/?#@");

// RFC 3986 §3.4 query characters other than '%' (pchar / "/" / "?"). parse accepts them
// unescaped, so URLs written by Python's urlencode (which keeps '~') or by hand still parse.
inline constexpr ByteSet query_bytes = make_byte_set(true, "-._~!$&'()*+,;=:@/?");

// docs/rules.md#searchable-refids: bytes Leap's Meters API does not allow in a partner_reference search.
inline constexpr ByteSet unsearchable_bytes = make_byte_set(false, "/\\?[]{}!#$%^&*()<>|");

// For a text of at most 2^16 bytes, a sum of these counts three things in 16-bit fields:
// characters (bytes that do not continue a UTF-8 sequence), bytes in unsearchable_bytes
// (bits 32-47), and bytes above 0x7F (bits 48-63).
struct SearchTable {
  std::uint64_t value[256] = {};
};
[[nodiscard]] constexpr SearchTable make_search_table() noexcept {
  SearchTable table{};
  for (int c = 0; c < 256; ++c) {
    table.value[c] = ((c & 0xC0) != 0x80 ? 1U : 0U) + (unsearchable_bytes.member[c] ? std::uint64_t{1} << 32 : 0U) +
                     (c > 0x7F ? std::uint64_t{1} << 48 : 0U);
  }
  return table;
}
inline constexpr SearchTable search_table = make_search_table();

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
