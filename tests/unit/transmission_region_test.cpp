// SPDX-License-Identifier: MIT
#include <leap/transmission_region.hpp>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "support.hpp"

using leap::TransmissionRegion;

TEST_CASE("each region has its documented id") {
  const std::vector<std::pair<TransmissionRegion, std::string>> rows{
      {TransmissionRegion::caiso, "CAISO"},     {TransmissionRegion::nyiso, "NYISO"},
      {TransmissionRegion::pjm, "PJM"},         {TransmissionRegion::ercot, "ERCOT"},
      {TransmissionRegion::wecc_pc, "WECC_PC"}, {TransmissionRegion::wecc_sw, "WECC_SW"}};
  for (const auto& [region, id] : rows) CHECK(leap::region_id(region) == id);
  CHECK(leap::all_regions.size() == rows.size());
  CHECK(std::set<TransmissionRegion>(leap::all_regions.begin(), leap::all_regions.end()).size() == rows.size());
}

TEST_CASE("parse_region reads the ids in any ASCII case, and nothing else") {
  CHECK(leap::parse_region("CAISO") == TransmissionRegion::caiso);
  CHECK(leap::parse_region("wecc_pc") == TransmissionRegion::wecc_pc);
  CHECK(leap::parse_region("Pjm") == TransmissionRegion::pjm);
  for (const char* bad : {"", "MISO", "WECC", "WECC-PC", " PJM", "caiso "}) {
    INFO(bad);
    CHECK_FALSE(leap::parse_region(bad).has_value());
  }
}
