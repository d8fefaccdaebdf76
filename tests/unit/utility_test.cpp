// SPDX-License-Identifier: MIT
#include <leap/utility.hpp>

#include <set>
#include <string>

#include "support.hpp"

namespace {

struct Row {
  leap::Utility utility;
  const char* id;
  const char* name;
  const char* region;
  bool production;
};

// docs/rules.md#utilities, row by row.
const Row spec_rows[] = {
    {leap::Utility::pge, "pge", "Pacific Gas & Electric (PG&E)", "CAISO", true},
    {leap::Utility::sce, "sce", "Southern California Edison (SCE)", "CAISO", true},
    {leap::Utility::sdge, "sdge", "San Diego Gas & Electric (SDG&E)", "CAISO", true},
    {leap::Utility::staging_test_caiso, "staging-test-utility-caiso", "Staging Test Utility (CAISO)", "CAISO", false},
    {leap::Utility::staging_test_nyiso, "staging-test-utility-nyiso", "Staging Test Utility (NYISO)", "NYISO", false},
};

std::string upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

}  // namespace

TEST_CASE("each utility has its documented id, name, region and environments") {
  for (const Row& row : spec_rows) {
    INFO(row.id);
    CHECK(leap::utility_id(row.utility) == row.id);
    CHECK(leap::utility_name(row.utility) == row.name);
    CHECK(leap::utility_region(row.utility) == row.region);
    CHECK(leap::is_utility_available(row.utility, leap::Environment::production) == row.production);
    CHECK(leap::is_utility_available(row.utility, leap::Environment::staging));
  }
}

TEST_CASE("all_utilities lists each utility once") {
  std::set<leap::Utility> seen(leap::all_utilities.begin(), leap::all_utilities.end());
  CHECK(seen.size() == 5);
  CHECK(leap::all_utilities.size() == 5);
}

TEST_CASE("parse_utility reads the utility ids in any ASCII case") {
  for (const Row& row : spec_rows) {
    INFO(row.id);
    CHECK(leap::parse_utility(row.id) == row.utility);
    CHECK(leap::parse_utility(upper(row.id)) == row.utility);
  }
  CHECK(leap::parse_utility("SdGe") == leap::Utility::sdge);
}

TEST_CASE("parse_utility refuses anything that is not an id") {
  for (const char* bad : {"", "sc", "scee", " sce", "sce ", "staging_test_utility_caiso", "staging_test_caiso", "coned",
                          "s\xC3\xA7"
                          "e"}) {
    INFO(bad);
    CHECK_FALSE(leap::parse_utility(bad).has_value());
  }
  CHECK_FALSE(leap::parse_utility(std::string_view("sce\0", 4)).has_value());
}

TEST_CASE("a value that is not a Utility is available nowhere") {
  const auto bogus = static_cast<leap::Utility>(42);
  CHECK_FALSE(leap::is_utility_available(bogus, leap::Environment::production));
  CHECK_FALSE(leap::is_utility_available(bogus, leap::Environment::staging));
  CHECK_FALSE(leap::is_utility_available(leap::Utility::sce, static_cast<leap::Environment>(7)));
}
