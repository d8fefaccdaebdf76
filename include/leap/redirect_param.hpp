// SPDX-License-Identifier: MIT
/// @file
/// `leap::RedirectParam` and its views: the custom parameters carried to the final redirect.
#ifndef LEAP_REDIRECT_PARAM_HPP
#define LEAP_REDIRECT_PARAM_HPP

#include <cstddef>
#include <cstdlib>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "config.hpp"

namespace leap {

/// A custom parameter that owns its text: unencoded key and value. `FinalRedirect` holds
/// these; a link's own params are read as `RedirectParamView`s.
struct RedirectParam {
  std::string key;    ///< unencoded key
  std::string value;  ///< unencoded value (may be empty)

  /// Equal when key and value are equal byte for byte.
  friend bool operator==(const RedirectParam& a, const RedirectParam& b) noexcept {
    return a.key == b.key && a.value == b.value;
  }
  /// `!(a == b)`.
  friend bool operator!=(const RedirectParam& a, const RedirectParam& b) noexcept { return !(a == b); }
};

/// A key or value of a link's custom parameter: a `std::string_view` into the link that also
/// converts to `std::string`, so code written when a link's params were `RedirectParam`s
/// (`std::string key = param.key;`) keeps compiling. Valid until the link is changed or
/// destroyed.
///
/// @par Example
/// @code
/// std::string_view key = url.redirect_params().front().key;  // no copy
/// std::string owned = url.redirect_params().front().key;     // a copy
/// @endcode
class ParamText : public std::string_view {
 public:
  /// Empty.
  constexpr ParamText() noexcept = default;
  /// The `size` bytes at `data`.
  constexpr ParamText(const char* data, std::size_t size) noexcept : std::string_view(data, size) {}
  /// The bytes of `text`.
  constexpr ParamText(std::string_view text) noexcept : std::string_view(text) {}  // NOLINT: implicit by design
  /// The bytes of `text`, up to its NUL.
  constexpr ParamText(const char* text) noexcept : std::string_view(text) {}  // NOLINT: implicit by design
  /// The bytes of `text`.
  ParamText(const std::string& text) noexcept : std::string_view(text) {}  // NOLINT: implicit by design
  /// An owning copy. @throws std::bad_alloc.
  operator std::string() const { return std::string(data(), size()); }  // NOLINT: implicit by design
};

/// One custom parameter of a `DirectUrl` or `ConnectUrl`, as views into the link: valid
/// until the link is changed or destroyed. Converts to an owning `RedirectParam`.
struct RedirectParamView {
  ParamText key;    ///< unencoded key
  ParamText value;  ///< unencoded value (may be empty)

  /// An owning copy. @throws std::bad_alloc.
  operator RedirectParam() const {
    return RedirectParam{std::string(key), std::string(value)};
  }  // NOLINT: implicit by design

  /// Equal when key and value are equal byte for byte.
  friend bool operator==(RedirectParamView a, RedirectParamView b) noexcept {
    return a.key == b.key && a.value == b.value;
  }
  /// `!(a == b)`.
  friend bool operator!=(RedirectParamView a, RedirectParamView b) noexcept { return !(a == b); }
  /// Equal to an owning param with the same key and value.
  friend bool operator==(RedirectParamView a, const RedirectParam& b) noexcept {
    return a.key == b.key && a.value == b.value;
  }
  /// `b == a`.
  friend bool operator==(const RedirectParam& a, RedirectParamView b) noexcept { return b == a; }
  /// `!(a == b)`.
  friend bool operator!=(RedirectParamView a, const RedirectParam& b) noexcept { return !(a == b); }
  /// `!(a == b)`.
  friend bool operator!=(const RedirectParam& a, RedirectParamView b) noexcept { return !(a == b); }
};

namespace detail {

// A link keeps its params as records in one buffer: key size and value size in two bytes
// each (little-endian; a link is at most 8,000 bytes), then the key and value bytes.
inline constexpr std::size_t param_header_size = 4;

inline void put_param_header(char* out, std::size_t key_size, std::size_t value_size) noexcept {
  out[0] = static_cast<char>(key_size & 0xFF);
  out[1] = static_cast<char>(key_size >> 8);
  out[2] = static_cast<char>(value_size & 0xFF);
  out[3] = static_cast<char>(value_size >> 8);
}

[[nodiscard]] inline std::size_t get_param_size(const char* in) noexcept {
  return static_cast<std::size_t>(static_cast<unsigned char>(in[0])) |
         static_cast<std::size_t>(static_cast<unsigned char>(in[1])) << 8;
}

}  // namespace detail

/// The custom parameters of a `DirectUrl` or `ConnectUrl`, in the order added: a forward
/// range of `RedirectParamView`, valid until the link is changed or destroyed. It compares
/// equal to a `std::vector<RedirectParam>` holding the same params, and converts to one.
///
/// @par Example
/// @code
/// for (leap::RedirectParamView param : url.redirect_params()) std::cout << param.key << '\n';
/// std::vector<leap::RedirectParam> copy = url.redirect_params();
/// @endcode
class RedirectParams {
 public:
  // The standard's names for an iterator and its traits, so <iterator> and ranges find them.
  // NOLINTBEGIN(readability-identifier-naming)
  /// Walks the params in order.
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;  ///< forward only
    using value_type = RedirectParamView;                 ///< what `*it` gives
    using difference_type = std::ptrdiff_t;               ///< distance between two iterators
    using pointer = void;                                 ///< no `->`: `*it` is a value
    using reference = RedirectParamView;                  ///< `*it` is a view, by value

    iterator() noexcept = default;  ///< a singular iterator
    /// The param here.
    [[nodiscard]] RedirectParamView operator*() const noexcept {
      const std::size_t key_size = detail::get_param_size(at_);
      const std::size_t value_size = detail::get_param_size(at_ + 2);
      const char* key = at_ + detail::param_header_size;
      return {{key, key_size}, {key + key_size, value_size}};
    }
    /// To the next param.
    iterator& operator++() noexcept {
      at_ += detail::param_header_size + detail::get_param_size(at_) + detail::get_param_size(at_ + 2);
      return *this;
    }
    /// To the next param; returns the old position.
    iterator operator++(int) noexcept {
      iterator old = *this;
      ++*this;
      return old;
    }
    /// Same position.
    friend bool operator==(iterator a, iterator b) noexcept { return a.at_ == b.at_; }
    /// Different positions.
    friend bool operator!=(iterator a, iterator b) noexcept { return a.at_ != b.at_; }

   private:
    friend class RedirectParams;
    explicit iterator(const char* at) noexcept : at_(at) {}
    const char* at_ = nullptr;
  };
  using const_iterator = iterator;  ///< the range is read-only
  // NOLINTEND(readability-identifier-naming)

  /// No params.
  RedirectParams() noexcept = default;
  /// The params stored as records in `[begin, end)`; for `DirectUrl` and `ConnectUrl`.
  RedirectParams(const char* begin, const char* end, std::size_t count) noexcept
      : begin_(begin), end_(end), count_(count) {}

  /// The first param.
  [[nodiscard]] iterator begin() const noexcept { return iterator(begin_); }
  /// Past the last param.
  [[nodiscard]] iterator end() const noexcept { return iterator(end_); }
  /// How many params; O(1).
  [[nodiscard]] std::size_t size() const noexcept { return count_; }
  /// True when there are none.
  [[nodiscard]] bool empty() const noexcept { return count_ == 0; }
  /// The first param; the range must not be empty.
  [[nodiscard]] RedirectParamView front() const noexcept { return *begin(); }
  /// The last param; the range must not be empty. O(size()): params are walked in order.
  [[nodiscard]] RedirectParamView back() const noexcept { return (*this)[count_ - 1]; }
  /// The param at `index` (< size()). O(index): params are walked in order.
  [[nodiscard]] RedirectParamView operator[](std::size_t index) const noexcept {
    iterator it = begin();
    for (std::size_t i = 0; i < index; ++i) ++it;
    return *it;
  }
  /// The param at `index`. @throws std::out_of_range when `index >= size()` (without
  /// exceptions: `std::abort()`).
  [[nodiscard]] RedirectParamView at(std::size_t index) const {
    if (index >= count_) {
#if LEAP_HAS_EXCEPTIONS
      throw std::out_of_range("leap::RedirectParams::at: no param at this index");
#else
      std::abort();  // as every throwing call does without exceptions (see LEAP_HAS_EXCEPTIONS)
#endif
    }
    return (*this)[index];
  }

  /// Owning copies, in order. @throws std::bad_alloc.
  [[nodiscard]] std::vector<RedirectParam> to_vector() const {
    std::vector<RedirectParam> out;
    out.reserve(count_);
    for (RedirectParamView param : *this) out.push_back(param);
    return out;
  }
  /// As `to_vector()`, so code written for a `std::vector<RedirectParam>` keeps working.
  operator std::vector<RedirectParam>() const { return to_vector(); }  // NOLINT: implicit by design

  /// Equal when both hold the same params in the same order.
  friend bool operator==(const RedirectParams& a, const RedirectParams& b) noexcept {
    return a.count_ == b.count_ && std::string_view(a.begin_, static_cast<std::size_t>(a.end_ - a.begin_)) ==
                                       std::string_view(b.begin_, static_cast<std::size_t>(b.end_ - b.begin_));
  }
  /// Equal when `b` holds the same params in the same order.
  friend bool operator==(const RedirectParams& a, const std::vector<RedirectParam>& b) noexcept {
    if (a.count_ != b.size()) return false;
    auto it = b.begin();
    for (RedirectParamView param : a) {
      if (param != *it++) return false;
    }
    return true;
  }
  /// `b == a`.
  friend bool operator==(const std::vector<RedirectParam>& a, const RedirectParams& b) noexcept { return b == a; }
  /// `!(a == b)`.
  friend bool operator!=(const RedirectParams& a, const RedirectParams& b) noexcept { return !(a == b); }
  /// `!(a == b)`.
  friend bool operator!=(const RedirectParams& a, const std::vector<RedirectParam>& b) noexcept { return !(a == b); }
  /// `!(a == b)`.
  friend bool operator!=(const std::vector<RedirectParam>& a, const RedirectParams& b) noexcept { return !(a == b); }

 private:
  const char* begin_ = nullptr;
  const char* end_ = nullptr;
  std::size_t count_ = 0;
};

}  // namespace leap

#endif  // LEAP_REDIRECT_PARAM_HPP
