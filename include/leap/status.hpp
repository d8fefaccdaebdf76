// SPDX-License-Identifier: MIT
/// @file
/// `leap::Status`: what a sequence of non-throwing calls did, with the full diagnostic.
#ifndef LEAP_STATUS_HPP
#define LEAP_STATUS_HPP

#include <string>
#include <system_error>
#include <utility>

#include "error.hpp"

namespace leap {

/// The outcome of one or more non-throwing calls: success, or the first error, with the
/// same text that `UrlError::what()` would have carried (field, reason, offset, byte).
///
/// Every call that takes a `std::error_code&` also takes a `Status&` in its place. Both
/// follow one rule, as a stream's state does: **a call given an error slot that already
/// holds an error does nothing and leaves the slot as it is.** So a chain of calls can
/// never end looking successful when one of them failed, and the slot says which failed
/// first. `clear()` it (or use a fresh one) to start again.
///
/// @par Example
/// @code
/// leap::Status status;
/// auto url = leap::DirectUrl::make("ElectricSpaceships", leap::Utility::sce, status);
/// if (url) url->set_ref_id("bad\nid", status).add_redirect_param("state", "x", status);  // 2nd call skipped
/// if (!status.ok()) std::cerr << status.message() << '\n';  // "refId: byte 3 is a control character (0x0A)"
/// @endcode
///
/// Works without exceptions; building the message may throw `std::bad_alloc` (which, under
/// `-fno-exceptions`, ends the program as any failed allocation does).
class Status {
 public:
  /// Success.
  Status() noexcept = default;
  /// A failure with `code` and its diagnostic `message`.
  /// @throws nothing (the string is moved in).
  Status(Errc code, std::string message) noexcept : code_(code), message_(std::move(message)) {}

  /// True while no call has failed.
  [[nodiscard]] bool ok() const noexcept { return code_ == Errc{}; }
  /// True once a call has failed.
  [[nodiscard]] bool failed() const noexcept { return !ok(); }
  /// The error, or `Errc{}` (zero) on success.
  [[nodiscard]] Errc errc() const noexcept { return code_; }
  /// The error as a `std::error_code` (clear on success), for `ec == leap::Errc::x` tests.
  [[nodiscard]] std::error_code code() const noexcept { return ok() ? std::error_code{} : make_error_code(code_); }
  /// The diagnostic, as `UrlError::what()` gives it; empty on success.
  [[nodiscard]] const std::string& message() const noexcept { return message_; }
  /// Back to success, so that further calls run again.
  void clear() noexcept {
    code_ = Errc{};
    message_.clear();
  }

 private:
  Errc code_{};
  std::string message_;
};

}  // namespace leap

#endif  // LEAP_STATUS_HPP
