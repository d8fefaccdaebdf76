// SPDX-License-Identifier: MIT
// Built with -fno-exceptions: the headers compile, and every error_code and Status overload
// works, with the full diagnostic.
#include <leap/leap.hpp>

#include <string>

#include "check.hpp"

int main() {
  LEAP_CHECK(LEAP_HAS_EXCEPTIONS == 0);
  std::error_code ec;

  auto url = leap::DirectUrl::make("ElectricSpaceships", leap::Utility::sce, ec);
  LEAP_CHECK(url.has_value() && !ec);
  if (!url) return check_summary();
  url->set_ref_id("123", ec);
  LEAP_CHECK(!ec);
  LEAP_CHECK(url->str() == "https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=123");

  LEAP_CHECK(!leap::DirectUrl::make("a/b", leap::Utility::sce, ec) && ec == leap::Errc::invalid_org_name);
  ec.clear();
  LEAP_CHECK(!leap::DirectUrl::make("Acme", leap::Utility::staging_test_caiso, leap::Environment::production, ec) &&
             ec == leap::Errc::utility_not_available);
  ec.clear();

  const std::string before = url->str();
  url->set_ref_id(std::string(256, 'x'), ec);
  LEAP_CHECK(ec == leap::Errc::ref_id_too_long && url->str() == before);
  ec.clear();
  url->add_redirect_param("REF-ID", "x", ec);
  LEAP_CHECK(ec == leap::Errc::reserved_param_key && url->str() == before);
  ec.clear();
  url->add_redirect_param("state", "a b", ec);
  LEAP_CHECK(!ec);
  url->add_redirect_param("state", "c", ec).set_ref_id("456", ec);  // the second call is skipped
  LEAP_CHECK(ec == leap::Errc::duplicate_param_key && url->ref_id() == std::optional<std::string_view>("123"));
  ec.clear();

  auto parsed = leap::DirectUrl::parse(url->str(), ec);
  LEAP_CHECK(parsed.has_value() && !ec && *parsed == *url);
  LEAP_CHECK(!leap::DirectUrl::parse("https://evil.example/Acme/sce/getting-started", ec) &&
             ec == leap::Errc::invalid_url);
  ec.clear();

  leap::Status status;
  auto connect = leap::ConnectUrl::make("ElectricSpaceships", leap::TransmissionRegion::caiso, status);
  LEAP_CHECK(connect.has_value() && status.ok());
  if (!connect) return check_summary();
  connect->set_variant(leap::ConnectVariant::commercial, status).set_ref_id("123", status);
  LEAP_CHECK(status.ok() && connect->str() ==
                                "https://connect.leap.energy?transmissionRegion=CAISO&variant=COMMERCIAL"
                                "&account=ElectricSpaceships&refId=123");
  connect->set_program(leap::ConnectProgram::pse_rpo, status);
  LEAP_CHECK(status.errc() == leap::Errc::variant_not_available &&
             status.message() == "variant: cannot go with a program: a Leap Connect link names at most one of the two");
  status.clear();
  LEAP_CHECK(leap::ConnectUrl::parse(connect->str(), status) == connect && status.ok());

  (void)leap::DirectUrl::make("Electric Spaceships", leap::Utility::sce, status);
  LEAP_CHECK(status.message() == "org name: byte 8 is not one of A-Z a-z 0-9 - . _ (0x20)");
  status.clear();

  auto decoded = leap::percent_decode("a%2520b", ec);
  LEAP_CHECK(decoded && *decoded == "a%20b" && !ec);
  LEAP_CHECK(!leap::percent_decode("%g", ec) && ec == leap::Errc::invalid_percent_encoding);
  ec.clear();

  auto back = leap::parse_redirect_query("refId=123&additional_redirect_params=state%3Da%2520b", ec);
  LEAP_CHECK(back && !ec && back->ref_id == std::optional<std::string>("123") && back->params.size() == 1 &&
             back->params[0] == leap::RedirectParam{"state", "a b"});
  LEAP_CHECK(!leap::parse_final_redirect("refId=1&refId=2", ec) && ec == leap::Errc::duplicate_param_key);

  return check_summary();
}
