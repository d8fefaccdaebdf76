// SPDX-License-Identifier: MIT
// Leap Connect links, both ways. The first input byte picks:
//  - even: ConnectUrl::parse on the rest, arbitrary bytes: never a crash; what it accepts
//    serializes canonically, with valid fields, and parses back equal;
//  - odd: the builder from arbitrary calls (variant, program, refId, params, clears): every
//    call either fails with a leap error and leaves the link unchanged, or succeeds; the link
//    then holds exactly the fields set and parses back equal.
#include <fuzzer/FuzzedDataProvider.h>
#include <leap/leap.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fuzz_check.hpp"

namespace {

bool is_leap_error(const std::error_code& ec) {
  return ec.category() == leap::error_category() && !leap::errc_name(static_cast<leap::Errc>(ec.value())).empty();
}

void check_fields(const leap::ConnectUrl& url) {
  FUZZ_CHECK(leap::is_valid_org_name(url.account()));
  FUZZ_CHECK(!(url.variant() && url.program()));
  if (url.variant()) FUZZ_CHECK(leap::is_variant_available(*url.variant(), url.region()));
  if (url.ref_id()) {
    FUZZ_CHECK(!url.ref_id()->empty() && url.ref_id()->size() <= leap::max_ref_id_size);
    FUZZ_CHECK(fuzz::is_utf8(*url.ref_id()) && !fuzz::has_control(*url.ref_id()));
  }
  for (const leap::RedirectParamView p : url.redirect_params()) {
    FUZZ_CHECK(!p.key.empty() && fuzz::is_utf8(p.key) && !fuzz::has_control(p.key));
    FUZZ_CHECK(fuzz::is_utf8(p.value) && !fuzz::has_control(p.value));
  }
  const std::string text = url.str();
  FUZZ_CHECK(text.size() == url.size() && text.size() <= leap::max_url_size);
  const std::string prefix =
      "https://connect.leap.energy?transmissionRegion=" + std::string(leap::region_id(url.region()));
  FUZZ_CHECK(text.compare(0, prefix.size(), prefix) == 0);
  const leap::ConnectUrl again = leap::ConnectUrl::parse(text);
  FUZZ_CHECK(again == url && again.str() == text);
}

void parse(std::string_view input) {
  std::error_code ec;
  const std::optional<leap::ConnectUrl> url = leap::ConnectUrl::parse(input, ec);
  FUZZ_CHECK(url.has_value() == !ec);
  if (!url) {
    FUZZ_CHECK(is_leap_error(ec));
    return;
  }
  check_fields(*url);
}

void build(FuzzedDataProvider& in) {
  const auto region = static_cast<leap::TransmissionRegion>(in.ConsumeIntegralInRange<int>(0, 6));
  const std::string account = in.ConsumeRandomLengthString(110);
  std::error_code ec;
  std::optional<leap::ConnectUrl> url = leap::ConnectUrl::make(account, region, ec);
  if (!url) {
    FUZZ_CHECK(is_leap_error(ec));
    FUZZ_CHECK(!leap::is_valid_org_name(account) || leap::region_id(region).empty());
    return;
  }
  std::optional<std::string> ref_id;
  std::vector<leap::RedirectParam> params;
  std::optional<leap::ConnectVariant> variant;
  std::optional<leap::ConnectProgram> program;
  while (in.remaining_bytes() > 0) {
    const leap::ConnectUrl before = *url;
    ec.clear();
    switch (in.ConsumeIntegralInRange<int>(0, 5)) {
      case 0: {
        const auto value = static_cast<leap::ConnectVariant>(in.ConsumeIntegralInRange<int>(0, 4));
        url->set_variant(value, ec);
        if (!ec) variant = value;
        break;
      }
      case 1: {
        const auto value = static_cast<leap::ConnectProgram>(in.ConsumeIntegralInRange<int>(0, 2));
        url->set_program(value, ec);
        if (!ec) program = value;
        break;
      }
      case 2:
        url->clear_variant();
        variant.reset();
        break;
      case 3:
        url->clear_program();
        program.reset();
        break;
      case 4: {
        const std::string value = in.ConsumeRandomLengthString(300);
        url->set_ref_id(value, ec);
        if (!ec) ref_id = value;
        break;
      }
      default: {
        const std::string key = in.ConsumeRandomLengthString(40);
        const std::string value = in.ConsumeRandomLengthString(200);
        url->add_redirect_param(key, value, ec);
        if (!ec) params.push_back({key, value});
      }
    }
    if (ec) {
      FUZZ_CHECK(is_leap_error(ec));
      FUZZ_CHECK(*url == before && url->str() == before.str());
    }
  }
  FUZZ_CHECK(url->account() == account && url->region() == region);
  FUZZ_CHECK(url->variant() == variant && url->program() == program);
  FUZZ_CHECK((url->ref_id() ? std::optional<std::string>(*url->ref_id()) : std::nullopt) == ref_id);
  FUZZ_CHECK(url->redirect_params() == params);
  check_fields(*url);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  if (data[0] % 2 == 0) {
    parse(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  } else {
    FuzzedDataProvider in(data + 1, size - 1);
    build(in);
  }
  return 0;
}
