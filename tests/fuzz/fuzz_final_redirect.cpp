// SPDX-License-Identifier: MIT
// parse_final_redirect on arbitrary bytes never crashes, and what it returns is UTF-8.
#include <leap/final_redirect.hpp>

#include <cstdint>
#include <string>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::error_code ec;
  const std::optional<leap::FinalRedirect> back = leap::parse_final_redirect(input, ec);
  FUZZ_CHECK(back.has_value() == !ec);
  if (!back) {
    FUZZ_CHECK(ec == leap::Errc::invalid_percent_encoding || ec == leap::Errc::duplicate_param_key ||
               ec == leap::Errc::invalid_ref_id || ec == leap::Errc::invalid_param_key ||
               ec == leap::Errc::invalid_param_value);
    return 0;
  }
  if (back->ref_id) FUZZ_CHECK(fuzz::is_utf8(*back->ref_id));
  std::size_t bytes = back->ref_id ? back->ref_id->size() : 0;
  for (const leap::RedirectParam& p : back->params) {
    FUZZ_CHECK(fuzz::is_utf8(p.key) && fuzz::is_utf8(p.value));
    bytes += p.key.size() + p.value.size();
  }
  FUZZ_CHECK(bytes <= input.size());  // decoding never makes bytes up
  return 0;
}
