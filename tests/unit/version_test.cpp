// SPDX-License-Identifier: MIT
#include <leap/version.hpp>

#include <string>

#include "support.hpp"

TEST_CASE("the version macros match the CMake project version") {
  const std::string version = std::to_string(LEAP_DIRECT_URL_VERSION_MAJOR) + "." +
                              std::to_string(LEAP_DIRECT_URL_VERSION_MINOR) + "." +
                              std::to_string(LEAP_DIRECT_URL_VERSION_PATCH);
  CHECK(version == LEAP_EXPECTED_VERSION);
  CHECK(LEAP_DIRECT_URL_VERSION ==
        LEAP_DIRECT_URL_VERSION_MAJOR * 10000 + LEAP_DIRECT_URL_VERSION_MINOR * 100 + LEAP_DIRECT_URL_VERSION_PATCH);
}
