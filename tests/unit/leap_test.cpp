// SPDX-License-Identifier: MIT
// The umbrella header gives every public name (odr_second_tu.cpp checks that
// <leap/direct_url.hpp>, 0.1's only header, still does).
#include <leap/leap.hpp>

#include "support.hpp"

TEST_CASE("the umbrella header declares both links, the choice and the final-redirect readers") {
  leap::Status status;
  const auto direct = leap::DirectUrl::make("Acme", leap::Utility::sce, status);
  const auto connect = leap::ConnectUrl::make("Acme", leap::TransmissionRegion::pjm, status);
  CHECK(direct.has_value());
  CHECK(connect.has_value());
  CHECK(leap::choose_link(leap::TransmissionRegion::pjm, leap::CustomerClass::residential, std::nullopt).kind ==
        leap::LinkKind::connect);
  CHECK(leap::parse_redirect_query("refId=1").ref_id == std::optional<std::string>("1"));
  CHECK(LEAP_DIRECT_URL_VERSION_MAJOR == 0);
}
