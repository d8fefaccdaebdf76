// SPDX-License-Identifier: MIT
// Text the tool prints: JSON strings, escaped one-line values, and lists of ids.
#ifndef LEAP_TOOLS_TEXT_HPP
#define LEAP_TOOLS_TEXT_HPP

#include <string>
#include <string_view>

namespace tool {

// A JSON string. The library guarantees well-formed UTF-8, so only controls, quotes and
// backslashes need escaping.
inline std::string json_string(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (byte < 0x20 || byte == 0x7F) {
          out += "\\u00";
          out += hex[byte >> 4];
          out += hex[byte & 0xF];
        } else {
          out += c;
        }
    }
  }
  return out + '"';
}

// One line of text output: backslashes and control bytes escaped (\\, \xNN).
inline std::string text_value(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\\') {
      out += "\\\\";
    } else if (byte < 0x20 || byte == 0x7F) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

// "a, b, c and d" (or, with `last` " or ", "a, b, c or d"), from a list of values and the
// function naming each.
template <class List, class Name>
std::string joined(const List& values, Name name, std::string_view last = " and ") {
  std::string out;
  std::size_t i = 0;
  for (const auto& value : values) {
    if (i != 0) out += i + 1 == values.size() ? last : ", ";
    out += name(value);
    ++i;
  }
  return out;
}

// "a, b, c or d".
template <class List, class Name>
std::string one_of(const List& values, Name name) {
  return joined(values, name, " or ");
}

}  // namespace tool

#endif  // LEAP_TOOLS_TEXT_HPP
