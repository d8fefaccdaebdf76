// SPDX-License-Identifier: MIT
/// @file
/// Leap's percent-encoder and its inverse (`docs/rules.md#encoding`).
#ifndef LEAP_PERCENT_ENCODING_HPP
#define LEAP_PERCENT_ENCODING_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "config.hpp"
#include "detail/chars.hpp"
#include "detail/fault.hpp"
#include "detail/text.hpp"
#include "status.hpp"

namespace leap {

namespace detail {

// How many bytes of `s` enc() escapes. This pass runs before every encoding, to size the
// output exactly.
[[nodiscard]] constexpr std::size_t count_escapes(std::string_view s) noexcept { return scan_text(s).escapes; }

// What enc() writes for each byte, padded to a fixed width so that the fast encoders can
// copy a whole entry without a branch: `code[b]` starts with the output for byte b, and
// `size[b]` says how much of it counts. An escape is a prefix ("%" for enc(), "%25" for
// enc(enc()), whose escapes have their own '%' escaped) and two hex digits; the width is
// the longest entry rounded up to 4 or 8 bytes.
template <std::size_t PrefixSize>
struct EscapeTable {
  static constexpr std::size_t longest = PrefixSize + 2;
  static constexpr std::size_t width = longest <= 4 ? 4 : 8;
  char code[256][width] = {};
  unsigned char size[256] = {};
};

template <std::size_t PrefixSize>
[[nodiscard]] constexpr EscapeTable<PrefixSize> make_escape_table(const char (&prefix)[PrefixSize + 1]) noexcept {
  EscapeTable<PrefixSize> table{};
  for (int b = 0; b < 256; ++b) {
    if (safe_bytes.member[b]) {
      table.code[b][0] = static_cast<char>(b);
      table.size[b] = 1;
      continue;
    }
    std::size_t k = 0;
    for (std::size_t i = 0; i < PrefixSize; ++i) table.code[b][k++] = prefix[i];
    table.code[b][k++] = hex_digits[b >> 4];
    table.code[b][k++] = hex_digits[b & 0xF];
    table.size[b] = static_cast<unsigned char>(k);
  }
  return table;
}

inline constexpr EscapeTable<1> escape_table = make_escape_table<1>("%");
inline constexpr EscapeTable<3> escape_twice_table = make_escape_table<3>("%25");

[[nodiscard]] constexpr char* encode_unchecked(std::string_view s, char* out) noexcept {
  for (char c : s) {
    if (safe_bytes.contains(c)) {
      *out++ = c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      *out++ = '%';
      *out++ = hex_digits[byte >> 4];
      *out++ = hex_digits[byte & 0xF];
    }
  }
  return out;
}

// The run-time encoders: one table entry copied per byte, no branch on the byte. Each copy
// writes a whole entry (`width` bytes) but advances only by the entry's size, so it may
// write up to width - 1 bytes past its own output. That is harmless before `limit`, the end
// of what the caller writes (whatever comes next overwrites them). When even all-escapes
// output stays that far from `limit`, every byte takes the fast copy; otherwise it stops
// while width - 1 input bytes remain (their output is room enough), and the rest are copied
// one entry at a time. `out` must have room for the encoded size.
template <std::size_t PrefixSize>
[[nodiscard]] inline char* encode_with_table(std::string_view s, char* out, const char* const limit,
                                             const EscapeTable<PrefixSize>& table) noexcept {
  constexpr std::size_t width = EscapeTable<PrefixSize>::width;
  const char* p = s.data();
  const std::size_t n = s.size();
  const auto put = [&table, &out](char c) noexcept {
    const auto b = static_cast<unsigned char>(c);
    std::memcpy(out, table.code[b], width);
    out += table.size[b];
  };
  std::size_t fast = 0;
  if (static_cast<std::size_t>(limit - out) >= n * EscapeTable<PrefixSize>::longest + width) {
    fast = n;
  } else if (n >= width) {
    fast = n - (width - 1);
  }
  std::size_t i = 0;
  for (; i + 4 <= fast; i += 4) {
    put(p[i]);
    put(p[i + 1]);
    put(p[i + 2]);
    put(p[i + 3]);
  }
  for (; i < fast; ++i) put(p[i]);
  for (; i < n; ++i) {
    const auto b = static_cast<unsigned char>(p[i]);
    if (table.size[b] == 1) {
      *out++ = p[i];
    } else {
      std::memcpy(out, table.code[b], EscapeTable<PrefixSize>::longest);
      out += EscapeTable<PrefixSize>::longest;
    }
  }
  return out;
}

[[nodiscard]] inline char* encode_fast(std::string_view s, char* out, const char* limit) noexcept {
  return encode_with_table(s, out, limit, escape_table);
}

[[nodiscard]] inline char* encode_twice_fast(std::string_view s, char* out, const char* limit) noexcept {
  return encode_with_table(s, out, limit, escape_twice_table);
}

// How escapes are read back.
enum class Decoding : unsigned char {
  percent,     // %XX is a byte; '+' is itself (the inverse of enc)
  form,        // also '+' as a space, as application/x-www-form-urlencoded and Leap's server read it
  link_query,  // form, and only RFC 3986 query characters may stand unescaped (a link's own query)
};

// What each byte is to a decoder: itself, a space, an escape, or refused.
enum class ByteRole : unsigned char { literal, space, escape, refused };

struct DecodeTable {
  ByteRole role[256] = {};
};

[[nodiscard]] constexpr DecodeTable make_decode_table(Decoding decoding) noexcept {
  DecodeTable table{};
  for (int b = 0; b < 256; ++b) {
    if (decoding == Decoding::link_query && !query_bytes.member[b]) table.role[b] = ByteRole::refused;
  }
  if (decoding != Decoding::percent) table.role[static_cast<unsigned char>('+')] = ByteRole::space;
  table.role[static_cast<unsigned char>('%')] = ByteRole::escape;
  return table;
}

inline constexpr DecodeTable decode_tables[] = {make_decode_table(Decoding::percent), make_decode_table(Decoding::form),
                                                make_decode_table(Decoding::link_query)};

struct DecodeResult {
  std::size_t size = 0;    // of the decoded bytes
  std::size_t bad = npos;  // offset of the first byte that cannot be decoded, or npos
  bool refused = false;    // that byte may not stand unescaped (else: a '%' without two hex digits)
};

// One byte of `s` at `p`, or one escape, decoded onto `o`; both move past it. False at a
// byte that cannot be decoded, with `result` saying which.
[[nodiscard]] inline bool decode_step(std::string_view s, const ByteRole* role, const char*& p, char*& o,
                                      DecodeResult& result) noexcept {
  const char* const end = s.data() + s.size();
  const char c = *p;
  const ByteRole r = role[static_cast<unsigned char>(c)];
  if (r == ByteRole::literal) {
    *o++ = c;
    ++p;
  } else if (r == ByteRole::escape) {
    const int value = end - p >= 3 ? hex_values.value[static_cast<unsigned char>(p[1])] * 16 +
                                         hex_values.value[static_cast<unsigned char>(p[2])]
                                   : -1;
    if (value < 0) {
      result = {0, static_cast<std::size_t>(p - s.data()), false};  // see hex_values
      return false;
    }
    *o++ = static_cast<char>(value);
    p += 3;
  } else if (r == ByteRole::space) {
    *o++ = ' ';
    ++p;
  } else {
    result = {0, static_cast<std::size_t>(p - s.data()), true};
    return false;
  }
  return true;
}

// Decodes `s` into `out`, which has room for s.size() bytes (decoding never lengthens) and
// does not overlap `s`; any of those bytes may be written, not only the decoded ones. Stops
// at the first byte it cannot decode. One pass: escapes (and, for link_query, the bytes
// allowed unescaped) are checked as they are read.
[[nodiscard]] inline DecodeResult decode_into(std::string_view s, Decoding decoding, char* out) noexcept {
  const ByteRole* role = decode_tables[static_cast<unsigned char>(decoding)].role;
  const char* p = s.data();
  const char* const end = p + s.size();
  char* o = out;
  DecodeResult result;
  if (decoding == Decoding::link_query) {  // every byte looked up: many may not stand unescaped
    while (p != end) {
      while (p != end && role[static_cast<unsigned char>(*p)] == ByteRole::literal) *o++ = *p++;
      if (p != end && !decode_step(s, role, p, o, result)) return result;
    }
    return {static_cast<std::size_t>(o - out), npos, false};
  }
  const bool plus = decoding == Decoding::form;  // only '%' and '+' special: 8 at a time
  while (p != end) {
    if (end - p >= 8) {
      // Eight bytes copied at once; the output keeps those before the first '%' or '+'.
      // There is room: o is no further into `out` than p is into `s`, and p + 8 <= end.
      const std::uint64_t word = load8(std::string_view(p, 8), 0);
      const std::uint64_t flags = byte_flags8(word, '%') | (plus ? byte_flags8(word, '+') : 0);
      std::memcpy(o, &word, sizeof word);
      const std::size_t literal =
          flags == 0 ? 8 : bytes_before_flag(flags, p, [plus](char c) { return c == '%' || (plus && c == '+'); });
      o += literal;
      p += literal;
      if (literal == 8) continue;
    }
    // Byte by byte while escapes follow one another, and through the last few bytes.
    do {
      if (!decode_step(s, role, p, o, result)) return result;
    } while (p != end && (end - p < 8 || role[static_cast<unsigned char>(*p)] != ByteRole::literal));
  }
  return {static_cast<std::size_t>(o - out), npos, false};
}

[[nodiscard]] constexpr Fault bad_escape_fault(std::string_view field, std::size_t offset) noexcept {
  return {Errc::invalid_percent_encoding, field, "is a '%' not followed by two hex digits", offset};
}

}  // namespace detail

/// Whether Leap's encoder keeps byte `c` as itself: `A-Z a-z 0-9 - . _ *`.
[[nodiscard]] constexpr bool is_safe_byte(char c) noexcept { return detail::safe_bytes.contains(c); }

/// The exact size of `percent_encode(s)`: one byte per safe byte, three per other byte.
///
/// @par Example
/// @code
/// static_assert(leap::percent_encoded_size("a b") == 5);  // "a%20b"
/// @endcode
[[nodiscard]] constexpr std::size_t percent_encoded_size(std::string_view s) noexcept {
  return s.size() + 2 * detail::count_escapes(s);
}

/// Writes `percent_encode(s)` to `dest` without allocating, when it fits.
///
/// @return the number of bytes written, `percent_encoded_size(s)`; or 0, with nothing
///         written, when that exceeds `capacity`. Never writes past `dest + capacity`, and
///         writes no terminating NUL.
///
/// @par Example
/// @code
/// char buffer[16];
/// std::size_t n = leap::percent_encode("a&b", buffer, sizeof buffer);  // "a%26b", n == 5
/// @endcode
[[nodiscard]] constexpr std::size_t percent_encode(std::string_view s, char* dest, std::size_t capacity) noexcept {
  const std::size_t size = percent_encoded_size(s);
  if (size > capacity) return 0;
  static_cast<void>(detail::encode_unchecked(s, dest));
  return size;
}

/// Percent-encodes every byte of `s` outside `A-Z a-z 0-9 - . _ *` as `%XX` with upper-case
/// hex (`docs/rules.md#encoding`). Space becomes `%20`, never `+`; `~` becomes `%7E`. One exact allocation.
///
/// @par Example
/// @code
/// leap::percent_encode("state=abc def") == "state%3Dabc%20def"
/// @endcode
/// @throws std::bad_alloc only.
[[nodiscard]] inline std::string percent_encode(std::string_view s) {
  const std::size_t escapes = detail::count_escapes(s);
  if (escapes == 0) return std::string(s);  // nothing to escape: a copy
  std::string out;
  out.reserve(s.size() + 2 * escapes);
  // Encoded a piece at a time through a small buffer and appended, rather than written over
  // a zero-filled string: each output byte is written once into the string.
  // The buffer's last 3 bytes are room for the fast encoder's overrun (see encode_with_table).
  constexpr std::size_t piece = 256;
  char buffer[piece * 3 + 3];
  for (std::size_t i = 0; i < s.size(); i += piece) {
    const char* end = detail::encode_fast(s.substr(i, piece), buffer, buffer + sizeof buffer);
    out.append(buffer, static_cast<std::size_t>(end - buffer));
  }
  return out;
}

namespace detail {

// The fault a failed decode_into stands for: on `field`, at `offset` plus its place.
[[nodiscard]] inline Fault decode_fault(std::string_view s, const DecodeResult& decoded, std::string_view field,
                                        std::size_t offset) noexcept {
  if (decoded.bad == npos) return {};
  if (!decoded.refused) return bad_escape_fault(field, offset + decoded.bad);
  return byte_fault(Errc::invalid_url, "url", "is not allowed unescaped in a query", offset + decoded.bad,
                    s[decoded.bad]);
}

// Decodes `s` into `out`, resized to fit; a failure is decode_fault's.
[[nodiscard]] inline Fault decode_to(std::string_view s, Decoding decoding, std::string_view field, std::size_t offset,
                                     std::string& out) {
  out.resize(s.size());
  const DecodeResult decoded = decode_into(s, decoding, out.data());
  out.resize(decoded.size);
  return decode_fault(s, decoded, field, offset);
}

// The readers look at a raw text up to this size before decoding it: most are short and hold
// no escape, so there is nothing to decode. A longer one usually has escapes, and looking
// first would only read it twice.
inline constexpr std::size_t short_text_size = 64;

// What percent or form decoding does to a text (link_query is never asked: it also refuses bytes).
enum class RawText : unsigned char {
  plain_ascii,  // nothing, and every byte is ASCII: UTF-8 as it stands
  unchanged,    // nothing, but some byte is above 0x7F
  changed,      // it holds '%', or '+' for form decoding
};

// Reads `s` eight bytes at a time; the last word overlaps the one before.
[[nodiscard]] inline RawText classify_raw(std::string_view s, Decoding decoding) noexcept {
  const auto plus = static_cast<unsigned char>(decoding == Decoding::form ? '+' : '%');
  std::uint64_t high = 0;  // the high bits of every byte read
  if (s.size() < 8) {
    for (const char c : s) {
      if (c == '%' || static_cast<unsigned char>(c) == plus) return RawText::changed;
      high |= static_cast<unsigned char>(c);
    }
  } else {
    for (std::size_t i = 0;; i += 8) {
      const std::uint64_t word = load8(s, i + 8 < s.size() ? i : s.size() - 8);
      if (has_byte8(word, '%') || has_byte8(word, plus)) return RawText::changed;
      high |= word;
      if (i + 8 >= s.size()) break;
    }
  }
  return (high & 0x8080808080808080U) == 0 ? RawText::plain_ascii : RawText::unchanged;
}

// Decodes `s` and hands the bytes to `take(std::string_view)`: through a buffer on the stack
// when they fit (most keys and values), else through a string. A bad escape is a fault on
// `field` at `offset` plus its place in `s`, and `take` is not called.
template <class Take>
[[nodiscard]] Fault decode_then(std::string_view s, Decoding decoding, std::string_view field, std::size_t offset,
                                Take&& take) {
  // Nothing to decode, nothing to copy (see short_text_size).
  if (decoding != Decoding::link_query && s.size() <= short_text_size &&
      classify_raw(s, decoding) != RawText::changed) {
    take(s);
    return {};
  }
  char local[1024];  // room for any refId that is not too long, with every byte escaped
  if (s.size() <= sizeof local) {
    const DecodeResult decoded = decode_into(s, decoding, local);
    if (decoded.bad != npos) return decode_fault(s, decoded, field, offset);
    take(std::string_view(local, decoded.size));
    return {};
  }
  std::string heap;
  if (Fault fault = decode_to(s, decoding, field, offset, heap); fault.failed()) return fault;
  take(std::string_view(heap));
  return {};
}

[[nodiscard]] inline Fault percent_decode_into(std::string_view s, std::optional<std::string>& out) {
  out.emplace();
  return decode_to(s, Decoding::percent, "percent-encoded text", 0, *out);
}

}  // namespace detail

/// Decodes every `%XX` (either case of hex) in `s`; every other byte, `+` included, is kept.
/// The inverse of `percent_encode`: `percent_decode(percent_encode(s)) == s` for all `s`.
/// It does not check UTF-8: any byte sequence can be encoded and decoded.
///
/// @par Example
/// @code
/// leap::percent_decode("a%2520b") == "a%20b"
/// @endcode
/// @throws leap::UrlError with `Errc::invalid_percent_encoding`, naming the offset of the
///         first `%` not followed by two hex digits; std::bad_alloc.
[[nodiscard]] inline std::string percent_decode(std::string_view s) {
  return detail::produce<std::string>([&](auto& out) { return detail::percent_decode_into(s, out); });
}

/// As `percent_decode(s)`, but reports a bad escape through `ec` and returns `std::nullopt`.
/// Skipped (returning `std::nullopt`) when `ec` already holds an error: see `leap::Status`.
/// @throws std::bad_alloc only.
[[nodiscard]] inline std::optional<std::string> percent_decode(std::string_view s, std::error_code& ec) {
  return detail::produce<std::string>([&](auto& out) { return detail::percent_decode_into(s, out); }, ec);
}

/// As `percent_decode(s, ec)`, with the full diagnostic in `status`.
/// @throws std::bad_alloc only.
[[nodiscard]] inline std::optional<std::string> percent_decode(std::string_view s, Status& status) {
  return detail::produce<std::string>([&](auto& out) { return detail::percent_decode_into(s, out); }, status);
}

}  // namespace leap

#endif  // LEAP_PERCENT_ENCODING_HPP
