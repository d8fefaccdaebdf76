// SPDX-License-Identifier: MIT
// The tool's CSV reader on arbitrary bytes: it never crashes, it reads the same records
// with its fast path as with the general reader alone, writing a record as read writes what writing it
// field by field does, and every record survives a write and a second read unchanged.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "../../tools/leap-direct-url/csv.hpp"
#include "fuzz_check.hpp"

// What a reader read: every record, the line each starts on, and its error at the end.
struct Read {
  std::vector<std::vector<std::string>> records;
  std::vector<std::size_t> lines;
  std::string error;
  bool operator==(const Read& other) const {
    return records == other.records && lines == other.lines && error == other.error;
  }
};

// Reads `data` with the reader's `scan`; writes each record with Writer::fields into
// `as_read` when given (see below).
static Read read_all(const std::uint8_t* data, std::size_t size, csv::Reader::Scan scan, std::FILE* as_read = nullptr) {
  Read read;
  std::FILE* in = fmemopen(const_cast<std::uint8_t*>(data), size, "rb");
  FUZZ_CHECK(in != nullptr);
  {
    csv::Reader reader(in, scan);
    std::vector<std::string_view> fields;
    std::unique_ptr<csv::Writer> writer;
    if (as_read != nullptr) writer = std::make_unique<csv::Writer>(as_read);
    bool first = true;
    while (reader.next(fields)) {
      read.records.emplace_back(fields.begin(), fields.end());
      read.lines.push_back(reader.record_line());
      FUZZ_CHECK(reader.record_line() >= 1);
      if (writer) {
        // The first record goes field by field, as the tool writes its header.
        const auto content =
            reader.no_special_bytes() ? csv::Writer::Content::no_special_bytes : csv::Writer::Content::unknown;
        if (first) {
          for (const std::string_view field : fields) writer->field(field, content);
        } else {
          writer->fields(fields, reader.record_text(), content);
        }
        writer->end_record();
        first = false;
      }
    }
    read.error = reader.error();
  }
  std::fclose(in);
  return read;
}

// Writes `records` field by field with the writer's own quoting test; returns the text.
static std::string write_all(const std::vector<std::vector<std::string>>& records) {
  char* text = nullptr;
  std::size_t text_size = 0;
  std::FILE* out = open_memstream(&text, &text_size);
  FUZZ_CHECK(out != nullptr);
  {
    csv::Writer writer(out);
    for (const auto& record : records) {
      for (const std::string& field : record) writer.field(field);
      writer.end_record();
    }
  }
  std::fclose(out);
  std::string written(text, text_size);
  std::free(text);
  return written;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // Both ways of finding records read the same records on the same lines, and stop with
  // the same error.
  char* fast_text = nullptr;
  std::size_t fast_text_size = 0;
  std::FILE* fast_out = open_memstream(&fast_text, &fast_text_size);
  FUZZ_CHECK(fast_out != nullptr);
  const Read read = read_all(data, size, csv::Reader::Scan::fast, fast_out);
  std::fclose(fast_out);
  FUZZ_CHECK(read_all(data, size, csv::Reader::Scan::general) == read);
  const std::vector<std::vector<std::string>>& records = read.records;

  // Writing a record as read (Writer::fields) writes what writing it field by field does.
  const std::string text = write_all(records);
  FUZZ_CHECK(std::string(fast_text, fast_text_size) == text);
  std::free(fast_text);

  std::vector<std::vector<std::string>> again;
  if (!text.empty()) {
    std::FILE* back = fmemopen(const_cast<char*>(text.data()), text.size(), "rb");
    csv::Reader reader(back);
    std::vector<std::string_view> fields;
    while (reader.next(fields)) again.emplace_back(fields.begin(), fields.end());
    FUZZ_CHECK(reader.error().empty());
    std::fclose(back);
  }
  // A record that is one empty field writes as an empty line, which the reader skips.
  std::vector<std::vector<std::string>> expected;
  for (const auto& record : records) {
    if (!(record.size() == 1 && record[0].empty())) expected.push_back(record);
  }
  FUZZ_CHECK(again == expected);
  return 0;
}
