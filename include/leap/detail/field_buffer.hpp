// SPDX-License-Identifier: MIT
// Internal: the bytes of a link's fields. A few hundred bytes live inside the object; past
// that, one heap block as large as the fields can ever grow, so that building or reading a
// link allocates at most once.
#ifndef LEAP_DETAIL_FIELD_BUFFER_HPP
#define LEAP_DETAIL_FIELD_BUFFER_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "../config.hpp"
#include "../validation.hpp"

namespace leap::detail {

class FieldBuffer {
 public:
  // Enough for a typical link's name, refId and params (Leap's examples, a UUID refId and a
  // few short params) without touching the heap; the object stays 256 bytes.
  static constexpr std::size_t inline_capacity = 240;
  // Every stored byte is at least one byte of the link (a param's 4-byte record header
  // stands for its "%3D" and "%26" or "additional_redirect_params="), and a link is at most
  // max_url_size bytes: the fields never need more. A buffer that outgrows its inline bytes
  // takes this much at once, and never reallocates again.
  static constexpr std::size_t heap_capacity = max_url_size;

  FieldBuffer() noexcept = default;

  explicit FieldBuffer(std::string_view text) {
    std::memcpy(reserve_tail(text.size()), text.data(), text.size());
    size_ = static_cast<std::uint32_t>(text.size());
  }

  // A copy takes what the bytes need: inline, or a heap block of exactly their size.
  FieldBuffer(const FieldBuffer& other) : size_(other.size_) {
    if (other.size_ > inline_capacity) {
      heap_ = new char[other.size_];
      capacity_ = other.size_;
    }
    copy_bytes(data(), other.data(), other.size_);
  }

  FieldBuffer(FieldBuffer&& other) noexcept { take(other); }

  // Strong: the copy is made before anything here changes.
  FieldBuffer& operator=(const FieldBuffer& other) {
    if (this != &other) *this = FieldBuffer(other);
    return *this;
  }

  FieldBuffer& operator=(FieldBuffer&& other) noexcept {
    if (this != &other) {
      delete[] heap_;
      take(other);
    }
    return *this;
  }

  ~FieldBuffer() { delete[] heap_; }

  [[nodiscard]] const char* data() const noexcept { return heap_ != nullptr ? heap_ : inline_; }
  [[nodiscard]] char* data() noexcept { return heap_ != nullptr ? heap_ : inline_; }
  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] std::string_view view() const noexcept { return {data(), size_}; }

  // Room for `extra` more bytes after size(), which stays as it is: the place they go.
  // The only member that allocates (in grow); a failure changes nothing.
  char* reserve_tail(std::size_t extra) {
    if (size_ + extra > capacity_) grow(size_ + extra);
    return data() + size_;
  }

  // Makes `text` the content. Strong.
  void assign(std::string_view text) {
    if (text.size() > size_) reserve_tail(text.size() - size_);
    copy_bytes(data(), text.data(), text.size());
    size_ = static_cast<std::uint32_t>(text.size());
  }

  // Takes `size` bytes as the content (at most what reserve_tail made room for).
  void set_size(std::size_t size) noexcept { size_ = static_cast<std::uint32_t>(size); }

  // Replaces the `count` bytes at `at` by `text`. Strong.
  void replace(std::size_t at, std::size_t count, std::string_view text) {
    const std::size_t tail = size_ - at - count;
    if (text.size() > count) reserve_tail(text.size() - count);
    char* p = data() + at;
    if (tail != 0) std::memmove(p + text.size(), p + count, tail);
    copy_bytes(p, text.data(), text.size());
    size_ = static_cast<std::uint32_t>(at + text.size() + tail);
  }

 private:
  // Moves the bytes to a heap block of at least `need` bytes. Out of line: a link grows past
  // its inline bytes once at most, and reserve_tail's test stays small enough to inline.
  LEAP_DETAIL_NOINLINE void grow(std::size_t need) {
    const std::size_t capacity = need > heap_capacity ? need : heap_capacity;
    char* block = new char[capacity];
    copy_bytes(block, data(), size_);
    delete[] heap_;
    heap_ = block;
    capacity_ = static_cast<std::uint32_t>(capacity);
  }

  static void copy_bytes(char* to, const char* from, std::size_t n) noexcept {
    if (n != 0) std::memcpy(to, from, n);
  }

  void take(FieldBuffer& other) noexcept {
    size_ = other.size_;
    capacity_ = other.capacity_;
    heap_ = other.heap_;
    if (heap_ == nullptr) copy_bytes(inline_, other.inline_, other.size_);
    other.heap_ = nullptr;
    other.size_ = 0;
    other.capacity_ = inline_capacity;
  }

  char* heap_ = nullptr;  // null: the bytes are inline_
  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = inline_capacity;
  char inline_[inline_capacity];
};

}  // namespace leap::detail

#endif  // LEAP_DETAIL_FIELD_BUFFER_HPP
