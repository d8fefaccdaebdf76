// SPDX-License-Identifier: MIT
#include <leap/redirect_param.hpp>

#include "support.hpp"

TEST_CASE("redirect params are equal when key and value are equal byte for byte") {
  const leap::RedirectParam a{"state", "abc"};
  CHECK(a == leap::RedirectParam{"state", "abc"});
  CHECK_FALSE(a != leap::RedirectParam{"state", "abc"});
  CHECK(a != leap::RedirectParam{"State", "abc"});
  CHECK(a != leap::RedirectParam{"state", "abd"});
  CHECK(a != leap::RedirectParam{"state", ""});
}
