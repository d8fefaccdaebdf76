// SPDX-License-Identifier: MIT
// One test per bug found, named after what broke. Each failed on the code before its fix.
#include <leap/leap.hpp>

#include <string>

#include "support.hpp"

TEST_CASE("regression: chaining error_code setters erased the first error and dropped the refId") {
  std::error_code ec;
  auto url = leap::DirectUrl::make("Acme", leap::Utility::sce, ec);
  REQUIRE(url);
  url->set_ref_id("bad\nid", ec).add_redirect_param("a", "b", ec);
  CHECK(ec == leap::Errc::invalid_ref_id);  // was: clear, with "a" added and no refId
  CHECK(url->redirect_params().empty());
}

TEST_CASE("regression: the non-throwing path could not give the field, offset and byte") {
  leap::Status status;
  (void)leap::DirectUrl::make("Electric Spaceships", leap::Utility::sce, status);
  CHECK(status.message() == "org name: byte 8 is not one of A-Z a-z 0-9 - . _ (0x20)");  // was: "invalid org name"
}

TEST_CASE("regression: a query was read as a URL, so ?/x?refId=evil named a customer") {
  for (const char* query : {"/x?refId=evil", "https://evil.example/?refId=evil"}) {
    INFO(query);
    CHECK_FALSE(leap::parse_redirect_query(query).ref_id.has_value());  // was: "evil"
  }
}

TEST_CASE("regression: the final redirect accepted an empty refId, a bare refId and a 300-byte one") {
  CHECK(test::errc_of([] { (void)leap::parse_redirect_query("refId="); }) == leap::Errc::invalid_ref_id);
  CHECK(test::errc_of([] { (void)leap::parse_redirect_query("refId"); }) == leap::Errc::invalid_ref_id);
  CHECK(test::errc_of([] { (void)leap::parse_redirect_query("refId=" + std::string(300, 'x')); }) ==
        leap::Errc::ref_id_too_long);
}

TEST_CASE("regression: RefId=evil&refId=good showed evil as an ordinary param") {
  CHECK(test::errc_of([] { (void)leap::parse_redirect_query("RefId=evil&refId=good"); }) ==
        leap::Errc::reserved_param_key);
}
