// SPDX-License-Identifier: MIT
// LEAP_ASSERT can be redefined before the first include; programmer errors reach it.
#include <string_view>

namespace {
int assertions_failed = 0;
}  // namespace

#define LEAP_ASSERT(condition) ((condition) ? static_cast<void>(0) : static_cast<void>(++assertions_failed))

#include <leap/direct_url.hpp>

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

  // Input errors are reported, never asserted.
  std::error_code ec;
  LEAP_CHECK(!leap::DirectUrl::make("Acme", static_cast<leap::Utility>(99), ec) && ec == leap::Errc::unknown_utility);
  LEAP_CHECK(assertions_failed == 5);
  return check_summary();
}
