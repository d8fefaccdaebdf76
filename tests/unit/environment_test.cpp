// SPDX-License-Identifier: MIT
#include <leap/environment.hpp>

#include "support.hpp"

TEST_CASE("the emitted base URLs are www.addleap.com and staging.addleap.com over https") {
  CHECK(leap::base_url(leap::Environment::production) == "https://www.addleap.com");
  CHECK(leap::base_url(leap::Environment::staging) == "https://staging.addleap.com");
}

TEST_CASE("the environments are named production and staging") {
  CHECK(leap::environment_name(leap::Environment::production) == "production");
  CHECK(leap::environment_name(leap::Environment::staging) == "staging");
}
