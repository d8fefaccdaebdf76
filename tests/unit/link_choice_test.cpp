// SPDX-License-Identifier: MIT
#include <leap/link_choice.hpp>

#include <string>

#include "support.hpp"

using leap::ConnectVariant;
using leap::CustomerClass;
using leap::LinkKind;
using leap::TransmissionRegion;
using leap::Utility;

TEST_CASE("a Direct URL only for a California (CAISO) residential customer with a known CAISO utility") {
  for (Utility utility : {Utility::pge, Utility::sce, Utility::sdge, Utility::staging_test_caiso}) {
    INFO(leap::utility_id(utility));
    CHECK(leap::direct_url_allowed(TransmissionRegion::caiso, CustomerClass::residential, utility));
    const leap::LinkChoice choice = leap::choose_link(TransmissionRegion::caiso, CustomerClass::residential, utility);
    CHECK(choice.kind == LinkKind::direct);
    CHECK_FALSE(choice.variant.has_value());
    CHECK_FALSE(choice.reason.empty());
  }
}

TEST_CASE("every region but CAISO needs Leap Connect") {
  for (TransmissionRegion region : leap::all_regions) {
    if (region == TransmissionRegion::caiso) continue;
    INFO(leap::region_id(region));
    CHECK_FALSE(leap::direct_url_allowed(region, CustomerClass::residential, Utility::sce));
    const leap::LinkChoice choice = leap::choose_link(region, CustomerClass::residential, Utility::sce);
    CHECK(choice.kind == LinkKind::connect);
    CHECK(std::string(choice.reason).find("outside California") != std::string::npos);
  }
}

TEST_CASE("a commercial customer needs Leap Connect with variant=COMMERCIAL") {
  for (TransmissionRegion region : leap::all_regions) {
    INFO(leap::region_id(region));
    const leap::LinkChoice choice = leap::choose_link(region, CustomerClass::commercial, Utility::pge);
    CHECK(choice.kind == LinkKind::connect);
    CHECK(choice.variant == ConnectVariant::commercial);
    CHECK_FALSE(leap::direct_url_allowed(region, CustomerClass::commercial, Utility::pge));
  }
  CHECK(std::string(leap::choose_link(TransmissionRegion::caiso, CustomerClass::commercial, Utility::pge).reason)
            .find("Prohibited Resources Attestation") != std::string::npos);
}

TEST_CASE("a residential customer sent to Leap Connect gets no variant") {
  CHECK_FALSE(leap::choose_link(TransmissionRegion::nyiso, CustomerClass::residential, std::nullopt).variant);
  CHECK_FALSE(leap::choose_link(TransmissionRegion::caiso, CustomerClass::residential, std::nullopt).variant);
}

TEST_CASE("a utility not known in advance needs Leap Connect") {
  const leap::LinkChoice choice =
      leap::choose_link(TransmissionRegion::caiso, CustomerClass::residential, std::nullopt);
  CHECK(choice.kind == LinkKind::connect);
  CHECK(std::string(choice.reason).find("not known") != std::string::npos);
}

TEST_CASE("a utility outside CAISO needs Leap Connect, even with the region said to be CAISO") {
  CHECK_FALSE(
      leap::direct_url_allowed(TransmissionRegion::caiso, CustomerClass::residential, Utility::staging_test_nyiso));
}

TEST_CASE("values that are not enumerators never choose the Direct URL") {
  CHECK_FALSE(
      leap::direct_url_allowed(static_cast<TransmissionRegion>(0x40), CustomerClass::residential, Utility::sce));
  CHECK_FALSE(leap::direct_url_allowed(TransmissionRegion::caiso, static_cast<CustomerClass>(7), Utility::sce));
  CHECK_FALSE(
      leap::direct_url_allowed(TransmissionRegion::caiso, CustomerClass::residential, static_cast<Utility>(99)));
  CHECK_FALSE(leap::choose_link(TransmissionRegion::caiso, static_cast<CustomerClass>(7), Utility::sce).variant);
}

TEST_CASE("the rule is usable in constant expressions") {
  static_assert(leap::direct_url_allowed(TransmissionRegion::caiso, CustomerClass::residential, Utility::sdge));
  static_assert(!leap::direct_url_allowed(TransmissionRegion::caiso, CustomerClass::commercial, Utility::sdge));
  CHECK(leap::choose_link(TransmissionRegion::pjm, CustomerClass::residential, std::nullopt).kind == LinkKind::connect);
}
