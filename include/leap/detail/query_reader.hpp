// SPDX-License-Identifier: MIT
// Internal: the one query reader and the one form decoder. DirectUrl::parse,
// ConnectUrl::parse and the final-redirect readers all walk queries with QueryReader and
// decode with decode_form; they differ only in the layout they accept and in what each
// parameter name means to them.
#ifndef LEAP_DETAIL_QUERY_READER_HPP
#define LEAP_DETAIL_QUERY_READER_HPP

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "../percent_encoding.hpp"
#include "chars.hpp"
#include "fault.hpp"

namespace leap::detail {

// What a query must look like.
enum class QueryLayout : unsigned char {
  link,  // as a built link holds it: every part is name=value, no part is empty
  form,  // as browsers and CGI read a form: empty parts are skipped, a part without '='
         // is a name with an empty value
};

// One '&'-separated part, not yet decoded.
struct QueryPart {
  std::string_view name;   // before the first '=' (the whole part when there is none)
  std::string_view value;  // after the first '='
  std::size_t offset = 0;  // of the part, counted as the reader's `offset` says
  bool has_equals = false;
};

class QueryReader {
 public:
  // `offset` is where `query` starts in what the caller reports offsets against; `field`
  // names the query in faults.
  QueryReader(std::string_view query, std::size_t offset, QueryLayout layout, std::string_view field) noexcept
      : query_(query), offset_(offset), layout_(layout), field_(field) {}

  // The next part: true with `part` set; false at the end, or with `fault` set when the
  // query breaks the layout.
  [[nodiscard]] bool next(QueryPart& part, Fault& fault) noexcept {
    const char* const all_end = query_.data() + query_.size();
    while (pos_ <= query_.size()) {
      const char* const begin = query_.data() + pos_;
      const auto size = static_cast<std::size_t>(all_end - begin);
      const char* end = size == 0 ? nullptr : static_cast<const char*>(std::memchr(begin, '&', size));
      if (end == nullptr) end = all_end;
      const auto length = static_cast<std::size_t>(end - begin);
      const char* equals = length == 0 ? nullptr : static_cast<const char*>(std::memchr(begin, '=', length));
      part.offset = offset_ + pos_;
      part.has_equals = equals != nullptr;
      part.name = std::string_view(begin, static_cast<std::size_t>((part.has_equals ? equals : end) - begin));
      part.value = part.has_equals ? std::string_view(equals + 1, static_cast<std::size_t>(end - equals - 1))
                                   : std::string_view{};
      pos_ += length + 1;
      if (layout_ == QueryLayout::form) {
        if (length == 0) continue;  // "a=1&&b=2", a trailing '&'
        return true;
      }
      if (length == 0) {
        fault = {Errc::invalid_url, field_, "is an empty parameter (a stray '&')", part.offset};
        return false;
      }
      if (!part.has_equals) {
        fault = {Errc::invalid_url, field_, "is a parameter without '='", part.offset};
        return false;
      }
      return true;
    }
    return false;
  }

 private:
  std::string_view query_;
  std::size_t offset_;
  QueryLayout layout_;
  std::string_view field_;
  std::size_t pos_ = 0;
};

// Form-decodes `raw` into `out` ('+' is a space, %XX a byte); a bad escape is a fault on
// `field` at `offset` plus its place in `raw`.
[[nodiscard]] inline Fault decode_form(std::string_view raw, std::string_view field, std::size_t offset,
                                       std::string& out) {
  return decode_to(raw, Decoding::form, field, offset, out);
}

}  // namespace leap::detail

#endif  // LEAP_DETAIL_QUERY_READER_HPP
