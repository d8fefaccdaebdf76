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
#include <vector>

namespace csv {

// Eight bytes at a time: the bytes of a word that may be ',', CR or LF (or, with `quote`,
// '"'), as the high bit of each. Below 0x0E is flagged whole (CR and LF are 0x0D and
// 0x0A), so a caller checks the byte it stops at. The lowest flag is exact; bytes above it
// may be flagged too (the "Bit Twiddling Hacks" tests for a zero byte and a byte below n).
struct WordScan {
  static constexpr std::uint64_t ones = 0x0101010101010101U;
  static constexpr std::uint64_t highs = 0x8080808080808080U;

  static std::uint64_t load(const char* p) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, sizeof word);
    return word;
  }
  static std::uint64_t equal(std::uint64_t word, char c) {
    const std::uint64_t x = word ^ (ones * static_cast<unsigned char>(c));
    return (x - ones) & ~x & highs;
  }
  static std::uint64_t stops(std::uint64_t word, bool quote) {
    const std::uint64_t below = (word - ones * 0x0E) & ~word & highs;
    return below | equal(word, ',') | (quote ? equal(word, '"') : 0);
  }
  // How many bytes come before the first flagged one (flags not zero).
  static std::size_t before(std::uint64_t flags, const char* p, bool (*is_stop)(char)) {
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    static_cast<void>(p);
    static_cast<void>(is_stop);
    return static_cast<std::size_t>(__builtin_ctzll(flags)) / 8;
#else
    static_cast<void>(flags);
    std::size_t n = 0;
    while (n < 8 && !is_stop(p[n]) && static_cast<unsigned char>(p[n]) >= 0x0E) ++n;
    return n;
#endif
  }
};

inline bool ends_unquoted_field(char c) { return c == ',' || c == '\n' || c == '\r'; }

// The first byte of [p, end) that ends an unquoted field, or end.
inline const char* find_field_end(const char* p, const char* const end) {
  while (end - p >= 8) {
    const std::uint64_t flags = WordScan::stops(WordScan::load(p), false);
    if (flags == 0) {
      p += 8;
      continue;
    }
    p += WordScan::before(flags, p, ends_unquoted_field);
    if (ends_unquoted_field(*p)) return p;
    ++p;  // another byte below 0x0E: part of the field
  }
  while (p != end && !ends_unquoted_field(*p)) ++p;
  return p;
}

// Reads records: fields separated by ',', records by LF or CRLF; a field in double quotes
// may hold commas, quotes (doubled) and line breaks. A UTF-8 byte-order mark at the start
// is skipped, and so are empty lines. A quote inside an unquoted field is kept as a quote.
class Reader {
 public:
  explicit Reader(std::FILE* in) : in_(in) {}

  // Fills `fields` with the next record. Returns false at the end of input or on malformed
  // CSV; error() is empty in the first case and says what and where in the second.
  bool next(std::vector<std::string>& fields) {
    std::size_t used = 0;  // fields[0, used) hold this record; the vector and its strings are reused
    record_line_ = line_;
    no_quotes_ = false;
    const char* start = nullptr;  // where the record starts in buffer_, when it is all there
    while (true) {
      int c = peek();
      if (used == 0 && c == eof) return false;
      if (used == 0 && (c == '\n' || c == '\r')) {  // an empty line
        get();
        if (c == '\r' && peek() == '\n') get();
        ++line_;
        record_line_ = line_;
        continue;
      }
      if (used == 0) {
        start = buffer_ + pos_;
        fills_ = 0;
      }
      if (used == fields.size()) fields.emplace_back();
      std::string& field = fields[used++];
      field.clear();
      if (c == '"') {
        get();
        const std::size_t quote_line = line_;
        while (true) {
          c = get();
          if (c == eof) return fail("unterminated quoted field", quote_line);
          if (c == '"') {
            if (peek() != '"') break;
            get();
          } else if (c == '\n') {
            ++line_;
          }
          field += static_cast<char>(c);
        }
        c = get();
        if (c != ',' && c != '\n' && c != '\r' && c != eof) return fail("text after a closing quote", line_);
      } else {
        c = read_unquoted(field);
      }
      if (c == ',') continue;
      if (c == '\r' && peek() == '\n') get();
      if (c != eof) ++line_;
      fields.resize(used);
      // A record read from one buffer holds no '"' if its bytes have none: then it had no
      // quoted field, so no field holds a comma or a line break either.
      no_quotes_ = fills_ == 0 && std::memchr(start, '"', static_cast<std::size_t>(buffer_ + pos_ - start)) == nullptr;
      return true;
    }
  }

  // Whether no field of the last record holds ',', '"', CR or LF, so that writing it back
  // needs no quotes for them (Writer::field with Content::no_special_bytes). False when
  // not known.
  bool no_special_bytes() const { return no_quotes_; }

  // The line on which the last record returned by next() starts (1-based).
  std::size_t record_line() const { return record_line_; }
  const std::string& error() const { return error_; }

 private:
  static constexpr int eof = -1;

  int get() {
    if (pos_ == size_ && !fill()) return eof;
    const auto c = static_cast<unsigned char>(buffer_[pos_++]);
    return c;
  }
  int peek() {
    if (pos_ == size_ && !fill()) return eof;
    return static_cast<unsigned char>(buffer_[pos_]);
  }
  // Appends an unquoted field to `field`, a buffer at a time, and consumes what ends it:
  // returns ',', '\n', '\r' or eof.
  int read_unquoted(std::string& field) {
    while (true) {
      const char* begin = buffer_ + pos_;
      const char* end = buffer_ + size_;
      const char* p = begin;
      p = find_field_end(p, end);
      field.append(begin, static_cast<std::size_t>(p - begin));
      pos_ = static_cast<std::size_t>(p - buffer_);
      if (p != end) {
        ++pos_;
        return static_cast<unsigned char>(*p);
      }
      if (!fill()) return eof;
    }
  }

  bool fill() {
    ++fills_;
    size_ = std::fread(buffer_, 1, sizeof buffer_, in_);
    pos_ = 0;
    if (first_fill_) {
      first_fill_ = false;
      if (size_ >= 3 && std::string_view(buffer_, 3) == "\xEF\xBB\xBF") pos_ = 3;
    }
    return pos_ < size_;
  }
  bool fail(const char* what, std::size_t line) {
    error_ = "line " + std::to_string(line) + ": malformed CSV: " + what;
    return false;
  }

  std::FILE* in_;
  char buffer_[1 << 16];
  std::size_t size_ = 0;
  std::size_t pos_ = 0;
  bool first_fill_ = true;
  std::size_t line_ = 1;
  std::size_t record_line_ = 1;
  std::string error_;
  std::size_t fills_ = 0;  // since the record began
  bool no_quotes_ = false;
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
// field and starts with a byte-order mark). Output goes through a fixed buffer; a field
// longer than the buffer is written straight through.
class Writer {
 public:
  explicit Writer(std::FILE* out) : out_(out) {}
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

  void flush() {
    if (size_ != 0) std::fwrite(buffer_, 1, size_, out_);
    size_ = 0;
  }

 private:
  static constexpr std::size_t capacity = 1 << 16;

  void separate() {
    if (!first_) put(',');
    first_ = false;
  }

  void put(char c) {
    if (size_ == capacity) flush();
    buffer_[size_++] = c;
  }

  void put(std::string_view text) {
    if (text.size() > capacity - size_) {
      flush();
      if (text.size() > capacity) {
        std::fwrite(text.data(), 1, text.size(), out_);
        return;
      }
    }
    std::memcpy(buffer_ + size_, text.data(), text.size());
    size_ += text.size();
  }

  bool needs_quotes(std::string_view text, Content content) const {
    if (!text.empty() && text.front() == ' ') return true;
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

  std::FILE* out_;
  char buffer_[capacity];
  std::size_t size_ = 0;
  bool first_ = true;     // no field yet in this record
  bool at_start_ = true;  // nothing written yet at all
};

}  // namespace csv

#endif  // LEAP_EXAMPLES_CLI_CSV_HPP
