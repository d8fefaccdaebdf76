// SPDX-License-Identifier: MIT
// What the example servers share: escaping untrusted text for HTML, and a random token.
// Copy it along with the example you start from.
#ifndef LEAP_EXAMPLES_HTML_HPP
#define LEAP_EXAMPLES_HTML_HPP

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace example {

// Escapes untrusted text for HTML element content and attribute values. Characters that
// have no business in a page, or that could make it read other than it is, become U+FFFD:
// C0 and C1 controls, DEL, and the bidirectional overrides and isolates (U+202A-U+202E,
// U+2066-U+2069). The text must be well-formed UTF-8, as everything leap hands back is.
inline std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const auto next = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0; };
    const bool c1 = byte == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F;                            // U+0080-U+009F
    const bool bidi = byte == 0xE2 && ((next(1) == 0x80 && next(2) >= 0xAA && next(2) <= 0xAE) ||  // U+202A-U+202E
                                       (next(1) == 0x81 && next(2) >= 0xA6 && next(2) <= 0xA9));   // U+2066-U+2069
    if (byte < 0x20 || byte == 0x7F || c1 || bidi) {
      out += "&#xFFFD;";
      i += c1 ? 1 : bidi ? 2 : 0;
      continue;
    }
    switch (byte) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += text[i];
    }
  }
  return out;
}

// 128 random bits as 32 hex digits, for a session id or a `state` value.
inline std::string random_token() {
  static constexpr char hex[] = "0123456789abcdef";
  std::random_device device;  // the operating system's generator
  std::string out;
  for (int i = 0; i < 4; ++i) {
    std::uint32_t word = device();
    for (int k = 0; k < 8; ++k, word >>= 4) out += hex[word & 0xF];
  }
  return out;
}

}  // namespace example

#endif  // LEAP_EXAMPLES_HTML_HPP
