// SPDX-License-Identifier: MIT
// DirectUrl::parse on arbitrary bytes never crashes; what it accepts serializes to a
// canonical URL on the same host and path that parses back equal.
#include <leap/direct_url.hpp>

#include <cstdint>
#include <string>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::error_code ec;
  const std::optional<leap::DirectUrl> url = leap::DirectUrl::parse(input, ec);
  if (!url) {
    FUZZ_CHECK(ec.category() == leap::error_category());
    FUZZ_CHECK(!leap::errc_name(static_cast<leap::Errc>(ec.value())).empty());
    return 0;
  }
  FUZZ_CHECK(!ec);
  const std::string text = url->str();
  FUZZ_CHECK(text.size() == url->size() && text.size() <= leap::max_url_size);
  const std::string prefix = std::string(leap::base_url(url->environment())) + "/" + std::string(url->org_name()) +
                             "/" + std::string(leap::utility_id(url->utility())) + "/getting-started";
  FUZZ_CHECK(text.compare(0, prefix.size(), prefix) == 0);
  FUZZ_CHECK(text.size() == prefix.size() || text[prefix.size()] == '?');
  FUZZ_CHECK(leap::is_valid_org_name(url->org_name()));
  if (url->ref_id()) FUZZ_CHECK(fuzz::is_utf8(*url->ref_id()) && !fuzz::has_control(*url->ref_id()));
  for (const leap::RedirectParam& p : url->redirect_params()) {
    FUZZ_CHECK(!p.key.empty() && fuzz::is_utf8(p.key) && !fuzz::has_control(p.key));
    FUZZ_CHECK(fuzz::is_utf8(p.value) && !fuzz::has_control(p.value));
  }
  const leap::DirectUrl again = leap::DirectUrl::parse(text);
  FUZZ_CHECK(again == *url);
  FUZZ_CHECK(again.str() == text);
  return 0;
}
