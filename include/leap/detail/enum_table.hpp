// SPDX-License-Identifier: MIT
// Internal: lookups over the constexpr tables that wire.hpp's lists expand into. Each table
// is an array of rows with at least `value` (the enumerator) and `id` (its wire text).
#ifndef LEAP_DETAIL_ENUM_TABLE_HPP
#define LEAP_DETAIL_ENUM_TABLE_HPP

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "../config.hpp"
#include "chars.hpp"

namespace leap::detail {

// How a wire id is matched: exactly (URL paths and Connect values), or ignoring ASCII case
// (ids typed by people: parse_utility, parse_region, ...).
enum class IdCase { exact, ascii_insensitive };

// Whether row i holds enumerator i for every row. Every table asserts it where it is made
// (wire.hpp's lists make the enum and the table in one order), so that find_row indexes.
template <class Row, std::size_t N>
[[nodiscard]] constexpr bool rows_in_enum_order(const Row (&rows)[N]) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(rows[i].value) != i) return false;
  }
  return true;
}

// The row of `value`, or null when it is none of the enumerators (rows in enum order).
template <class Row, std::size_t N, class Enum>
[[nodiscard]] constexpr const Row* find_row(const Row (&rows)[N], Enum value) noexcept {
  const auto index = static_cast<std::size_t>(value);
  return index < N ? &rows[index] : nullptr;
}

template <class Row, std::size_t N>
[[nodiscard]] constexpr const Row* find_id(const Row (&rows)[N], std::string_view id, IdCase match) noexcept {
  for (const Row& row : rows) {
    if (match == IdCase::exact ? row.id == id : iequals(row.id, id)) return &row;
  }
  return nullptr;
}

// A text column of `value`'s row (its id, unless `column` says another); a value that is
// not an enumerator is a programmer error: it fails LEAP_ASSERT and yields an empty view.
template <class Row, std::size_t N, class Enum>
[[nodiscard]] constexpr std::string_view text_of(const Row (&rows)[N], Enum value,
                                                 std::string_view Row::*column = &Row::id) noexcept {
  const Row* row = find_row(rows, value);
  LEAP_ASSERT(row != nullptr && "leap: an enum value that is none of its enumerators");
  return row != nullptr ? row->*column : std::string_view{};
}

// The enumerator whose id is `id`, ignoring ASCII case (ids typed by people).
template <class Row, std::size_t N>
[[nodiscard]] constexpr auto parse_id(const Row (&rows)[N], std::string_view id) noexcept {
  const Row* row = find_id(rows, id, IdCase::ascii_insensitive);
  return row != nullptr ? std::optional(row->value) : std::nullopt;
}

template <class Row, std::size_t N>
[[nodiscard]] constexpr auto values_of(const Row (&rows)[N]) noexcept {
  std::array<decltype(rows[0].value), N> values{};
  for (std::size_t i = 0; i < N; ++i) values[i] = rows[i].value;
  return values;
}

// Short text built at compile time, such as an error reason listing every id.
struct FixedText {
  char data[224] = {};
  std::size_t size = 0;

  constexpr FixedText& append(std::string_view s) {
    for (char c : s) data[size++] = c;  // a constant-evaluation error if it ever overflows
    return *this;
  }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, size}; }
};

// prefix + "a, b, c or d".
template <class Row, std::size_t N>
[[nodiscard]] constexpr FixedText id_list(std::string_view prefix, const Row (&rows)[N]) {
  FixedText text;
  text.append(prefix);
  for (std::size_t i = 0; i < N; ++i) {
    if (i != 0) text.append(i + 1 == N ? " or " : ", ");
    text.append(rows[i].id);
  }
  return text;
}

}  // namespace leap::detail

#endif  // LEAP_DETAIL_ENUM_TABLE_HPP
