// SPDX-License-Identifier: MIT
// The tool's CSV reader on arbitrary bytes: it never crashes, and every record it reads
// survives a write with the tool's writer and a second read unchanged.
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "../../tools/leap-direct-url/csv.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::FILE* in = fmemopen(const_cast<std::uint8_t*>(data), size, "rb");
  if (in == nullptr) return 0;
  std::vector<std::vector<std::string>> records;
  {
    csv::Reader reader(in);
    std::vector<std::string_view> fields;
    while (reader.next(fields)) {
      records.emplace_back(fields.begin(), fields.end());
      FUZZ_CHECK(reader.record_line() >= 1);
    }
  }
  std::fclose(in);

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

  std::vector<std::vector<std::string>> again;
  if (text_size != 0) {
    std::FILE* back = fmemopen(text, text_size, "rb");
    csv::Reader reader(back);
    std::vector<std::string_view> fields;
    while (reader.next(fields)) again.emplace_back(fields.begin(), fields.end());
    FUZZ_CHECK(reader.error().empty());
    std::fclose(back);
  }
  std::free(text);
  // A record that is one empty field writes as an empty line, which the reader skips.
  std::vector<std::vector<std::string>> expected;
  for (const auto& record : records) {
    if (!(record.size() == 1 && record[0].empty())) expected.push_back(record);
  }
  FUZZ_CHECK(again == expected);
  return 0;
}
