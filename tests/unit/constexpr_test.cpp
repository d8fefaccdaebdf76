// SPDX-License-Identifier: MIT
// Compile-time checks of the constexpr API: this file failing to compile is the failure.
#include <leap/direct_url.hpp>

#include <array>
#include <string_view>

#include "support.hpp"

namespace {

// percent_encode into a buffer, run by the compiler.
template <std::size_t N>
constexpr std::array<char, N> encoded(std::string_view s) {
  std::array<char, N> out{};
  static_cast<void>(leap::percent_encode(s, out.data(), out.size()));
  return out;
}

constexpr bool equals(const char* data, std::size_t size, std::string_view expected) {
  return std::string_view(data, size) == expected;
}

constexpr auto encoded_space = encoded<5>("a b");
constexpr auto encoded_nested = encoded<11>("k=a%20b");
static_assert(equals(encoded_space.data(), encoded_space.size(), "a%20b"));
static_assert(equals(encoded_nested.data(), encoded_nested.size(), "k%3Da%2520b"));
static_assert(leap::percent_encode("a b", nullptr, 4) == 0);  // too small: nothing written

static_assert(leap::percent_encoded_size("") == 0);
static_assert(leap::percent_encoded_size("abc") == 3);
static_assert(leap::percent_encoded_size("a b~") == 8);
static_assert(leap::is_safe_byte('*') && leap::is_safe_byte('_') && !leap::is_safe_byte('~') &&
              !leap::is_safe_byte(' '));

static_assert(leap::is_valid_org_name("ElectricSpaceships"));
static_assert(!leap::is_valid_org_name("Electric Spaceships"));
static_assert(!leap::is_valid_org_name(".."));
static_assert(!leap::is_valid_org_name(""));

static_assert(leap::utility_id(leap::Utility::staging_test_caiso) == "staging-test-utility-caiso");
static_assert(leap::utility_name(leap::Utility::sdge) == "San Diego Gas & Electric (SDG&E)");
static_assert(leap::utility_region(leap::Utility::staging_test_nyiso) == "NYISO");
static_assert(leap::parse_utility("PGE") == leap::Utility::pge);
static_assert(!leap::parse_utility("pg&e").has_value());
static_assert(!leap::is_utility_available(leap::Utility::staging_test_caiso, leap::Environment::production));
static_assert(leap::base_url(leap::Environment::staging) == "https://staging.addleap.com");

static_assert(leap::is_searchable_ref_id("cust-42"));
static_assert(!leap::is_searchable_ref_id("cust/42"));
static_assert(!leap::direct_url_allowed(leap::CustomerClass::commercial));
static_assert(leap::direct_url_allowed(leap::CustomerClass::residential));
static_assert(leap::errc_name(leap::Errc::url_too_long) == "url_too_long");

static_assert(leap::max_url_size == 8000 && leap::max_ref_id_size == 255 && leap::max_org_name_size == 100);

}  // namespace

TEST_CASE("the constexpr results are also what runs at run time") {
  std::array<char, 5> runtime{};
  CHECK(leap::percent_encode("a b", runtime.data(), runtime.size()) == 5);
  CHECK(runtime == encoded_space);
}
