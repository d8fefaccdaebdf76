// SPDX-License-Identifier: MIT
// Internal: splitting a query into '&'-separated name=value parts.
#ifndef LEAP_DETAIL_QUERY_HPP
#define LEAP_DETAIL_QUERY_HPP

#include <cstddef>
#include <string_view>

namespace leap::detail {

struct QueryPart {
  std::string_view name;   // before the first '=' (the whole part when there is none)
  std::string_view value;  // after the first '='
  bool has_equals = false;
  std::size_t offset = 0;  // of the part, in the query
};

// Walks "a=1&b=2&" as {a,1}, {b,2}, {} : n '&' give n + 1 parts, empty ones included.
class QueryParts {
 public:
  constexpr explicit QueryParts(std::string_view query) noexcept : query_(query) {}

  [[nodiscard]] constexpr bool next(QueryPart& part) noexcept {
    if (pos_ > query_.size()) return false;
    std::size_t end = query_.find('&', pos_);
    if (end == std::string_view::npos) end = query_.size();
    const std::string_view text = query_.substr(pos_, end - pos_);
    const std::size_t equals = text.find('=');
    part.offset = pos_;
    part.has_equals = equals != std::string_view::npos;
    part.name = text.substr(0, equals);
    part.value = part.has_equals ? text.substr(equals + 1) : std::string_view{};
    pos_ = end + 1;
    return true;
  }

 private:
  std::string_view query_;
  std::size_t pos_ = 0;
};

}  // namespace leap::detail

#endif  // LEAP_DETAIL_QUERY_HPP
