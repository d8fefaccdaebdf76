// SPDX-License-Identifier: MIT
// Bytes to a FILE* through two buffers: the caller fills one while a thread of the output's
// own writes the other, so the write calls (a fifth of `batch`'s time on a 1,000,000-row
// file) overlap the work that makes the bytes. Without that thread (Mode::same_thread, or
// when none can be started) a buffer is written when it is handed over, by the caller.
// A buffer is 1 MiB: handing over each 64 KiB woke the thread so often that the waking cost
// more CPU time than the thread saved.
#ifndef LEAP_TOOLS_OUTPUT_HPP
#define LEAP_TOOLS_OUTPUT_HPP

#include <condition_variable>
#include <cstddef>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string_view>
#include <system_error>
#include <thread>

namespace tool {

class Output {
 public:
  static constexpr std::size_t capacity = std::size_t{1} << 20;  // bytes in each buffer

  // Who calls fwrite.
  enum class Mode {
    same_thread,  // the caller, when it hands a buffer over
    own_thread,   // a thread of the output's own, while the caller fills the other buffer
  };

  Output(std::FILE* out, Mode mode)
      : out_(out), buffers_{std::unique_ptr<char[]>(new char[capacity]), std::unique_ptr<char[]>(new char[capacity])} {
    if (mode == Mode::own_thread) {
      try {
        writer_ = std::thread([this] { write_handed_over(); });
      } catch (const std::system_error&) {
        // No thread to be had: write in the caller's thread.
      }
    }
  }
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // Waits for every byte handed over to be written, and ends the thread.
  ~Output() {
    if (!writer_.joinable()) return;
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    handed_.notify_one();
    writer_.join();
  }

  // The buffer to fill: `capacity` bytes.
  [[nodiscard]] char* buffer() { return buffers_[current_].get(); }

  // Hands over the first `size` bytes of buffer() to be written, in order after those handed
  // over before; buffer() is then the other buffer, once its own bytes are written.
  void hand_over(std::size_t size) {
    if (!writer_.joinable()) {
      if (size != 0) std::fwrite(buffer(), 1, size, out_);
      return;
    }
    {
      std::unique_lock<std::mutex> lock(mutex_);
      written_.wait(lock, [this] { return pending_ == nullptr; });
      pending_ = buffer();
      pending_size_ = size;
    }
    handed_.notify_one();
    current_ = 1 - current_;
  }

  // Writes `text` now, after every byte handed over before it.
  void write_through(std::string_view text) {
    drain();
    std::fwrite(text.data(), 1, text.size(), out_);
  }

  // Waits until every byte handed over is written (then the FILE* is the caller's again).
  void drain() {
    if (!writer_.joinable()) return;
    std::unique_lock<std::mutex> lock(mutex_);
    written_.wait(lock, [this] { return pending_ == nullptr; });
  }

 private:
  // The thread: writes each buffer handed over, until stopped with nothing pending.
  void write_handed_over() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
      handed_.wait(lock, [this] { return pending_ != nullptr || stop_; });
      if (pending_ == nullptr) return;
      const char* const bytes = pending_;
      const std::size_t size = pending_size_;
      lock.unlock();
      std::fwrite(bytes, 1, size, out_);
      lock.lock();
      pending_ = nullptr;
      written_.notify_one();
    }
  }

  std::FILE* out_;
  std::unique_ptr<char[]> buffers_[2];  // not make_unique: no byte is read before it is written
  int current_ = 0;                     // the buffer the caller fills
  std::mutex mutex_;
  std::condition_variable handed_;   // pending_ set, or stop_
  std::condition_variable written_;  // pending_ cleared
  const char* pending_ = nullptr;    // handed over, not yet written
  std::size_t pending_size_ = 0;
  bool stop_ = false;
  std::thread writer_;  // started in the constructor's body, once all it uses is constructed
};

}  // namespace tool

#endif  // LEAP_TOOLS_OUTPUT_HPP
