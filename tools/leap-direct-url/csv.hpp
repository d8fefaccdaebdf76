// SPDX-License-Identifier: MIT
// RFC 4180 CSV, streamed: a reader that yields one record at a time from a FILE*, and a
// writer that quotes only where needed. Memory is bounded by the longest record.
#ifndef LEAP_EXAMPLES_CLI_CSV_HPP
#define LEAP_EXAMPLES_CLI_CSV_HPP

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace csv {

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
      return true;
    }
  }

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
      while (p != end && *p != ',' && *p != '\n' && *p != '\r') ++p;
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
};

// Writes records with CRLF line ends (RFC 4180), quoting a field only when it holds a comma,
// a quote, CR or LF (or starts with a space, so no reader trims it, or is the very first
// field and starts with a byte-order mark).
class Writer {
 public:
  explicit Writer(std::FILE* out) : out_(out) {}
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;
  ~Writer() { flush(); }

  void field(std::string_view text) {
    if (!first_) buffer_ += ',';
    first_ = false;
    const bool quote = needs_quotes(text);
    at_start_ = false;
    if (!quote) {
      buffer_ += text;
      return;
    }
    buffer_ += '"';
    for (char c : text) {
      if (c == '"') buffer_ += '"';
      buffer_ += c;
    }
    buffer_ += '"';
  }

  // A field known to need no quoting (the URLs this tool writes: percent-encoded ASCII).
  void raw_field(std::string_view text) {
    if (!first_) buffer_ += ',';
    first_ = false;
    at_start_ = false;
    buffer_ += text;
  }

  void end_record() {
    buffer_ += "\r\n";
    first_ = true;
    if (buffer_.size() >= (1 << 16)) flush();
  }

  void flush() {
    if (!buffer_.empty()) std::fwrite(buffer_.data(), 1, buffer_.size(), out_);
    buffer_.clear();
  }

 private:
  bool needs_quotes(std::string_view text) const {
    if (!text.empty() && text.front() == ' ') return true;
    // At the very start of the output, a field that begins with a UTF-8 byte-order mark
    // would be taken for one and dropped by a reader.
    if (at_start_ && text.substr(0, 3) == "\xEF\xBB\xBF") return true;
    for (char c : text) {
      if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
    }
    return false;
  }

  std::FILE* out_;
  std::string buffer_;
  bool first_ = true;     // no field yet in this record
  bool at_start_ = true;  // nothing written yet at all
};

}  // namespace csv

#endif  // LEAP_EXAMPLES_CLI_CSV_HPP
