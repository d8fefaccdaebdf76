// SPDX-License-Identifier: MIT
// Internal: one failed check, turned into an exception, an error_code or a Status by the
// public API.
#ifndef LEAP_DETAIL_FAULT_HPP
#define LEAP_DETAIL_FAULT_HPP

#include <cstddef>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include "../config.hpp"
#include "../error.hpp"
#include "../status.hpp"

namespace leap::detail {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// A number a fault may carry, or none: npos for an offset or a size, -1 for a byte. Stored
// plus one, so that "none" is zero and a Fault that holds no fault is all zero bytes, which
// every check returns at little cost.
template <class T>
class FaultNumber {
 public:
  constexpr FaultNumber() noexcept = default;
  constexpr FaultNumber(T value) noexcept  // NOLINT(google-explicit-constructor): Fault{..., offset}
      : stored_(static_cast<T>(value + 1)) {}

  [[nodiscard]] constexpr bool has_value() const noexcept { return stored_ != 0; }
  [[nodiscard]] constexpr T value() const noexcept { return static_cast<T>(stored_ - 1); }

 private:
  T stored_ = 0;
};

// What went wrong, with enough detail for a message a person can act on. A default-made
// Fault means "no fault". Faults are plain data so that validation stays noexcept and the
// message is only built when someone asks for it.
struct Fault {
  Errc code{};
  std::string_view field{};           // "refId", "org name", "url", ...
  std::string_view reason{};          // "is a control character"
  FaultNumber<std::size_t> offset{};  // byte offset of the first offending byte, if any
  FaultNumber<int> byte{};            // that byte's value, if worth showing
  FaultNumber<std::size_t> size{};    // the field's size, for length faults
  std::size_t limit = 0;              // the allowed maximum, for length faults

  [[nodiscard]] constexpr bool failed() const noexcept { return code != Errc{}; }
};

[[nodiscard]] constexpr Fault byte_fault(Errc code, std::string_view field, std::string_view reason, std::size_t offset,
                                         char byte) noexcept {
  return {code, field, reason, offset, static_cast<unsigned char>(byte)};
}

[[nodiscard]] constexpr Fault size_fault(Errc code, std::string_view field, std::string_view reason, std::size_t size,
                                         std::size_t limit) noexcept {
  return {code, field, reason, npos, -1, size, limit};
}

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
  out.reserve(fault.field.size() + fault.reason.size() + 48);
  out += fault.field;
  out += ": ";
  if (fault.offset.has_value()) {
    out += "byte ";
    append_decimal(out, fault.offset.value());
    out += ' ';
  }
  out += fault.reason;
  if (fault.byte.has_value()) {
    constexpr char hex[] = "0123456789ABCDEF";
    out += " (0x";
    out += hex[(fault.byte.value() >> 4) & 0xF];
    out += hex[fault.byte.value() & 0xF];
    out += ')';
  }
  if (fault.size.has_value()) {
    out += " (";
    append_decimal(out, fault.size.value());
    out += " bytes, at most ";
    append_decimal(out, fault.limit);
    out += ')';
  }
  return out;
}

// The throwing path. Without exceptions there is nowhere to report to, so it aborts; code
// built with -fno-exceptions uses the error_code or Status overloads, which never get here.
[[noreturn]] inline void raise(const Fault& fault) {
#if LEAP_HAS_EXCEPTIONS
  throw UrlError(fault.code, describe(fault));
#else
  static_cast<void>(fault);
  std::abort();
#endif
}

// The rule of every non-throwing call (see leap::Status): a slot that already holds an
// error makes the call do nothing.
[[nodiscard]] inline bool holds_error(const std::error_code& ec) noexcept { return static_cast<bool>(ec); }
[[nodiscard]] inline bool holds_error(const Status& status) noexcept { return status.failed(); }

// Records `fault` in the slot (which holds no error yet) and says whether the call succeeded.
inline bool report(const Fault& fault, std::error_code& ec) noexcept {
  if (!fault.failed()) return true;
  ec = make_error_code(fault.code);
  return false;
}
inline bool report(const Fault& fault, Status& status) {
  if (!fault.failed()) return true;
  status = Status(fault.code, describe(fault));
  return false;
}

// The three forms of an operation `run`, which returns a Fault and, on success, leaves its
// result in the optional it is given (or changes an object in place):
//   produce<T>(run)        throws the fault as UrlError;
//   produce<T>(run, slot)  reports it through an error_code or Status, and is skipped
//                          when the slot already holds an error (see leap::Status).
template <class T, class Run>
[[nodiscard]] T produce(Run&& run) {
  std::optional<T> result;
  if (const Fault fault = run(result); fault.failed()) raise(fault);
  return std::move(*result);
}

template <class T, class Run, class Slot>
[[nodiscard]] std::optional<T> produce(Run&& run, Slot& slot) {
  std::optional<T> result;
  if (holds_error(slot) || !report(run(result), slot)) result.reset();
  return result;
}

template <class Run>
void change(Run&& run) {
  if (const Fault fault = run(); fault.failed()) raise(fault);
}

template <class Run, class Slot>
void change(Run&& run, Slot& slot) {
  if (!holds_error(slot)) report(run(), slot);
}

}  // namespace leap::detail

#endif  // LEAP_DETAIL_FAULT_HPP
