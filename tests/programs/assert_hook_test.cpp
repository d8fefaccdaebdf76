// SPDX-License-Identifier: MIT
// LEAP_ASSERT can be redefined before the first include; programmer errors reach it.
#include <string_view>

namespace {
int assertions_failed = 0;
}  // namespace

#define LEAP_ASSERT(condition) ((condition) ? static_cast<void>(0) : static_cast<void>(++assertions_failed))

#include <leap/leap.hpp>

#include "check.hpp"

int main() {
  LEAP_CHECK(leap::utility_id(leap::Utility::sce) == "sce");
  LEAP_CHECK(leap::base_url(leap::Environment::production) == "https://www.addleap.com");
  LEAP_CHECK(assertions_failed == 0);

  LEAP_CHECK(leap::utility_id(static_cast<leap::Utility>(99)).empty());
  LEAP_CHECK(assertions_failed == 1);
  LEAP_CHECK(leap::utility_name(static_cast<leap::Utility>(99)).empty());
  LEAP_CHECK(leap::utility_region(static_cast<leap::Utility>(99)).empty());
  LEAP_CHECK(leap::base_url(static_cast<leap::Environment>(5)).empty());
  LEAP_CHECK(leap::environment_name(static_cast<leap::Environment>(5)).empty());
  LEAP_CHECK(assertions_failed == 5);
  LEAP_CHECK(leap::region_id(static_cast<leap::TransmissionRegion>(99)).empty());
  LEAP_CHECK(leap::variant_id(static_cast<leap::ConnectVariant>(99)).empty());
  LEAP_CHECK(leap::program_id(static_cast<leap::ConnectProgram>(99)).empty());
  LEAP_CHECK(assertions_failed == 8);

  // Input errors are reported, never asserted: the same values where a link is built.
  std::error_code ec;
  LEAP_CHECK(!leap::DirectUrl::make("Acme", static_cast<leap::Utility>(99), ec) && ec == leap::Errc::unknown_utility);
  ec.clear();
  LEAP_CHECK(!leap::ConnectUrl::make("Acme", static_cast<leap::TransmissionRegion>(99), ec) &&
             ec == leap::Errc::unknown_region);
  ec.clear();
  leap::ConnectUrl url("Acme", leap::TransmissionRegion::pjm);
  url.set_variant(static_cast<leap::ConnectVariant>(99), ec);
  LEAP_CHECK(ec == leap::Errc::variant_not_available);
  ec.clear();
  url.set_program(static_cast<leap::ConnectProgram>(99), ec);
  LEAP_CHECK(ec == leap::Errc::variant_not_available);
  LEAP_CHECK(url == leap::ConnectUrl("Acme", leap::TransmissionRegion::pjm));
  // Predicates answer false, never assert.
  LEAP_CHECK(!leap::is_utility_available(static_cast<leap::Utility>(99), leap::Environment::staging));
  LEAP_CHECK(!leap::is_variant_available(static_cast<leap::ConnectVariant>(99), leap::TransmissionRegion::pjm));
  LEAP_CHECK(!leap::direct_url_allowed(static_cast<leap::CustomerClass>(99)));
  LEAP_CHECK(assertions_failed == 8);
  return check_summary();
}
