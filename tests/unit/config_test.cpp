// SPDX-License-Identifier: MIT
#include <leap/config.hpp>

#include "support.hpp"

TEST_CASE("a build with exceptions is detected as one") { CHECK(LEAP_HAS_EXCEPTIONS == 1); }
