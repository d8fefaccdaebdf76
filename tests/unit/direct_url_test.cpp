// SPDX-License-Identifier: MIT
#include <leap/direct_url.hpp>

#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "support.hpp"

using leap::DirectUrl;
using leap::Environment;
using leap::Errc;
using leap::Utility;

namespace {

const std::string seed_url = "https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=123";

DirectUrl seed() { return DirectUrl("ElectricSpaceships", Utility::sce).set_ref_id("123"); }

// Calls `change` on a copy of `url`; checks it throws `expected` and leaves the copy equal
// to `url` and serializing to the same bytes (the strong guarantee).
template <class F>
void check_refused_unchanged(const DirectUrl& url, Errc expected, F change) {
  DirectUrl copy = url;
  CHECK(test::errc_of([&] { change(copy); }) == expected);
  CHECK(copy == url);
  CHECK(copy.str() == url.str());
}

Errc parse_errc(std::string_view text) {
  return test::errc_of([&] { (void)DirectUrl::parse(text); });
}

}  // namespace

// ---- docs/rules.md#direct-url: the URL ----------------------------------------------------------------

TEST_CASE("the seed example is produced byte for byte") {
  const DirectUrl url = seed();
  CHECK(url.str() == seed_url);
  CHECK(url.size() == 72);
  CHECK(leap::to_string(url) == seed_url);
}

TEST_CASE("a URL without refId or params ends at /getting-started") {
  CHECK(DirectUrl("Acme", Utility::pge).str() == "https://www.addleap.com/Acme/pge/getting-started");
  CHECK(DirectUrl("Acme", Utility::sdge, Environment::staging).str() ==
        "https://staging.addleap.com/Acme/sdge/getting-started");
  CHECK(DirectUrl("Acme", Utility::staging_test_nyiso, Environment::staging).str() ==
        "https://staging.addleap.com/Acme/staging-test-utility-nyiso/getting-started");
}

TEST_CASE("every utility in every environment it exists in, with the shortest and longest org names") {
  for (const Environment environment : {Environment::production, Environment::staging}) {
    for (const Utility utility : leap::all_utilities) {
      if (!leap::is_utility_available(utility, environment)) continue;
      for (const std::string& org : {std::string("A"), std::string(100, 'z')}) {
        const std::string path = std::string(leap::base_url(environment)) + "/" + org + "/" +
                                 std::string(leap::utility_id(utility)) + "/getting-started";
        DirectUrl url(org, utility, environment);
        INFO(path);
        CHECK(url.str() == path);
        CHECK(url.org_name() == org);
        url.set_ref_id("r").add_redirect_param("k", "v");
        CHECK(url.str() == path + "?refId=r&additional_redirect_params=k%3Dv");
      }
    }
  }
}

TEST_CASE("the refId is percent-encoded with Leap's keep-set") {
  DirectUrl url("Acme", Utility::sce);
  url.set_ref_id("a b+c/d~e*f-g.h_i&j=k%");
  CHECK(url.str() == "https://www.addleap.com/Acme/sce/getting-started?refId=a%20b%2Bc%2Fd%7Ee*f-g.h_i%26j%3Dk%25");
}

TEST_CASE("params are encoded, then the whole list is encoded again, as in Leap's example") {
  DirectUrl url("ElectricSpaceships", Utility::sce);
  url.set_ref_id("123").add_redirect_param("state", "abcdef123").add_redirect_param("test_parameter", "value");
  CHECK(url.str() ==
        "https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=123"
        "&additional_redirect_params=state%3Dabcdef123%26test_parameter%3Dvalue");
}

TEST_CASE("a param value a b goes in as a%20b and out as a%2520b") {
  DirectUrl url("Acme", Utility::sce);
  url.add_redirect_param("k", "a b");
  CHECK(url.str() == "https://www.addleap.com/Acme/sce/getting-started?additional_redirect_params=k%3Da%2520b");
}

TEST_CASE("refIds and params of every length from 1 to 40 bytes encode as the rules say") {
  // Around the widths of the table-driven encoders' unrolled loops and tails.
  for (std::size_t length = 1; length <= 40; ++length) {
    const std::string unsafe(length, ' ');
    std::string once;
    std::string twice;
    for (std::size_t i = 0; i < length; ++i) {
      once += "%20";
      twice += "%2520";
    }
    DirectUrl url("Acme", Utility::sce);
    url.set_ref_id(unsafe).add_redirect_param(unsafe, unsafe + "x");
    INFO("length " << length);
    CHECK(url.str() == "https://www.addleap.com/Acme/sce/getting-started?refId=" + once +
                           "&additional_redirect_params=" + twice + "%3D" + twice + "x");
  }
}

TEST_CASE("each part is encoded on its own: one with nothing to escape beside one with something") {
  // str() copies a part whose encoded size shows that none of its bytes escape.
  DirectUrl url("Acme", Utility::sce);
  url.set_ref_id("r 1").add_redirect_param("a", "b").add_redirect_param("c", "d");
  CHECK(url.str() ==
        "https://www.addleap.com/Acme/sce/getting-started?refId=r%201"
        "&additional_redirect_params=a%3Db%26c%3Dd");
  url.set_ref_id("r1").add_redirect_param("e", "f g");
  CHECK(url.str() ==
        "https://www.addleap.com/Acme/sce/getting-started?refId=r1"
        "&additional_redirect_params=a%3Db%26c%3Dd%26e%3Df%2520g");
  url.clear_redirect_params();
  url.add_redirect_param("a", "");
  CHECK(url.str() == "https://www.addleap.com/Acme/sce/getting-started?refId=r1&additional_redirect_params=a%3D");
}

TEST_CASE("reserved bytes in keys and values cannot break out of their param") {
  DirectUrl url("Acme", Utility::sce);
  url.add_redirect_param("x&y=z", "1&refId=2#f");
  CHECK(url.str() ==
        "https://www.addleap.com/Acme/sce/getting-started?additional_redirect_params="
        "x%2526y%253Dz%3D1%2526refId%253D2%2523f");
}

TEST_CASE("refId comes first, then additional_redirect_params, params in insertion order") {
  DirectUrl url("Acme", Utility::sce);
  url.add_redirect_param("z", "1").add_redirect_param("a", "2").set_ref_id("r");
  CHECK(url.str() ==
        "https://www.addleap.com/Acme/sce/getting-started?refId=r&additional_redirect_params=z%3D1%26a%3D2");
  CHECK(url.redirect_params() == std::vector<leap::RedirectParam>{{"z", "1"}, {"a", "2"}});
}

TEST_CASE("an empty param value is allowed and sent as key=") {
  DirectUrl url("Acme", Utility::sce);
  url.add_redirect_param("flag", "");
  CHECK(url.str() == "https://www.addleap.com/Acme/sce/getting-started?additional_redirect_params=flag%3D");
}

TEST_CASE("the org name's case is kept") {
  CHECK(DirectUrl("eLeCtRiC", Utility::sce).org_name() == "eLeCtRiC");
  CHECK(DirectUrl("eLeCtRiC", Utility::sce) != DirectUrl("electric", Utility::sce));
}

TEST_CASE("the observers return what was set") {
  DirectUrl url("Acme", Utility::sdge, Environment::staging);
  CHECK(url.org_name() == "Acme");
  CHECK(url.utility() == Utility::sdge);
  CHECK(url.environment() == Environment::staging);
  CHECK_FALSE(url.ref_id().has_value());
  CHECK(url.redirect_params().empty());
  url.set_ref_id("r1").set_ref_id("r2");
  CHECK(url.ref_id() == std::optional<std::string_view>("r2"));
  url.clear_ref_id();
  CHECK_FALSE(url.ref_id().has_value());
  url.add_redirect_param("a", "1").clear_redirect_params();
  CHECK(url.redirect_params().empty());
  CHECK(url == DirectUrl("Acme", Utility::sdge, Environment::staging));
}

TEST_CASE("after any sequence of changes, str() is what a fresh build of the same fields gives") {
  DirectUrl url("Acme", Utility::sce);
  url.set_ref_id("first ref").add_redirect_param("a", "1 2").set_ref_id("second").clear_ref_id();
  CHECK(url.str() == DirectUrl("Acme", Utility::sce).add_redirect_param("a", "1 2").str());
  url.set_ref_id("r").clear_redirect_params();
  CHECK(url.str() == DirectUrl("Acme", Utility::sce).set_ref_id("r").str());
  url.clear_ref_id().add_redirect_param("b", "");
  CHECK(url.str() == "https://www.addleap.com/Acme/sce/getting-started?additional_redirect_params=b%3D");
  CHECK(url.size() == url.str().size());
  url.clear_redirect_params();
  CHECK(url.str() == "https://www.addleap.com/Acme/sce/getting-started");
  CHECK(url.size() == url.str().size());
}

// ---- docs/rules.md#utilities: utilities and environments ----------------------------------------------

TEST_CASE("a staging test utility in production is utility_not_available") {
  for (Utility utility : {Utility::staging_test_caiso, Utility::staging_test_nyiso}) {
    CHECK(test::errc_of([&] { DirectUrl("Acme", utility); }) == Errc::utility_not_available);
    CHECK(test::errc_of([&] { DirectUrl("Acme", utility, Environment::staging); }) == Errc{});
  }
}

TEST_CASE("a Utility or Environment value that is not an enumerator is refused") {
  CHECK(test::errc_of([] { DirectUrl("Acme", static_cast<Utility>(42)); }) == Errc::unknown_utility);
  CHECK(test::errc_of([] { DirectUrl("Acme", Utility::sce, static_cast<Environment>(7)); }) ==
        Errc::utility_not_available);
}

// ---- docs/rules.md#org-name ------------------------------------------------------------------

TEST_CASE("an org name that breaks a rule is invalid_org_name") {
  const std::vector<std::string> bad{
      "",      std::string(101, 'a'), "a/b", "a?b", "a#b", "a%41", "a b", "a\tb", std::string("a\0b", 3),
      "a\x7F", "caf\xC3\xA9",         ".",   "..",  "a+b", "a~b",  "a*b"};
  for (const std::string& name : bad) {
    INFO(name);
    CHECK(test::errc_of([&] { DirectUrl(name, Utility::sce); }) == Errc::invalid_org_name);
  }
  CHECK(test::errc_of([] { DirectUrl(std::string(100, 'a'), Utility::sce); }) == Errc{});
}

TEST_CASE("an org name error names the field, the offset and the byte") {
  CHECK(test::message_of([] { DirectUrl("Electric/Spaceships", Utility::sce); }) ==
        "org name: byte 8 is not one of A-Z a-z 0-9 - . _ (0x2F)");
  CHECK(test::message_of([] { DirectUrl(std::string(101, 'a'), Utility::sce); }) ==
        "org name: is too long (101 bytes, at most 100)");
  CHECK(test::message_of([] { DirectUrl("", Utility::sce); }) == "org name: is empty");
  for (std::size_t size = 1; size <= 13; ++size) {  // the check reads four bytes at a time
    for (std::size_t at = 0; at < size; ++at) {
      std::string name(size, 'a');
      name[at] = '~';
      INFO(name);
      CHECK(test::message_of([&] { DirectUrl(name, Utility::sce); }) ==
            "org name: byte " + std::to_string(at) + " is not one of A-Z a-z 0-9 - . _ (0x7E)");
    }
  }
}

// ---- docs/rules.md#refid ---------------------------------------------------------------------

TEST_CASE("a refId of 1 to 255 bytes of well-formed UTF-8 is accepted") {
  for (const std::string& ref_id :
       {std::string("1"), std::string(255, 'x'), std::string("\xC2\x80"), std::string("\xDF\xBF"),
        std::string("\xE0\xA0\x80"), std::string("\xED\x9F\xBF"), std::string("\xEE\x80\x80"),
        std::string("\xEF\xBF\xBF"), std::string("\xF0\x90\x80\x80"), std::string("\xF4\x8F\xBF\xBF"),
        std::string("a b & c = d ? e # f / g % h + i ~ j")}) {
    INFO(ref_id);
    DirectUrl url("Acme", Utility::sce);
    url.set_ref_id(ref_id);
    CHECK(url.ref_id() == std::optional<std::string_view>(ref_id));
  }
}

TEST_CASE("an empty refId is invalid_ref_id") {
  CHECK(test::errc_of([] { DirectUrl("Acme", Utility::sce).set_ref_id(""); }) == Errc::invalid_ref_id);
}

TEST_CASE("a refId over 255 bytes is ref_id_too_long, counting bytes not characters") {
  CHECK(test::errc_of([] { DirectUrl("Acme", Utility::sce).set_ref_id(std::string(256, 'x')); }) ==
        Errc::ref_id_too_long);
  std::string accents;
  for (int i = 0; i < 128; ++i) accents += "\xC3\xA9";  // 128 characters, 256 bytes
  CHECK(test::errc_of([&] { DirectUrl("Acme", Utility::sce).set_ref_id(accents); }) == Errc::ref_id_too_long);
  CHECK(test::message_of([] { DirectUrl("Acme", Utility::sce).set_ref_id(std::string(300, 'x')); }) ==
        "refId: is too long (300 bytes, at most 255)");
}

TEST_CASE("a refId with a C0 control or DEL is invalid_ref_id, for each of the 33") {
  for (int value = 0; value < 0x80; ++value) {
    if (value >= 0x20 && value != 0x7F) continue;
    const std::string ref_id = std::string("ab") + static_cast<char>(value);
    INFO("byte " << value);
    CHECK(test::errc_of([&] { DirectUrl("Acme", Utility::sce).set_ref_id(ref_id); }) == Errc::invalid_ref_id);
  }
}

TEST_CASE("a refId error names the field, the offset and the byte") {
  CHECK(test::message_of([] { DirectUrl("Acme", Utility::sce).set_ref_id("customer-0000042\nX"); }) ==
        "refId: byte 16 is a control character (0x0A)");
  CHECK(test::message_of([] { DirectUrl("Acme", Utility::sce).set_ref_id("ab\xC0\x80"); }) ==
        "refId: byte 2 starts an ill-formed UTF-8 sequence (0xC0)");
}

TEST_CASE("a refId's control or ill-formed byte is found at every offset, whatever the length") {
  // The checks read eight bytes at a time, the last few in a word that overlaps the one before.
  for (std::size_t size = 1; size <= 25; ++size) {
    for (std::size_t at = 0; at < size; ++at) {
      INFO("size " << size << ", byte " << at);
      std::string ref_id(size, 'x');
      ref_id[at] = '\x7F';
      CHECK(test::message_of([&] { DirectUrl("Acme", Utility::sce).set_ref_id(ref_id); }) ==
            "refId: byte " + std::to_string(at) + " is a control character (0x7F)");
      ref_id[at] = '\xC3';  // a lead byte with no continuation after it
      CHECK(test::errc_of([&] { DirectUrl("Acme", Utility::sce).set_ref_id(ref_id); }) == Errc::invalid_ref_id);
      ref_id.insert(at + 1, 1, '\xA9');  // now U+00E9, well formed
      CHECK(DirectUrl("Acme", Utility::sce).set_ref_id(ref_id).ref_id() == std::optional<std::string_view>(ref_id));
    }
  }
}

TEST_CASE("ill-formed UTF-8 in a refId is invalid_ref_id: overlongs, surrogates, above U+10FFFF, stray bytes") {
  for (const char* bad :
       {"\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF",
        "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xFE", "\xE2\x82",
        "\xC3", "\xF0\x9F\x98", "a\xC3(b", "\xE2\x28\xA1"}) {
    INFO(bad);
    CHECK(test::errc_of([&] { DirectUrl("Acme", Utility::sce).set_ref_id(bad); }) == Errc::invalid_ref_id);
  }
}

// ---- docs/rules.md#params ----------------------------------------------------------------------

TEST_CASE("an empty param key, or one with a control or ill-formed UTF-8, is invalid_param_key") {
  for (const std::string& key : {std::string(), std::string("a\nb"), std::string("\x7F"), std::string("a\0", 2),
                                 std::string("\xC0\xAF"), std::string("\xED\xA0\x80")}) {
    INFO(key);
    CHECK(test::errc_of([&] { DirectUrl("Acme", Utility::sce).add_redirect_param(key, "v"); }) ==
          Errc::invalid_param_key);
  }
}

TEST_CASE("refId, ref-id and additional_redirect_params in any ASCII case are reserved_param_key") {
  for (const char* key : {"refId", "refid", "REFID", "ReFiD", "ref-id", "REF-ID", "additional_redirect_params",
                          "Additional_Redirect_Params"}) {
    INFO(key);
    CHECK(test::errc_of([&] { DirectUrl("Acme", Utility::sce).add_redirect_param(key, "v"); }) ==
          Errc::reserved_param_key);
  }
  for (const char* key : {"refId2", "ref_id", "refI", "xrefId", "additional_redirect_param"}) {
    INFO(key);
    CHECK(test::errc_of([&] { DirectUrl("Acme", Utility::sce).add_redirect_param(key, "v"); }) == Errc{});
  }
}

TEST_CASE("a repeated param key is duplicate_param_key; keys are compared byte for byte") {
  DirectUrl url("Acme", Utility::sce);
  url.add_redirect_param("state", "1").add_redirect_param("State", "2");
  check_refused_unchanged(url, Errc::duplicate_param_key, [](DirectUrl& u) { u.add_redirect_param("state", "3"); });
}

TEST_CASE("a param value with a control or ill-formed UTF-8 is invalid_param_value") {
  for (const std::string& value : {std::string("a\rb"), std::string("\x1F"), std::string("\x7F"),
                                   std::string("\xF8\x88\x80\x80\x80"), std::string("\xE0\x80\xAF")}) {
    INFO(value);
    CHECK(test::errc_of([&] { DirectUrl("Acme", Utility::sce).add_redirect_param("k", value); }) ==
          Errc::invalid_param_value);
  }
}

// ---- docs/rules.md#url-size: whole URL ---------------------------------------------------------------------

TEST_CASE("a URL of exactly 8000 bytes builds; one byte more is url_too_long") {
  DirectUrl url("Acme", Utility::sce);
  url.add_redirect_param("k", "");
  const std::size_t room = leap::max_url_size - url.size();
  url.clear_redirect_params().add_redirect_param("k", std::string(room, 'v'));
  CHECK(url.size() == leap::max_url_size);
  CHECK(url.str().size() == leap::max_url_size);

  DirectUrl over("Acme", Utility::sce);
  check_refused_unchanged(over, Errc::url_too_long,
                          [&](DirectUrl& u) { u.add_redirect_param("k", std::string(room + 1, 'v')); });
  check_refused_unchanged(url, Errc::url_too_long, [](DirectUrl& u) { u.add_redirect_param("x", ""); });
  check_refused_unchanged(url, Errc::url_too_long, [](DirectUrl& u) { u.set_ref_id("r"); });
}

TEST_CASE("the 8000-byte limit counts encoded bytes") {
  DirectUrl url("Acme", Utility::sce);
  // 1,600 spaces: 1,600 bytes given, 8,000 bytes once encoded twice (%2520).
  check_refused_unchanged(url, Errc::url_too_long,
                          [](DirectUrl& u) { u.add_redirect_param("k", std::string(1600, ' ')); });
  CHECK(test::message_of([&] { DirectUrl(url).add_redirect_param("k", std::string(1600, ' ')); }) ==
        "url: would be too long (8080 bytes, at most 8000)");
}

TEST_CASE("a failed change leaves the URL exactly as it was") {
  DirectUrl url("Acme", Utility::sce);
  url.set_ref_id("keep").add_redirect_param("a", "1");
  check_refused_unchanged(url, Errc::invalid_ref_id, [](DirectUrl& u) { u.set_ref_id("bad\n"); });
  check_refused_unchanged(url, Errc::ref_id_too_long, [](DirectUrl& u) { u.set_ref_id(std::string(256, 'x')); });
  check_refused_unchanged(url, Errc::invalid_param_key, [](DirectUrl& u) { u.add_redirect_param("", "v"); });
  check_refused_unchanged(url, Errc::reserved_param_key, [](DirectUrl& u) { u.add_redirect_param("REFID", "v"); });
  check_refused_unchanged(url, Errc::duplicate_param_key, [](DirectUrl& u) { u.add_redirect_param("a", "2"); });
  check_refused_unchanged(url, Errc::invalid_param_value, [](DirectUrl& u) { u.add_redirect_param("b", "\x01"); });
}

// ---- non-throwing path ------------------------------------------------------------------------

TEST_CASE("make reports through error_code what the constructor throws") {
  std::error_code ec;
  auto url = DirectUrl::make("Acme", Utility::sce, ec);
  REQUIRE(url.has_value());
  CHECK(!ec);
  CHECK(*url == DirectUrl("Acme", Utility::sce));

  CHECK_FALSE(DirectUrl::make("a b", Utility::sce, ec).has_value());
  CHECK(ec == Errc::invalid_org_name);
  ec.clear();
  CHECK_FALSE(DirectUrl::make("Acme", Utility::staging_test_caiso, Environment::production, ec).has_value());
  CHECK(ec == Errc::utility_not_available);
  ec.clear();
  CHECK(DirectUrl::make("Acme", Utility::staging_test_caiso, Environment::staging, ec).has_value());
  CHECK(!ec);
}

TEST_CASE("make reports through Status the message the constructor throws") {
  leap::Status status;
  CHECK_FALSE(DirectUrl::make("Electric/Spaceships", Utility::sce, status).has_value());
  CHECK(status.errc() == Errc::invalid_org_name);
  CHECK(status.message() == test::message_of([] { DirectUrl("Electric/Spaceships", Utility::sce); }));
  CHECK(status.message() == "org name: byte 8 is not one of A-Z a-z 0-9 - . _ (0x2F)");
}

TEST_CASE("the error_code setters change nothing on failure, and succeed with a clear ec") {
  DirectUrl url("Acme", Utility::sce);
  url.set_ref_id("keep");
  const DirectUrl before = url;
  std::error_code ec;

  url.set_ref_id(std::string(256, 'x'), ec);
  CHECK(ec == Errc::ref_id_too_long);
  CHECK(url == before);
  ec.clear();
  url.add_redirect_param("refId", "x", ec);
  CHECK(ec == Errc::reserved_param_key);
  CHECK(url == before);

  ec.clear();
  url.add_redirect_param("a", "1", ec);
  CHECK(!ec);
  url.set_ref_id("new", ec);
  CHECK(!ec);
  CHECK(url.str() == "https://www.addleap.com/Acme/sce/getting-started?refId=new&additional_redirect_params=a%3D1");
}

// ---- size, str, write -------------------------------------------------------------------------

TEST_CASE("write() fills a buffer of size() bytes and touches nothing when the buffer is short") {
  const DirectUrl url = seed();
  std::string buffer(url.size() + 4, '#');
  CHECK(url.write(buffer.data(), url.size()) == url.size());
  CHECK(buffer == seed_url + "####");

  std::string short_buffer(url.size(), '#');
  CHECK(url.write(short_buffer.data(), url.size() - 1) == 0);
  CHECK(short_buffer == std::string(url.size(), '#'));
  CHECK(url.write(nullptr, 0) == 0);
}

TEST_CASE("property: size() is str().size(), write() agrees with str(), and str() parses back equal") {
  const int seed_value = GENERATE(range(0, 300));
  test::Rng rng(static_cast<std::uint64_t>(seed_value));
  const DirectUrl url = test::random_url(rng);
  const std::string text = url.str();
  CHECK(url.size() == text.size());
  CHECK(text.size() <= leap::max_url_size);
  std::string buffer(text.size(), '\0');
  CHECK(url.write(buffer.data(), buffer.size()) == text.size());
  CHECK(buffer == text);
  // A heap block of exactly size() bytes: under AddressSanitizer any write past it fails.
  const std::unique_ptr<char[]> exact(new char[text.size()]);
  CHECK(url.write(exact.get(), text.size()) == text.size());
  CHECK(std::string(exact.get(), text.size()) == text);
  const DirectUrl back = DirectUrl::parse(text);
  CHECK(back == url);
  CHECK(back.str() == text);
}

TEST_CASE("property: a refused change leaves a random URL unchanged") {
  const int seed_value = GENERATE(range(0, 100));
  test::Rng rng(static_cast<std::uint64_t>(seed_value) + 777);
  const DirectUrl url = test::random_url(rng);
  check_refused_unchanged(url, Errc::invalid_ref_id, [](DirectUrl& u) { u.set_ref_id(std::string("x\x1B", 2)); });
  check_refused_unchanged(url, Errc::invalid_param_value,
                          [](DirectUrl& u) { u.add_redirect_param("new-key", "\xC0"); });
  if (!url.redirect_params().empty()) {
    const std::string key = url.redirect_params().front().key;
    check_refused_unchanged(url, Errc::duplicate_param_key, [&](DirectUrl& u) { u.add_redirect_param(key, ""); });
  }
}

// ---- equality, hash, stream ---------------------------------------------------------------

TEST_CASE("URLs are equal when every field is, and equal URLs hash equal") {
  const DirectUrl a = seed();
  CHECK(a == seed());
  CHECK(std::hash<DirectUrl>{}(a) == std::hash<DirectUrl>{}(seed()));
  CHECK(a != DirectUrl("ElectricSpaceships", Utility::sce));
  CHECK(a != DirectUrl("ElectricSpaceships", Utility::pge).set_ref_id("123"));
  CHECK(a != DirectUrl("ElectricSpaceships", Utility::sce, Environment::staging).set_ref_id("123"));
  CHECK(a != DirectUrl("ElectricSpaceships", Utility::sce).set_ref_id("124"));
  CHECK(a != DirectUrl(a).add_redirect_param("k", ""));
  CHECK(DirectUrl(a).add_redirect_param("a", "").add_redirect_param("b", "") !=
        DirectUrl(a).add_redirect_param("b", "").add_redirect_param("a", ""));

  std::unordered_set<DirectUrl> set{seed(), seed(), DirectUrl("Acme", Utility::pge)};
  CHECK(set.size() == 2);
  CHECK(set.count(seed()) == 1);
}

TEST_CASE("a URL streams as its str()") {
  std::ostringstream out;
  out << seed();
  CHECK(out.str() == seed_url);
}

// ---- docs/rules.md#reading-links: parse ---------------------------------------------------------------------------

TEST_CASE("parse reads the seed example back") {
  const DirectUrl url = DirectUrl::parse(seed_url);
  CHECK(url == seed());
  CHECK(url.org_name() == "ElectricSpaceships");
  CHECK(url.utility() == Utility::sce);
  CHECK(url.environment() == Environment::production);
  CHECK(url.ref_id() == std::optional<std::string_view>("123"));
}

TEST_CASE("parse accepts the documented leniencies, and str() of the result is canonical") {
  const std::string canonical =
      "https://www.addleap.com/Acme/sce/getting-started?refId=a%20b%2Fc&additional_redirect_params=k%3Dx%2520y%252Bz";
  for (const char* variant : {
           "https://www.addleap.com/Acme/sce/"
           "getting-started?refId=a%20b%2Fc&additional_redirect_params=k%3Dx%2520y%252Bz",
           "https://addleap.com/Acme/sce/getting-started?refId=a%20b%2Fc&additional_redirect_params=k%3Dx%2520y%252Bz",
           "HTTPS://WWW.AddLeap.COM/Acme/sce/"
           "getting-started?refId=a%20b%2fc&additional_redirect_params=k%3dx%2520y%252bz",
           "https://www.addleap.com/Acme/sce/getting-started?refId=a+b%2Fc&additional_redirect_params=k%3Dx%2By%252Bz",
           "https://www.addleap.com/Acme/sce/getting-started?refId=a+b/c&additional_redirect_params=k%3Dx+y%252Bz",
           "https://www.addleap.com/Acme/sce/"
           "getting-started?ref-id=a%20b%2Fc&additional_redirect_params=k%3Dx%2520y%252Bz",
       }) {
    INFO(variant);
    const DirectUrl url = DirectUrl::parse(variant);
    CHECK(url.ref_id() == std::optional<std::string_view>("a b/c"));
    CHECK(url.redirect_params() == std::vector<leap::RedirectParam>{{"k", "x y+z"}});
    CHECK(url.str() == canonical);
  }
}

TEST_CASE("parse accepts RFC 3986 query characters left unescaped, as Python's urlencode leaves ~") {
  const DirectUrl url =
      DirectUrl::parse("https://www.addleap.com/Acme/sce/getting-started?refId=a~b!c'd(e)f,g;h:i@j/k?l");
  CHECK(url.ref_id() == std::optional<std::string_view>("a~b!c'd(e)f,g;h:i@j/k?l"));
}

TEST_CASE("parse reads staging URLs, test utilities included") {
  const DirectUrl url = DirectUrl::parse("https://staging.addleap.com/Acme/staging-test-utility-caiso/getting-started");
  CHECK(url.environment() == Environment::staging);
  CHECK(url.utility() == Utility::staging_test_caiso);
}

TEST_CASE("parse refuses what is not a Direct URL with invalid_url") {
  const std::string path = "/Acme/sce/getting-started";
  for (const std::string& bad : {
           std::string("http://www.addleap.com") + path,
           std::string("ftp://www.addleap.com") + path,
           std::string("https:/www.addleap.com") + path,
           std::string("//www.addleap.com") + path,
           std::string("www.addleap.com") + path,
           std::string("https://evil.com") + path,
           std::string("https://www.addleap.com.evil.com") + path,
           std::string("https://addleap.com.") + path,
           std::string("https://wwww.addleap.com") + path,
           std::string("https://www.addleap.com:443") + path,
           std::string("https://www.addleap.com:") + path,
           std::string("https://user@www.addleap.com") + path,
           std::string("https://user:pw@www.addleap.com") + path,
           std::string("https://www.addleap.com") + path + "#x",
           std::string("https://www.addleap.com") + path + "?refId=1#x",
           std::string("https://www.addleap.com") + path + "/",
           std::string("https://www.addleap.com") + path + "/extra",
           std::string("https://www.addleap.com") + path + "?",
           std::string("https://www.addleap.com") + path + "?refId",
           std::string("https://www.addleap.com") + path + "?refId=1&",
           std::string("https://www.addleap.com") + path + "?refId=1&&",
           std::string("https://www.addleap.com") + path + "?foo=1",
           std::string("https://www.addleap.com") + path + "?refid=1",
           std::string("https://www.addleap.com") + path + "?REFID=1",
           std::string("https://www.addleap.com") + path + "?refId%3D1",
           std::string("https://www.addleap.com") + path + "?refId=1&refId=2",
           std::string("https://www.addleap.com") + path + "?refId=1&ref-id=1",
           std::string("https://www.addleap.com") + path + "?additional_redirect_params=a%3D1&refId=1",
           std::string("https://www.addleap.com") + path +
               "?additional_redirect_params=a%3D1&additional_redirect_params=b%3D1",
           std::string("https://www.addleap.com") + path + "?additional_redirect_params=",
           std::string("https://www.addleap.com") + path + "?additional_redirect_params=a",
           std::string("https://www.addleap.com") + path + "?additional_redirect_params=a%3D1%26",
           std::string("https://www.addleap.com") + path + "?refId=a b",
           std::string("https://www.addleap.com") + path + "?refId=a\"b",
           std::string("https://www.addleap.com") + path + "?refId=a<b",
           std::string("https://www.addleap.com") + path + "?refId=caf\xC3\xA9",
           std::string("https://www.addleap.com") + path + "?refId=a\nb",
           std::string("https://www.addleap.com"),
           std::string("https://www.addleap.com/"),
           std::string("https://www.addleap.com/Acme"),
           std::string("https://www.addleap.com/Acme/sce"),
           std::string("https://www.addleap.com/Acme/sce/"),
           std::string("https://www.addleap.com/Acme/sce/getting-starte"),
           std::string("https://www.addleap.com/Acme/sce/Getting-Started"),
           std::string("https://www.addleap.com/Acme/sce/getting-started-now"),
           std::string("https://www.addleap.com//Acme/sce/getting-started"),
           std::string("https://www.addleap.com/x/Acme/sce/getting-started"),
           std::string("https://www.addleap.com?refId=1"),
           std::string(""),
           std::string("https://"),
       }) {
    INFO(bad);
    CHECK(parse_errc(bad) == Errc::invalid_url);
  }
}

TEST_CASE("parse reports a field's own error for a bad field") {
  const std::string base = "https://www.addleap.com/Acme/sce/getting-started";
  CHECK(parse_errc("https://www.addleap.com/Ac%20me/sce/getting-started") == Errc::invalid_org_name);
  CHECK(parse_errc("https://www.addleap.com/../sce/getting-started") == Errc::invalid_org_name);
  CHECK(parse_errc("https://www.addleap.com/Acme/SCE/getting-started") == Errc::unknown_utility);
  CHECK(parse_errc("https://www.addleap.com/Acme/coned/getting-started") == Errc::unknown_utility);
  CHECK(parse_errc("https://www.addleap.com/Acme/staging-test-utility-nyiso/getting-started") ==
        Errc::utility_not_available);
  CHECK(parse_errc(base + "?refId=") == Errc::invalid_ref_id);
  CHECK(parse_errc(base + "?refId=%0A") == Errc::invalid_ref_id);
  CHECK(parse_errc(base + "?refId=%C0%80") == Errc::invalid_ref_id);
  CHECK(parse_errc(base + "?refId=" + std::string(256, 'x')) == Errc::ref_id_too_long);
  CHECK(parse_errc(base + "?refId=%4") == Errc::invalid_percent_encoding);
  CHECK(parse_errc(base + "?refId=%zz") == Errc::invalid_percent_encoding);
  CHECK(parse_errc(base + "?additional_redirect_params=a%3D%25") == Errc::invalid_percent_encoding);
  CHECK(parse_errc(base + "?additional_redirect_params=%3D1") == Errc::invalid_param_key);
  CHECK(parse_errc(base + "?additional_redirect_params=refId%3D1") == Errc::reserved_param_key);
  CHECK(parse_errc(base + "?additional_redirect_params=a%3D1%26a%3D2") == Errc::duplicate_param_key);
  CHECK(parse_errc(base + "?additional_redirect_params=a%3D%2500") == Errc::invalid_param_value);
  CHECK(parse_errc(base + "?additional_redirect_params=a%3D%25FF") == Errc::invalid_param_value);
  CHECK(parse_errc(base + "?refId=" + std::string(7990, 'x')) == Errc::url_too_long);
}

TEST_CASE("parse reads a URL of exactly 8000 bytes and refuses 8001 with url_too_long") {
  DirectUrl url("Acme", Utility::sce);
  url.add_redirect_param("k", "");
  const std::size_t room = leap::max_url_size - url.size();
  url.clear_redirect_params().add_redirect_param("k", std::string(room, 'v'));
  const std::string text = url.str();
  REQUIRE(text.size() == leap::max_url_size);
  CHECK(DirectUrl::parse(text) == url);
  CHECK(parse_errc(text + "v") == Errc::url_too_long);
}

TEST_CASE("parse counts the bytes it was given: a long input is url_too_long even if it would shrink") {
  // "%76" is a needlessly escaped 'v': 2,700 of them are 8,100 bytes that decode to 2,700.
  std::string text = "https://www.addleap.com/Acme/sce/getting-started?additional_redirect_params=k%3D";
  for (int i = 0; i < 2700; ++i) text += "%76";
  CHECK(parse_errc(text) == Errc::url_too_long);
}

TEST_CASE("a long URL to another host is invalid_url, not url_too_long") {
  CHECK(parse_errc("https://evil.example/Acme/sce/getting-started?refId=" + std::string(9000, 'x')) ==
        Errc::invalid_url);
}

TEST_CASE("parse refuses a URL whose canonical form would pass 8000 bytes") {
  // 1,700 raw spaces are 1,700 bytes here and 8,500 bytes once encoded twice.
  const std::string text =
      "https://www.addleap.com/Acme/sce/getting-started?additional_redirect_params=k%3D" + std::string(1700, '+');
  CHECK(text.size() < leap::max_url_size);
  CHECK(parse_errc(text) == Errc::url_too_long);
}

TEST_CASE("parse errors name the field and the offset in the URL") {
  CHECK(test::message_of([] { (void)DirectUrl::parse("https://www.addleap.com:8443/Acme/sce/getting-started"); }) ==
        "url: byte 23 starts a port; a Leap link has none");
  CHECK(test::message_of([] {
          (void)DirectUrl::parse("https://www.addleap.com/Acme/sce/getting-started?refId=a%zz");
        }) == "url: byte 56 is a '%' not followed by two hex digits");
}

TEST_CASE("the error_code and Status overloads of parse report instead of throwing") {
  std::error_code ec;
  auto url = DirectUrl::parse(seed_url, ec);
  REQUIRE(url.has_value());
  CHECK(!ec);
  CHECK(*url == seed());
  CHECK_FALSE(DirectUrl::parse("https://www.addleap.com/Acme/sce/getting-started/", ec).has_value());
  CHECK(ec == Errc::invalid_url);

  leap::Status status;
  CHECK_FALSE(DirectUrl::parse("https://www.addleap.com/Acme/sce/getting-started?refId=a%zz", status).has_value());
  CHECK(status.errc() == Errc::invalid_percent_encoding);
  CHECK(status.message() == "url: byte 56 is a '%' not followed by two hex digits");
}
