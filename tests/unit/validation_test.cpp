// SPDX-License-Identifier: MIT
#include <leap/validation.hpp>

#include <string>

#include "support.hpp"

TEST_CASE("the limits are org 100 bytes, refId 255 bytes, URL 8000 bytes") {
  CHECK(leap::max_org_name_size == 100);
  CHECK(leap::max_ref_id_size == 255);
  CHECK(leap::max_url_size == 8000);
}

TEST_CASE("an org name is 1 to 100 bytes of A-Z a-z 0-9 - . _") {
  CHECK(leap::is_valid_org_name("ElectricSpaceships"));
  CHECK(leap::is_valid_org_name("a"));
  CHECK(leap::is_valid_org_name("Solar-Co.v2_test"));
  CHECK(leap::is_valid_org_name(std::string(100, 'x')));
  CHECK_FALSE(leap::is_valid_org_name(""));
  CHECK_FALSE(leap::is_valid_org_name(std::string(101, 'x')));
}

TEST_CASE("an org name byte is accepted exactly when it is A-Z a-z 0-9 - . _, all 256 checked") {
  for (int value = 0; value < 256; ++value) {
    const char c = static_cast<char>(value);
    const bool allowed =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
    INFO("byte " << value);
    CHECK(leap::is_valid_org_name(std::string("Org") + c) == allowed);
  }
}

TEST_CASE("an org name that is . or .. is rejected, but longer runs of dots are names") {
  CHECK_FALSE(leap::is_valid_org_name("."));
  CHECK_FALSE(leap::is_valid_org_name(".."));
  CHECK(leap::is_valid_org_name("..."));
  CHECK(leap::is_valid_org_name(".a"));
}

TEST_CASE("a searchable refId is 3 to 256 characters, counted in code points") {
  CHECK(leap::is_searchable_ref_id("abc"));
  CHECK_FALSE(leap::is_searchable_ref_id("ab"));
  CHECK_FALSE(leap::is_searchable_ref_id(""));
  CHECK(leap::is_searchable_ref_id("\xC3\xA9\xC3\xA9\xC3\xA9"));  // 3 characters, 6 bytes
  CHECK_FALSE(leap::is_searchable_ref_id("\xC3\xA9\xC3\xA9"));    // 2 characters, 4 bytes
  CHECK(leap::is_searchable_ref_id(std::string(256, 'a')));
  CHECK_FALSE(leap::is_searchable_ref_id(std::string(257, 'a')));
  std::string wide;
  for (int i = 0; i < 256; ++i) wide += "\xE2\x82\xAC";  // 256 characters, 768 bytes
  CHECK(leap::is_searchable_ref_id(wide));
  std::string widest;
  for (int i = 0; i < 256; ++i) widest += "\xF0\x9F\x98\x80";  // 256 characters, 1024 bytes: the most bytes
  CHECK(leap::is_searchable_ref_id(widest));
  CHECK_FALSE(leap::is_searchable_ref_id(widest + "a"));
  CHECK_FALSE(leap::is_searchable_ref_id(widest + "\xF0\x9F\x98\x80"));
}

TEST_CASE("a searchable refId has none of / \\ ? [ ] { } ! # $ % ^ & * ( ) < > |") {
  for (char c : std::string("/\\?[]{}!#$%^&*()<>|")) {
    INFO(c);
    CHECK_FALSE(leap::is_searchable_ref_id(std::string("cust") + c + "42"));
  }
  CHECK(leap::is_searchable_ref_id("cust-42_a.b~c d+e=f,g;h:i@j'k\"l`m"));
}

TEST_CASE("a refId that is not well-formed UTF-8 is never searchable") {
  CHECK_FALSE(leap::is_searchable_ref_id("abc\xFF"));
  CHECK_FALSE(leap::is_searchable_ref_id("abc\xC0\x80"));
}
