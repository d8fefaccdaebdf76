// SPDX-License-Identifier: MIT
// Internal: one failed check, turned into an exception or an error_code by the public API.
#ifndef LEAP_DETAIL_FAULT_HPP
#define LEAP_DETAIL_FAULT_HPP

#include <cstddef>
#include <cstdlib>
#include <string>
#include <string_view>
#include <system_error>

#include "../config.hpp"
#include "../error.hpp"

namespace leap::detail {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// What went wrong, with enough detail for a message a person can act on. A default-made
// Fault means "no fault". Faults are plain data so that validation stays noexcept and the
// message is only built on the throwing path.
struct Fault {
  Errc code{};
  std::string_view field{};   // "refId", "org name", "url", ...
  std::string_view reason{};  // "is a control character"
  std::size_t offset = npos;  // byte offset of the first offending byte, if any
  int byte = -1;              // that byte's value, if worth showing
  std::size_t size = npos;    // the field's size, for length faults
  std::size_t limit = 0;      // the allowed maximum, for length faults

  [[nodiscard]] constexpr bool failed() const noexcept { return code != Errc{}; }
};

inline void append_decimal(std::string& out, std::size_t value) {
  char digits[20];
  std::size_t n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (n != 0) out += digits[--n];
}

// "<field>: [byte N ]<reason>[ (0xHH)][ (S bytes, at most L)]"
[[nodiscard]] inline std::string describe(const Fault& fault) {
  std::string out;
  out.reserve(96);
  out += fault.field;
  out += ": ";
  if (fault.offset != npos) {
    out += "byte ";
    append_decimal(out, fault.offset);
    out += ' ';
  }
  out += fault.reason;
  if (fault.byte >= 0) {
    constexpr char hex[] = "0123456789ABCDEF";
    out += " (0x";
    out += hex[(fault.byte >> 4) & 0xF];
    out += hex[fault.byte & 0xF];
    out += ')';
  }
  if (fault.size != npos) {
    out += " (";
    append_decimal(out, fault.size);
    out += " bytes, at most ";
    append_decimal(out, fault.limit);
    out += ')';
  }
  return out;
}

// The throwing path. Without exceptions there is nowhere to report to, so it aborts; code
// built with -fno-exceptions uses the error_code overloads, which never get here.
[[noreturn]] inline void raise(const Fault& fault) {
#if LEAP_HAS_EXCEPTIONS
  throw UrlError(fault.code, describe(fault));
#else
  static_cast<void>(fault);
  std::abort();
#endif
}

// Sets `ec` from `fault` (clearing it on success) and says whether the call succeeded.
inline bool report(const Fault& fault, std::error_code& ec) noexcept {
  if (fault.failed()) {
    ec = make_error_code(fault.code);
    return false;
  }
  ec.clear();
  return true;
}

}  // namespace leap::detail

#endif  // LEAP_DETAIL_FAULT_HPP
