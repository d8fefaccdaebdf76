// SPDX-License-Identifier: MIT
// Internal: UTF-8 well-formedness and control characters (docs/rules.md#text).
#ifndef LEAP_DETAIL_TEXT_HPP
#define LEAP_DETAIL_TEXT_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace leap::detail {

// The length of the well-formed UTF-8 sequence starting at s[i], or 0 when there is none
// there (Unicode Table 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
[[nodiscard]] constexpr std::size_t utf8_sequence_size(std::string_view s, std::size_t i) noexcept {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) return 1;
  std::size_t size = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    size = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    size = 3;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    size = 4;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (s.size() - i < size) return 0;
  const auto second = static_cast<unsigned char>(s[i + 1]);
  if (second < low || second > high) return 0;
  for (std::size_t k = 2; k < size; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  return size;
}

// Whether C0 controls and DEL count as flaws: the builder refuses them in every text field;
// the final-redirect reader keeps them for the caller to escape.
enum class Controls : unsigned char { refused, allowed };

enum class TextFlaw : unsigned char { none, control, bad_utf8 };

struct TextCheck {
  TextFlaw flaw = TextFlaw::none;
  std::size_t offset = 0;  // of the first offending byte
};

// Eight bytes of `s` from `i` as one word: one load at run time, byte by byte in constant
// expressions. The tests below look at each byte on its own, so byte order does not matter.
[[nodiscard]] constexpr std::uint64_t load8(std::string_view s, std::size_t i) noexcept {
#if defined(__cpp_lib_is_constant_evaluated) || defined(__GNUC__) || defined(__clang__)
#if defined(__cpp_lib_is_constant_evaluated)
  if (!std::is_constant_evaluated()) {
#else
  if (!__builtin_is_constant_evaluated()) {
#endif
    std::uint64_t word = 0;
    std::memcpy(&word, s.data() + i, sizeof word);
    return word;
  }
#endif
  std::uint64_t word = 0;
  for (std::size_t k = 0; k < 8; ++k) word |= std::uint64_t{static_cast<unsigned char>(s[i + k])} << (8 * k);
  return word;
}

// The bytes of `word` equal to `byte`, as the high bit of each ("Bit Twiddling Hacks": a zero
// byte in word ^ byte). Zero when there is none. The least significant flag is exact; a
// byte more significant than a match may be flagged too.
[[nodiscard]] constexpr std::uint64_t byte_flags8(std::uint64_t word, unsigned char byte) noexcept {
  const std::uint64_t x = word ^ (0x0101010101010101U * byte);
  return (x - 0x0101010101010101U) & ~x & 0x8080808080808080U;
}

// Whether any of eight bytes equals `byte`.
[[nodiscard]] constexpr bool has_byte8(std::uint64_t word, unsigned char byte) noexcept {
  return byte_flags8(word, byte) != 0;
}

// How many bytes at `p` come before the first byte that `flags` (byte_flags8 of load8 at
// `p`, not zero) flags: from the lowest flag where memory order is that order, else by
// looking at the bytes (`is_flagged(char)`).
template <class IsFlagged>
[[nodiscard]] inline std::size_t bytes_before_flag(std::uint64_t flags, const char* p, IsFlagged is_flagged) noexcept {
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  static_cast<void>(p);
  static_cast<void>(is_flagged);
  return static_cast<std::size_t>(__builtin_ctzll(flags)) / 8;
#else
  static_cast<void>(flags);
  std::size_t n = 0;
  while (!is_flagged(p[n])) ++n;
  return n;
#endif
}

// Whether eight bytes are ASCII and, when controls are refused, none a C0 control or DEL:
// the bit tricks of "Bit Twiddling Hacks" (a byte below 0x20; a byte equal to 0x7F).
[[nodiscard]] constexpr bool plain_ascii8(std::uint64_t word, Controls controls) noexcept {
  constexpr std::uint64_t high = 0x8080808080808080U;
  if ((word & high) != 0) return false;
  if (controls == Controls::allowed) return true;
  const std::uint64_t below_space = (word - 0x2020202020202020U) & ~word & high;
  return below_space == 0 && !has_byte8(word, 0x7F);
}

// Finds the first ill-formed UTF-8 sequence and, when controls are refused, the first C0
// control or DEL. Plain ASCII goes eight bytes at a time, the last few bytes of a text of
// eight or more in a word that overlaps the one before.
[[nodiscard]] constexpr TextCheck check_text(std::string_view s, Controls controls) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t left = s.size() - i;
    if (left >= 8 && plain_ascii8(load8(s, i), controls)) {
      i += 8;
      continue;
    }
    if (left < 8 && i >= 8 && plain_ascii8(load8(s, s.size() - 8), controls)) return {};
    // Byte by byte through these eight bytes (and the sequence that crosses their end).
    const std::size_t stop = s.size() - i >= 8 ? i + 8 : s.size();
    while (i < stop) {
      const auto byte = static_cast<unsigned char>(s[i]);
      if (byte < 0x80) {
        if (controls == Controls::refused && (byte < 0x20 || byte == 0x7F)) return {TextFlaw::control, i};
        ++i;
        continue;
      }
      if (byte >= 0xC2 && byte <= 0xDF && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
        i += 2;  // two bytes, the most common sequence: U+0080 to U+07FF
        continue;
      }
      const std::size_t size = utf8_sequence_size(s, i);
      if (size == 0) return {TextFlaw::bad_utf8, i};
      i += size;
    }
  }
  return {};
}

}  // namespace leap::detail

#endif  // LEAP_DETAIL_TEXT_HPP
