// SPDX-License-Identifier: MIT
#include <leap/customer_class.hpp>

#include <string>

#include "support.hpp"

TEST_CASE("a residential customer may get a Direct URL") {
  CHECK(leap::direct_url_allowed(leap::CustomerClass::residential));
  CHECK(leap::direct_url_refusal(leap::CustomerClass::residential).empty());
}

TEST_CASE("a commercial customer may not, because of the Prohibited Resources Attestation") {
  CHECK_FALSE(leap::direct_url_allowed(leap::CustomerClass::commercial));
  const std::string reason(leap::direct_url_refusal(leap::CustomerClass::commercial));
  CHECK(reason.find("Prohibited Resources Attestation") != std::string::npos);
  CHECK(reason.find("Leap Connect") != std::string::npos);
}

TEST_CASE("a value that is not a CustomerClass is refused, never allowed") {
  const auto bogus = static_cast<leap::CustomerClass>(9);
  CHECK_FALSE(leap::direct_url_allowed(bogus));
  CHECK_FALSE(leap::direct_url_refusal(bogus).empty());
}

TEST_CASE("customer classes are named residential and commercial, read back in any case") {
  CHECK(leap::customer_class_name(leap::CustomerClass::residential) == "residential");
  CHECK(leap::customer_class_name(leap::CustomerClass::commercial) == "commercial");
  CHECK(leap::customer_class_name(static_cast<leap::CustomerClass>(9)).empty());
  CHECK(leap::parse_customer_class("Commercial") == leap::CustomerClass::commercial);
  CHECK(leap::parse_customer_class("RESIDENTIAL") == leap::CustomerClass::residential);
  CHECK_FALSE(leap::parse_customer_class("industrial").has_value());
  CHECK_FALSE(leap::parse_customer_class("").has_value());
}
