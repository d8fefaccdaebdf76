// SPDX-License-Identifier: MIT
// parse_final_redirect and parse_redirect_query on arbitrary bytes never crash; what they
// return is UTF-8, with a refId of 1-255 bytes and no param named like refId or
// additional_redirect_params; and a bare query reads the same through both.
#include <leap/final_redirect.hpp>

#include <cstdint>
#include <string>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::error_code ec;
  const std::optional<leap::FinalRedirect> back = leap::parse_redirect_query(input, ec);
  FUZZ_CHECK(back.has_value() == !ec);
  if (!back) {
    FUZZ_CHECK(ec == leap::Errc::invalid_percent_encoding || ec == leap::Errc::duplicate_param_key ||
               ec == leap::Errc::invalid_ref_id || ec == leap::Errc::ref_id_too_long ||
               ec == leap::Errc::reserved_param_key || ec == leap::Errc::invalid_param_key ||
               ec == leap::Errc::invalid_param_value);
  } else {
    if (back->ref_id) {
      FUZZ_CHECK(fuzz::is_utf8(*back->ref_id) && !back->ref_id->empty() && back->ref_id->size() <= 255);
    }
    std::size_t bytes = back->ref_id ? back->ref_id->size() : 0;
    for (const leap::RedirectParam& p : back->params) {
      FUZZ_CHECK(fuzz::is_utf8(p.key) && fuzz::is_utf8(p.value));
      FUZZ_CHECK(!fuzz::iequals(p.key, "refid") && !fuzz::iequals(p.key, "ref-id") &&
                 !fuzz::iequals(p.key, "additional_redirect_params"));
      bytes += p.key.size() + p.value.size();
    }
    FUZZ_CHECK(bytes <= input.size());  // decoding never makes bytes up
  }
  // A query that looks like neither a URL nor a path reads the same through both readers.
  if (!input.empty() && input[0] != '/' && input[0] != '?' && input.find("://") == std::string_view::npos &&
      input.find('#') == std::string_view::npos) {
    std::error_code ec2;
    const std::optional<leap::FinalRedirect> same = leap::parse_final_redirect(input, ec2);
    FUZZ_CHECK(same == back && ec2 == ec);
  }
  return 0;
}
