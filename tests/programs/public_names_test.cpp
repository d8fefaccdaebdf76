// SPDX-License-Identifier: MIT
// Written only against the public names the Leap Connect issue fixes (and 0.1's), with the
// signatures it gives: CI builds it with g++ and clang++, C++17 and C++20, -Werror.
#include <leap/leap.hpp>

#include <functional>
#include <sstream>
#include <string>
#include <type_traits>

#include "check.hpp"

int main() {
  using namespace leap;
  std::error_code ec;
  const std::optional<TransmissionRegion> region = parse_region("caiso");
  const std::optional<ConnectVariant> variant = parse_variant("commercial");
  const std::optional<ConnectProgram> program = parse_program("pse-rpo");
  LEAP_CHECK(region == TransmissionRegion::caiso && region_id(*region) == "CAISO");
  LEAP_CHECK(variant == ConnectVariant::commercial && variant_id(*variant) == "COMMERCIAL");
  LEAP_CHECK(program == ConnectProgram::pse_rpo && program_id(*program) == "PSE-RPO");
  LEAP_CHECK(errc_name(Errc::variant_not_available) == "variant_not_available");

  const std::optional<ConnectUrl> made = ConnectUrl::make("Acme", TransmissionRegion::pjm, ec);
  LEAP_CHECK(made.has_value() && !ec);
  ConnectUrl url("Acme", TransmissionRegion::pjm);
  ConnectUrl& same = url.set_variant(ConnectVariant::commercial_agreements_only);
  LEAP_CHECK(&same == &url);
  url.clear_variant()
      .set_program(ConnectProgram::srp_rpo, ec)
      .set_ref_id("cust-1", ec)
      .add_redirect_param("k", "v", ec);
  LEAP_CHECK(!ec && url.program() == ConnectProgram::srp_rpo && !url.variant());
  url.clear_program().set_variant(ConnectVariant::commercial, ec).clear_ref_id().clear_redirect_params();
  url.set_ref_id("cust-2").add_redirect_param("state", "s1");
  const std::optional<std::string_view> ref_id = url.ref_id();
  LEAP_CHECK(url.account() == "Acme" && url.region() == TransmissionRegion::pjm &&
             ref_id == std::string_view("cust-2"));
  LEAP_CHECK(url.redirect_params().size() == 1);
  char buffer[max_url_size];
  const std::string text = url.str();
  LEAP_CHECK(url.size() == text.size() && url.write(buffer, sizeof buffer) == text.size());
  LEAP_CHECK(ConnectUrl::parse(text) == url && ConnectUrl::parse(text, ec) == url);
  std::ostringstream out;
  out << url;
  LEAP_CHECK(out.str() == to_string(url) && std::hash<ConnectUrl>{}(url) == std::hash<ConnectUrl>{}(ConnectUrl(url)));

  static_assert(noexcept(direct_url_allowed(TransmissionRegion::caiso, CustomerClass::residential, std::nullopt)));
  static_assert(std::is_same_v<decltype(direct_url_allowed(CustomerClass::residential)), bool>);
  LEAP_CHECK(direct_url_allowed(TransmissionRegion::caiso, CustomerClass::residential, Utility::sce));
  LEAP_CHECK(!direct_url_allowed(TransmissionRegion::caiso, CustomerClass::residential, std::nullopt));

  // 0.1's names still compile, with 0.1's calls.
  DirectUrl direct("Acme", Utility::sce);
  direct.set_ref_id("r-1", ec).add_redirect_param("a", "b", ec);
  LEAP_CHECK(DirectUrl::make("Acme", Utility::sce, Environment::production, ec).has_value() && !ec);
  for (const RedirectParam& param : direct.redirect_params()) LEAP_CHECK(param.key == "a");
  const FinalRedirect back = parse_final_redirect("refId=1");
  LEAP_CHECK(back.ref_id == std::optional<std::string>("1") &&
             parse_redirect_query("refId=1", ec)->ref_id == back.ref_id);
  LEAP_CHECK(percent_decode(percent_encode("a b")) == "a b" && is_valid_org_name("Acme") &&
             is_searchable_ref_id("abc"));
  LEAP_CHECK(!direct_url_refusal(CustomerClass::commercial).empty() && &error_category() == &error_category());
  return check_summary();
}
