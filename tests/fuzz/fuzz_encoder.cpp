// SPDX-License-Identifier: MIT
// percent_decode(percent_encode(s)) == s, and the encoding holds only the keep-set and %XX.
#include <leap/percent_encoding.hpp>

#include <cstdint>
#include <string>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string encoded = leap::percent_encode(input);
  FUZZ_CHECK(encoded.size() == leap::percent_encoded_size(input));
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    const char c = encoded[i];
    const bool kept = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '*';
    if (kept) continue;
    FUZZ_CHECK(c == '%' && i + 2 < encoded.size());
    for (std::size_t k = 1; k <= 2; ++k) {
      const char h = encoded[i + k];
      FUZZ_CHECK((h >= '0' && h <= '9') || (h >= 'A' && h <= 'F'));
    }
    i += 2;
  }
  FUZZ_CHECK(leap::percent_decode(encoded) == input);

  // Decoding arbitrary bytes: a value or invalid_percent_encoding, never anything else.
  std::error_code ec;
  const std::optional<std::string> decoded = leap::percent_decode(input, ec);
  FUZZ_CHECK(decoded.has_value() == !ec);
  FUZZ_CHECK(decoded || ec == leap::Errc::invalid_percent_encoding);
  if (decoded) FUZZ_CHECK(decoded->size() <= input.size());
  return 0;
}
