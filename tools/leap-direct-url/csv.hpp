// SPDX-License-Identifier: MIT
// RFC 4180 CSV, streamed: a reader that yields one record at a time from a FILE*, and a
// writer that quotes only where needed. Memory is bounded by the longest record.
#ifndef LEAP_EXAMPLES_CLI_CSV_HPP
#define LEAP_EXAMPLES_CLI_CSV_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "output.hpp"

// Keeps a rare path (a refill, a full buffer) out of its caller, so that the common path
// inlines.
#if defined(__GNUC__) || defined(__clang__)
#define LEAP_TOOLS_CSV_NOINLINE __attribute__((noinline))
#elif defined(_MSC_VER)
#define LEAP_TOOLS_CSV_NOINLINE __declspec(noinline)
#else
#define LEAP_TOOLS_CSV_NOINLINE
#endif

namespace csv {

// Eight bytes at a time, as one 64-bit word whose lowest byte is the first: tests that
// flag bytes by the high bit of each ("Bit Twiddling Hacks": a zero byte, a byte below n).
// The lowest flag is exact; a byte above a flagged one may be flagged too, so a caller
// checks each flagged byte it looks at.
struct WordScan {
  static constexpr std::uint64_t ones = 0x0101010101010101U;
  static constexpr std::uint64_t highs = 0x8080808080808080U;

  // The eight bytes at p, the first lowest, on either byte order (MSVC targets are all
  // little-endian).
  static std::uint64_t load(const char* p) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, sizeof word);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    word = __builtin_bswap64(word);
#endif
    return word;
  }
  static std::uint64_t equal(std::uint64_t word, char c) {
    const std::uint64_t x = word ^ (ones * static_cast<unsigned char>(c));
    return (x - ones) & ~x & highs;
  }
  // Below 0x0E: CR and LF (0x0D, 0x0A) among a few other control bytes.
  static std::uint64_t below_0e(std::uint64_t word) { return (word - ones * 0x0E) & ~word & highs; }
  // What may end an unquoted field: ',', CR or LF.
  static std::uint64_t stops(std::uint64_t word) { return below_0e(word) | equal(word, ','); }

  // Which byte the lowest flag is on (flags not zero).
  static std::size_t first(std::uint64_t flags) {
#if defined(__GNUC__) || defined(__clang__)
    return static_cast<std::size_t>(__builtin_ctzll(flags)) / 8;
#else
    std::size_t n = 0;
    while ((flags >> (8 * n + 7) & 1U) == 0) ++n;
    return n;
#endif
  }
};

inline bool ends_unquoted_field(char c) { return c == ',' || c == '\n' || c == '\r'; }

// The first byte of [p, end) that ends an unquoted field, or end.
inline const char* find_field_end(const char* p, const char* const end) {
  while (end - p >= 8) {
    const std::uint64_t flags = WordScan::stops(WordScan::load(p));
    if (flags == 0) {
      p += 8;
      continue;
    }
    p += WordScan::first(flags);
    if (ends_unquoted_field(*p)) return p;
    ++p;  // another byte below 0x0E: part of the field
  }
  while (p != end && !ends_unquoted_field(*p)) ++p;
  return p;
}

// Reads records: fields separated by ',', records by LF or CRLF; a field in double quotes
// may hold commas, quotes (doubled) and line breaks. A UTF-8 byte-order mark at the start
// is skipped, and so are empty lines. A quote inside an unquoted field is kept as a quote.
// A record is kept whole in one buffer, which grows to the longest record: its fields are
// views into it, a quoted field unquoted in place.
class Reader {
 public:
  // How records are found.
  enum class Scan {
    fast,     // a plain record (see next_plain) with memchr, any other by the general reader
    general,  // every record by the general reader (what the fuzzer checks `fast` against)
  };

  explicit Reader(std::FILE* in, Scan scan = Scan::fast) : in_(in), buffer_(1 << 16), scan_(scan) {}

  // Fills `fields` with the next record's fields, views valid until the next call. Returns
  // false at the end of input or on malformed CSV; error() is empty in the first case and
  // says what and where in the second.
  bool next(std::vector<std::string_view>& fields) {
    fields.clear();
    spans_.clear();
    no_quotes_ = false;
    while (true) {  // empty lines
      if (!have(0)) return false;
      const char c = byte(0);
      if (c != '\n' && c != '\r') break;
      const std::size_t step = c == '\r' && have(1) && byte(1) == '\n' ? 2 : 1;  // have() may move begin_
      begin_ += step;
      ++line_;
    }
    record_line_ = line_;
    if (scan_ == Scan::fast && next_plain(fields)) return true;
    std::size_t q = 0;  // where the next field starts, counted from the record's start (begin_)
    while (true) {
      const std::size_t start = q;
      std::size_t size = 0;
      if (byte(q) == '"') {
        const std::size_t quote_line = line_;
        std::size_t w = q;  // unquoted in place: w stays behind r
        std::size_t r = q + 1;
        while (true) {
          if (!have(r)) return fail("unterminated quoted field", quote_line);
          const char c = byte(r);
          if (c == '"') {
            if (!have(r + 1) || byte(r + 1) != '"') {
              ++r;
              break;
            }
            ++r;
          } else if (c == '\n') {
            ++line_;
          }
          buffer_[begin_ + w++] = c;
          ++r;
        }
        size = w - start;
        q = r;
        if (have(q) && byte(q) != ',' && byte(q) != '\n' && byte(q) != '\r') {
          return fail("text after a closing quote", line_);
        }
      } else {
        while (true) {
          const char* const from = buffer_.data() + begin_ + q;
          const char* const to = buffer_.data() + end_;
          const char* const hit = find_field_end(from, to);
          q += static_cast<std::size_t>(hit - from);
          if (hit != to) break;  // a comma or a line break ends it
          if (!have(q)) break;   // the input ends it; else more was read: scan on
        }
        size = q - start;
      }
      spans_.emplace_back(start, size);
      record_size_ = q;
      if (!have(q)) break;  // the input ends the record
      const char end = byte(q++);
      if (end == ',') {
        if (!have(q)) {  // "a," at the very end: an empty last field
          spans_.emplace_back(q, 0);
          record_size_ = q;
          break;
        }
        continue;
      }
      if (end == '\r' && have(q) && byte(q) == '\n') ++q;
      ++line_;
      break;
    }
    const char* const record = buffer_.data() + begin_;
    record_text_ = record;
    // With no '"' in its bytes (a quoted field keeps its closing one), the record had no
    // quoted field, so no field holds a comma or a line break either.
    no_quotes_ = std::memchr(record, '"', q) == nullptr;
    for (const auto& [at, size] : spans_) fields.emplace_back(record + at, size);
    begin_ += q;
    return true;
  }

  // Whether no field of the last record holds ',', '"', CR or LF, so that writing it back
  // needs no quotes for them (Writer::field with Content::no_special_bytes).
  bool no_special_bytes() const { return no_quotes_; }

  // The last record's bytes as read, without its line end; valid until the next call. When
  // no_special_bytes(), they are its fields joined by commas (Writer::fields).
  std::string_view record_text() const { return {record_text_, record_size_}; }

  // The line on which the last record returned by next() starts (1-based).
  std::size_t record_line() const { return record_line_; }
  const std::string& error() const { return error_; }

 private:
  // The common record, found with memchr: its LF in the buffer, and no '"' or CR before it
  // but a CR just before the LF. The finds of '"' and CR are kept (see next_at), so a buffer
  // without them is searched once for each. Returns false, with `fields` empty and nothing
  // read, for any other record.
  bool next_plain(std::vector<std::string_view>& fields) {
    const std::size_t lf = next_at(next_lf_, '\n');
    if (lf == end_ || next_at(next_quote_, '"') < lf) return false;
    std::size_t line_end = lf;
    if (const std::size_t cr = next_at(next_cr_, '\r'); cr < lf) {
      if (cr + 1 != lf) return false;  // a CR alone ends a record: the general reader's case
      line_end = cr;
    }
    const char* const record = buffer_.data() + begin_;
    const char* const stop = buffer_.data() + line_end;
    const char* field = record;
    while (const void* comma = std::memchr(field, ',', static_cast<std::size_t>(stop - field))) {
      const char* const at = static_cast<const char*>(comma);
      fields.emplace_back(field, static_cast<std::size_t>(at - field));
      field = at + 1;
    }
    fields.emplace_back(field, static_cast<std::size_t>(stop - field));
    record_text_ = record;
    record_size_ = line_end - begin_;
    no_quotes_ = true;
    begin_ = lf + 1;
    ++line_;
    return true;
  }

  // Where the next `c` is in the buffer, at begin_ or after (end_ for none): `found`, kept
  // from an earlier search while it is not behind begin_, else searched for again. fill()
  // forgets every find.
  std::size_t next_at(std::size_t& found, char c) {
    if (found == unknown || found < begin_) {
      const void* hit = std::memchr(buffer_.data() + begin_, c, end_ - begin_);
      found = hit == nullptr ? end_ : static_cast<std::size_t>(static_cast<const char*>(hit) - buffer_.data());
    }
    return found;
  }

  char byte(std::size_t at) const { return buffer_[begin_ + at]; }

  // Whether the record has a byte at `at` (counted from its start), reading more if needed.
  bool have(std::size_t at) { return begin_ + at < end_ || read_to(at); }

  // The rare part of have(), kept out of line so that have() inlines.
  LEAP_TOOLS_CSV_NOINLINE bool read_to(std::size_t at) {
    while (begin_ + at >= end_) {
      if (eof_ || !fill()) return false;
    }
    return true;
  }

  // Moves the unread bytes to the front, grows the buffer if they fill it, and reads more.
  bool fill() {
    next_lf_ = next_quote_ = next_cr_ = unknown;
    if (begin_ != 0) {
      std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    }
    if (end_ == buffer_.size()) buffer_.resize(2 * buffer_.size());
    const std::size_t read = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, in_);
    if (read == 0) {
      eof_ = true;
      return false;
    }
    end_ += read;
    if (first_fill_) {
      first_fill_ = false;
      if (end_ >= 3 && std::string_view(buffer_.data(), 3) == "\xEF\xBB\xBF") begin_ = 3;
    }
    return true;
  }

  bool fail(const char* what, std::size_t line) {
    error_ = "line " + std::to_string(line) + ": malformed CSV: " + what;
    return false;
  }

  std::FILE* in_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;  // the unread bytes are [begin_, end_)
  std::size_t end_ = 0;
  bool eof_ = false;
  bool first_fill_ = true;
  std::size_t line_ = 1;
  std::size_t record_line_ = 1;
  std::string error_;
  std::vector<std::pair<std::size_t, std::size_t>> spans_;  // the last record's fields: start and size
  bool no_quotes_ = false;
  static constexpr std::size_t unknown = static_cast<std::size_t>(-1);
  std::size_t next_lf_ = unknown;  // next_at's finds, in the buffer
  std::size_t next_quote_ = unknown;
  std::size_t next_cr_ = unknown;
  const char* record_text_ = nullptr;  // the last record, record_size_ bytes before its line end
  std::size_t record_size_ = 0;
  Scan scan_;
};

// The bytes that make a written field need quotes.
struct QuoteBytes {
  bool member[256] = {};
  constexpr QuoteBytes() {
    for (char c : {',', '"', '\r', '\n'}) member[static_cast<unsigned char>(c)] = true;
  }
};
inline constexpr QuoteBytes quote_bytes{};

// Writes records with CRLF line ends (RFC 4180), quoting a field only when it holds a comma,
// a quote, CR or LF (or starts with a space, so no reader trims it, or is the very first
// field and starts with a byte-order mark). Output goes through tool::Output's buffers
// (written by a thread of their own with Output::Mode::own_thread); a field longer than a
// buffer is written straight through.
class Writer {
 public:
  explicit Writer(std::FILE* out, tool::Output::Mode mode = tool::Output::Mode::same_thread)
      : output_(out, mode), buffer_(output_.buffer()) {}
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;
  ~Writer() { flush(); }

  // What is known of a field's bytes.
  enum class Content {
    unknown,
    no_special_bytes,  // none of ',', '"', CR, LF (Reader::no_special_bytes)
  };

  void field(std::string_view text, Content content = Content::unknown) {
    separate();
    const bool quote = needs_quotes(text, content);
    at_start_ = false;
    if (!quote) {
      put(text);
      return;
    }
    put('"');
    for (char c : text) {
      if (c == '"') put('"');
      put(c);
    }
    put('"');
  }

  // Writes the fields of a record a Reader read: `text` is its record_text() and `content`
  // what its no_special_bytes() said. When no field needs quotes, that is `text` itself,
  // written in one copy.
  void fields(const std::vector<std::string_view>& row, std::string_view text, Content content) {
    bool spaced = false;
    for (const std::string_view text_field : row) spaced |= starts_with_space(text_field);
    // At the very start, needs_quotes' byte-order-mark test applies: field by field then.
    if (content != Content::no_special_bytes || spaced || at_start_) {
      for (const std::string_view text_field : row) field(text_field, content);
      return;
    }
    separate();
    put(text);
  }

  // A field known to need no quoting (the URLs this tool writes: percent-encoded ASCII).
  void raw_field(std::string_view text) {
    separate();
    at_start_ = false;
    put(text);
  }

  void end_record() {
    put("\r\n");
    first_ = true;
  }

  // Writes out everything so far; then the FILE* is the caller's to check.
  void flush() {
    hand_over();
    output_.drain();
  }

 private:
  static constexpr std::size_t capacity = tool::Output::capacity;

  LEAP_TOOLS_CSV_NOINLINE void hand_over() {
    if (size_ == 0) return;
    output_.hand_over(size_);
    buffer_ = output_.buffer();
    size_ = 0;
  }

  void separate() {
    if (!first_) put(',');
    first_ = false;
  }

  void put(char c) {
    if (size_ == capacity) hand_over();
    buffer_[size_++] = c;
  }

  void put(std::string_view text) {
    if (text.size() > capacity - size_) {
      put_in_next_buffer(text);
      return;
    }
    if (text.empty()) return;  // an empty view may hold no pointer, which memcpy may not take
    std::memcpy(buffer_ + size_, text.data(), text.size());
    size_ += text.size();
  }

  // The rare part of put(), kept out of line so that put() inlines: `text` does not fit.
  LEAP_TOOLS_CSV_NOINLINE void put_in_next_buffer(std::string_view text) {
    hand_over();
    if (text.size() > capacity) {
      output_.write_through(text);
      return;
    }
    std::memcpy(buffer_, text.data(), text.size());
    size_ = text.size();
  }

  // A field that starts with a space is quoted, so that no reader trims it.
  static bool starts_with_space(std::string_view text) { return !text.empty() && text.front() == ' '; }

  bool needs_quotes(std::string_view text, Content content) const {
    if (starts_with_space(text)) return true;
    // At the very start of the output, a field that begins with a UTF-8 byte-order mark
    // would be taken for one and dropped by a reader.
    if (at_start_ && text.substr(0, 3) == "\xEF\xBB\xBF") return true;
    if (content == Content::no_special_bytes) return false;
    // Four bytes a step, no branch on a byte.
    const auto is = [](char c) { return static_cast<unsigned>(quote_bytes.member[static_cast<unsigned char>(c)]); };
    unsigned any = 0;
    std::size_t i = 0;
    for (; i + 4 <= text.size(); i += 4) any |= is(text[i]) | is(text[i + 1]) | is(text[i + 2]) | is(text[i + 3]);
    for (; i < text.size(); ++i) any |= is(text[i]);
    return any != 0;
  }

  tool::Output output_;
  char* buffer_;  // output_.buffer(): capacity bytes, size_ of them filled
  std::size_t size_ = 0;
  bool first_ = true;     // no field yet in this record
  bool at_start_ = true;  // nothing written yet at all
};

}  // namespace csv

#endif  // LEAP_EXAMPLES_CLI_CSV_HPP
