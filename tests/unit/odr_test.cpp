// SPDX-License-Identifier: MIT
// Two translation units include the headers and link into one program (see odr_second_tu.cpp).
#include <leap/leap.hpp>

#include "odr_test.hpp"
#include "support.hpp"

TEST_CASE("two translation units share one error category and build the same links") {
  CHECK(odr_second_tu_category() == &leap::error_category());
  CHECK(odr_second_tu_url() == leap::DirectUrl("ElectricSpaceships", leap::Utility::sce).set_ref_id("123").str());
  CHECK(odr_second_tu_connect_url() ==
        leap::ConnectUrl("ElectricSpaceships", leap::TransmissionRegion::caiso).set_ref_id("123").str());
  std::error_code ec;
  (void)leap::DirectUrl::make("", leap::Utility::sce, ec);
  CHECK(ec.category() == *odr_second_tu_category());
}
