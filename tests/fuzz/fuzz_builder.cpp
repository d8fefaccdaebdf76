// SPDX-License-Identifier: MIT
// The builder from arbitrary fields: every call either fails with a leap error code and
// leaves the object unchanged, or succeeds; the URL then parses back to exactly the fields.
#include <fuzzer/FuzzedDataProvider.h>
#include <leap/direct_url.hpp>

#include <cstdint>
#include <string>

#include "fuzz_check.hpp"

namespace {
bool is_spec_error(const std::error_code& ec) {
  return ec.category() == leap::error_category() && !leap::errc_name(static_cast<leap::Errc>(ec.value())).empty();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  const auto utility = static_cast<leap::Utility>(in.ConsumeIntegralInRange<int>(0, 5));
  const auto environment = static_cast<leap::Environment>(in.ConsumeIntegralInRange<int>(0, 2));
  const std::string org = in.ConsumeRandomLengthString(120);
  std::error_code ec;
  std::optional<leap::DirectUrl> url = leap::DirectUrl::make(org, utility, environment, ec);
  if (!url) {
    FUZZ_CHECK(is_spec_error(ec));
    FUZZ_CHECK(!leap::is_valid_org_name(org) || !leap::is_utility_available(utility, environment));
    return 0;
  }
  FUZZ_CHECK(leap::is_valid_org_name(org) && leap::is_utility_available(utility, environment));

  std::optional<std::string> ref_id;
  std::vector<leap::RedirectParam> params;
  while (in.remaining_bytes() > 0) {
    const leap::DirectUrl before = *url;
    if (in.ConsumeBool()) {
      const std::string value = in.ConsumeRandomLengthString(300);
      url->set_ref_id(value, ec);
      if (!ec) ref_id = value;
    } else {
      const std::string key = in.ConsumeRandomLengthString(40);
      const std::string value = in.ConsumeRandomLengthString(200);
      url->add_redirect_param(key, value, ec);
      if (!ec) params.push_back({key, value});
    }
    if (ec) {
      FUZZ_CHECK(is_spec_error(ec));
      ec.clear();
      FUZZ_CHECK(*url == before && url->str() == before.str());
    }
  }
  FUZZ_CHECK((url->ref_id() ? std::optional<std::string>(*url->ref_id()) : std::nullopt) == ref_id);
  FUZZ_CHECK(url->redirect_params() == params);
  const std::string text = url->str();
  FUZZ_CHECK(text.size() <= leap::max_url_size);
  FUZZ_CHECK(leap::DirectUrl::parse(text) == *url);
  return 0;
}
