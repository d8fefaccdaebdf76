// SPDX-License-Identifier: MIT
#include <leap/connect_url.hpp>

#include <functional>
#include <sstream>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "support.hpp"

using leap::ConnectProgram;
using leap::ConnectUrl;
using leap::ConnectVariant;
using leap::Errc;
using leap::TransmissionRegion;

namespace {

const std::string seed_style =
    "https://connect.leap.energy?transmissionRegion=CAISO&variant=COMMERCIAL&account=ElectricSpaceships&refId=123"
    "&additional_redirect_params=state%3Dabcdef123%26test_parameter%3Dvalue";

ConnectUrl seed() {
  ConnectUrl url("ElectricSpaceships", TransmissionRegion::caiso);
  url.set_variant(ConnectVariant::commercial)
      .set_ref_id("123")
      .add_redirect_param("state", "abcdef123")
      .add_redirect_param("test_parameter", "value");
  return url;
}

template <class F>
void check_refused_unchanged(const ConnectUrl& url, Errc expected, F change) {
  ConnectUrl copy = url;
  CHECK(test::errc_of([&] { change(copy); }) == expected);
  CHECK(copy == url);
  CHECK(copy.str() == url.str());
}

Errc parse_errc(std::string_view text) {
  return test::errc_of([&] { (void)ConnectUrl::parse(text); });
}

const std::string host = "https://connect.leap.energy";

}  // namespace

// ---- the link --------------------------------------------------------------------------

TEST_CASE("the seed-style Leap Connect example comes out byte for byte") {
  CHECK(seed().str() == seed_style);
  CHECK(seed().size() == seed_style.size());
  CHECK(leap::to_string(seed()) == seed_style);
}

TEST_CASE("there is no / between the host and ?, as Leap writes it") {
  CHECK(ConnectUrl("Acme", TransmissionRegion::pjm).str() ==
        "https://connect.leap.energy?transmissionRegion=PJM&account=Acme");
}

TEST_CASE("the region is sent as its upper-case id, and every region has one") {
  const std::vector<std::pair<TransmissionRegion, std::string>> regions{
      {TransmissionRegion::caiso, "CAISO"},     {TransmissionRegion::nyiso, "NYISO"},
      {TransmissionRegion::pjm, "PJM"},         {TransmissionRegion::ercot, "ERCOT"},
      {TransmissionRegion::wecc_pc, "WECC_PC"}, {TransmissionRegion::wecc_sw, "WECC_SW"}};
  for (const auto& [region, id] : regions) {
    INFO(id);
    CHECK(ConnectUrl("Acme", region).str() == host + "?transmissionRegion=" + id + "&account=Acme");
  }
}

TEST_CASE("the variant is omitted unless set, and sent as its upper-case id") {
  ConnectUrl url("Acme", TransmissionRegion::pjm);
  CHECK_FALSE(url.variant().has_value());
  const std::vector<std::pair<ConnectVariant, std::string>> variants{
      {ConnectVariant::residential, "RESIDENTIAL"},
      {ConnectVariant::commercial, "COMMERCIAL"},
      {ConnectVariant::residential_agreements_only, "RESIDENTIAL_AGREEMENTS_ONLY"},
      {ConnectVariant::commercial_agreements_only, "COMMERCIAL_AGREEMENTS_ONLY"}};
  for (const auto& [variant, id] : variants) {
    INFO(id);
    url.set_variant(variant);
    CHECK(url.variant() == variant);
    CHECK(url.str() == host + "?transmissionRegion=PJM&variant=" + id + "&account=Acme");
  }
  url.clear_variant();
  CHECK(url.str() == host + "?transmissionRegion=PJM&account=Acme");
}

TEST_CASE(
    "every region with no option, each variant it offers and each program, around the shortest and longest accounts") {
  const std::string base = "https://connect.leap.energy?transmissionRegion=";
  for (const TransmissionRegion region : leap::all_regions) {
    std::vector<std::pair<std::string, std::function<void(ConnectUrl&)>>> options{{"", [](ConnectUrl&) {}}};
    for (const ConnectVariant variant : leap::all_variants) {
      if (!leap::is_variant_available(variant, region)) continue;
      options.emplace_back("&variant=" + std::string(leap::variant_id(variant)),
                           [variant](ConnectUrl& u) { u.set_variant(variant); });
    }
    for (const ConnectProgram program : leap::all_programs) {
      options.emplace_back("&program=" + std::string(leap::program_id(program)),
                           [program](ConnectUrl& u) { u.set_program(program); });
    }
    for (const auto& [query, set] : options) {
      for (const std::string& account : {std::string("A"), std::string(100, 'z')}) {
        const std::string expected = base + std::string(leap::region_id(region)) + query + "&account=" + account;
        INFO(expected);
        ConnectUrl url(account, region);
        set(url);
        CHECK(url.str() == expected);
        CHECK(url.account() == account);
        url.set_ref_id("r").add_redirect_param("k", "v");
        CHECK(url.str() == expected + "&refId=r&additional_redirect_params=k%3Dv");
        CHECK(ConnectUrl::parse(url.str()) == url);
      }
    }
  }
}

TEST_CASE("the agreements-only variants are PJM-only: with another region, variant_not_available") {
  for (TransmissionRegion region : leap::all_regions) {
    for (ConnectVariant variant :
         {ConnectVariant::residential_agreements_only, ConnectVariant::commercial_agreements_only}) {
      INFO(leap::region_id(region) << ' ' << leap::variant_id(variant));
      ConnectUrl url("Acme", region);
      if (region == TransmissionRegion::pjm) {
        CHECK(test::errc_of([&] { url.set_variant(variant); }) == Errc{});
      } else {
        check_refused_unchanged(url, Errc::variant_not_available, [&](ConnectUrl& u) { u.set_variant(variant); });
      }
    }
    CHECK(test::errc_of([&] { ConnectUrl("Acme", region).set_variant(ConnectVariant::commercial); }) == Errc{});
    CHECK(test::errc_of([&] { ConnectUrl("Acme", region).set_variant(ConnectVariant::residential); }) == Errc{});
  }
}

TEST_CASE("the program is omitted unless set, and sent as PSE-RPO or SRP-RPO") {
  ConnectUrl url("Acme", TransmissionRegion::wecc_pc);
  CHECK_FALSE(url.program().has_value());
  url.set_program(ConnectProgram::pse_rpo);
  CHECK(url.str() == host + "?transmissionRegion=WECC_PC&program=PSE-RPO&account=Acme");
  url.set_program(ConnectProgram::srp_rpo);
  CHECK(url.program() == ConnectProgram::srp_rpo);
  CHECK(url.str() == host + "?transmissionRegion=WECC_PC&program=SRP-RPO&account=Acme");
  url.clear_program();
  CHECK(url.str() == host + "?transmissionRegion=WECC_PC&account=Acme");
}

TEST_CASE("a link carries at most one of a variant and a program: setting both is variant_not_available") {
  ConnectUrl with_variant("Acme", TransmissionRegion::wecc_sw);
  with_variant.set_variant(ConnectVariant::commercial);
  check_refused_unchanged(with_variant, Errc::variant_not_available,
                          [](ConnectUrl& u) { u.set_program(ConnectProgram::srp_rpo); });
  ConnectUrl with_program("Acme", TransmissionRegion::wecc_sw);
  with_program.set_program(ConnectProgram::srp_rpo);
  check_refused_unchanged(with_program, Errc::variant_not_available,
                          [](ConnectUrl& u) { u.set_variant(ConnectVariant::residential); });
  with_program.clear_program().set_variant(ConnectVariant::residential);
  CHECK(with_program.variant() == ConnectVariant::residential);
}

TEST_CASE("the order is transmissionRegion, variant or program, account, refId, additional_redirect_params") {
  ConnectUrl url("Acme", TransmissionRegion::nyiso);
  url.add_redirect_param("z", "1").set_ref_id("r").set_program(ConnectProgram::pse_rpo);
  CHECK(url.str() == host +
                         "?transmissionRegion=NYISO&program=PSE-RPO&account=Acme&refId=r"
                         "&additional_redirect_params=z%3D1");
}

TEST_CASE("the account follows the org name rule, with invalid_org_name") {
  for (const std::string& bad : {std::string(), std::string(101, 'a'), std::string("a b"), std::string("a&b"),
                                 std::string("a/b"), std::string("."), std::string(".."), std::string("caf\xC3\xA9")}) {
    INFO(bad);
    CHECK(test::errc_of([&] { ConnectUrl(bad, TransmissionRegion::caiso); }) == Errc::invalid_org_name);
  }
  CHECK(test::message_of([] { ConnectUrl("Acme Inc", TransmissionRegion::caiso); }) ==
        "account: byte 4 is not one of A-Z a-z 0-9 - . _ (0x20)");
  CHECK(ConnectUrl(std::string(100, 'a'), TransmissionRegion::caiso).account() == std::string(100, 'a'));
}

TEST_CASE("refId and params follow the Direct URL's rules, codes and encoding") {
  ConnectUrl url("Acme", TransmissionRegion::caiso);
  check_refused_unchanged(url, Errc::invalid_ref_id, [](ConnectUrl& u) { u.set_ref_id(""); });
  check_refused_unchanged(url, Errc::invalid_ref_id, [](ConnectUrl& u) { u.set_ref_id("a\x7F"); });
  check_refused_unchanged(url, Errc::ref_id_too_long, [](ConnectUrl& u) { u.set_ref_id(std::string(256, 'x')); });
  check_refused_unchanged(url, Errc::reserved_param_key, [](ConnectUrl& u) { u.add_redirect_param("Ref-Id", "x"); });
  check_refused_unchanged(url, Errc::invalid_param_key, [](ConnectUrl& u) { u.add_redirect_param("\xC0", "x"); });
  check_refused_unchanged(url, Errc::invalid_param_value, [](ConnectUrl& u) { u.add_redirect_param("k", "\n"); });
  url.add_redirect_param("k", "a b");
  check_refused_unchanged(url, Errc::duplicate_param_key, [](ConnectUrl& u) { u.add_redirect_param("k", "c"); });
  url.set_ref_id("cust 42/7");
  CHECK(url.str() == host +
                         "?transmissionRegion=CAISO&account=Acme&refId=cust%2042%2F7"
                         "&additional_redirect_params=k%3Da%2520b");
}

TEST_CASE("a Leap Connect link of exactly 8000 bytes builds; one byte more is url_too_long") {
  ConnectUrl url("Acme", TransmissionRegion::pjm);
  url.add_redirect_param("k", "");
  const std::size_t room = leap::max_url_size - url.size();
  url.clear_redirect_params().add_redirect_param("k", std::string(room, 'v'));
  CHECK(url.size() == leap::max_url_size);
  CHECK(url.str().size() == leap::max_url_size);
  check_refused_unchanged(url, Errc::url_too_long, [](ConnectUrl& u) { u.set_ref_id("r"); });
  // A variant or a program lengthens the link too.
  check_refused_unchanged(url, Errc::url_too_long, [](ConnectUrl& u) { u.set_variant(ConnectVariant::commercial); });
  check_refused_unchanged(url, Errc::url_too_long, [](ConnectUrl& u) { u.set_program(ConnectProgram::pse_rpo); });
}

TEST_CASE("values that are not enumerators are refused: unknown_region, variant_not_available") {
  CHECK(test::errc_of([] { ConnectUrl("Acme", static_cast<TransmissionRegion>(40)); }) == Errc::unknown_region);
  ConnectUrl url("Acme", TransmissionRegion::pjm);
  check_refused_unchanged(url, Errc::variant_not_available,
                          [](ConnectUrl& u) { u.set_variant(static_cast<ConnectVariant>(17)); });
  check_refused_unchanged(url, Errc::variant_not_available,
                          [](ConnectUrl& u) { u.set_program(static_cast<ConnectProgram>(17)); });
}

TEST_CASE("make reports through error_code and Status what the constructor throws") {
  std::error_code ec;
  auto url = ConnectUrl::make("Acme", TransmissionRegion::ercot, ec);
  REQUIRE(url.has_value());
  CHECK(!ec);
  CHECK(*url == ConnectUrl("Acme", TransmissionRegion::ercot));
  CHECK_FALSE(ConnectUrl::make("", TransmissionRegion::ercot, ec).has_value());
  CHECK(ec == Errc::invalid_org_name);
  leap::Status status;
  CHECK_FALSE(ConnectUrl::make("a/b", TransmissionRegion::ercot, status).has_value());
  CHECK(status.message() == "account: byte 1 is not one of A-Z a-z 0-9 - . _ (0x2F)");
}

TEST_CASE("a Leap Connect link's observers return what was set") {
  const ConnectUrl url = seed();
  CHECK(url.account() == "ElectricSpaceships");
  CHECK(url.region() == TransmissionRegion::caiso);
  CHECK(url.variant() == ConnectVariant::commercial);
  CHECK_FALSE(url.program().has_value());
  CHECK(url.ref_id() == std::optional<std::string_view>("123"));
  CHECK(url.redirect_params() == std::vector<leap::RedirectParam>{{"state", "abcdef123"}, {"test_parameter", "value"}});
}

TEST_CASE("a Leap Connect link compares, hashes, streams and writes like a Direct URL") {
  CHECK(seed() == seed());
  CHECK(std::hash<ConnectUrl>{}(seed()) == std::hash<ConnectUrl>{}(seed()));
  CHECK(seed() != ConnectUrl(seed()).clear_variant());
  CHECK(seed() != ConnectUrl(seed()).set_ref_id("124"));
  std::unordered_set<ConnectUrl> set{seed(), seed(), ConnectUrl("Acme", TransmissionRegion::pjm)};
  CHECK(set.size() == 2);
  std::ostringstream out;
  out << seed();
  CHECK(out.str() == seed_style);
  std::string buffer(seed_style.size(), '#');
  CHECK(seed().write(buffer.data(), buffer.size() - 1) == 0);
  CHECK(buffer == std::string(seed_style.size(), '#'));
  CHECK(seed().write(buffer.data(), buffer.size()) == seed_style.size());
  CHECK(buffer == seed_style);
}

// ---- reading it back -------------------------------------------------------------------

TEST_CASE("ConnectUrl::parse reads the seed-style example back") { CHECK(ConnectUrl::parse(seed_style) == seed()); }

TEST_CASE("ConnectUrl::parse accepts the leniencies of Direct URLs and a / before ?") {
  const std::string canonical =
      host + "?transmissionRegion=PJM&account=Acme&refId=a%20b&additional_redirect_params=k%3Dx%2520y";
  for (const std::string& variant : {
           canonical,
           std::string("HTTPS://Connect.Leap.Energy?transmissionRegion=PJM&account=Acme&refId=a%20b"
                       "&additional_redirect_params=k%3Dx%2520y"),
           host + "/?transmissionRegion=PJM&account=Acme&refId=a%20b&additional_redirect_params=k%3Dx%2520y",
           host + "?transmissionRegion=PJM&account=Acme&refId=a+b&additional_redirect_params=k%3dx%2bY",
           host + "?transmissionRegion=PJM&account=Acme&ref-id=a%20b&additional_redirect_params=k%3Dx+y",
           host + "?transmissionRegion=P%4aM&account=A%63me&refId=a%20b&additional_redirect_params=k%3Dx%2520y",
       }) {
    INFO(variant);
    const ConnectUrl url = ConnectUrl::parse(variant);
    CHECK(url.account() == "Acme");
    CHECK(url.ref_id() == std::optional<std::string_view>("a b"));
    REQUIRE(url.redirect_params().size() == 1);
    CHECK(url.redirect_params().front().key == "k");
  }
  CHECK(ConnectUrl::parse(host + "?transmissionRegion=PJM&account=Acme&additional_redirect_params=k%3Dx%2By")
            .redirect_params()
            .front()
            .value == "x y");
  CHECK(ConnectUrl::parse(host + "?transmissionRegion=CAISO&account=Acme&variant=COMMERCIA%4C").variant() ==
        leap::ConnectVariant::commercial);
}

TEST_CASE("ConnectUrl::parse takes the parameters in any order") {
  const ConnectUrl expected = seed();
  for (const char* query : {
           "account=ElectricSpaceships&refId=123&variant=COMMERCIAL&transmissionRegion=CAISO"
           "&additional_redirect_params=state%3Dabcdef123%26test_parameter%3Dvalue",
           "additional_redirect_params=state%3Dabcdef123%26test_parameter%3Dvalue&refId=123&account=ElectricSpaceships"
           "&transmissionRegion=CAISO&variant=COMMERCIAL",
       }) {
    INFO(query);
    const ConnectUrl url = ConnectUrl::parse(host + "?" + std::string(query));
    CHECK(url == expected);
    CHECK(url.str() == seed_style);
  }
}

TEST_CASE("ConnectUrl::parse refuses unknown or repeated parameters, other hosts, paths, ports and fragments") {
  const std::string ok = "transmissionRegion=PJM&account=Acme";
  for (const std::string& bad : {
           host + "?" + ok + "&foo=1",
           host + "?" + ok + "&transmissionRegion=PJM",
           host + "?" + ok + "&account=Acme",
           host + "?" + ok + "&refId=1&ref-id=1",
           host + "?" + ok + "&variant=COMMERCIAL&variant=COMMERCIAL",
           host + "?" + ok + "&additional_redirect_params=a%3D1&additional_redirect_params=b%3D1",
           host + "?" + ok + "&refid=1",
           host + "?" + ok + "&Account=Acme",
           host + "?" + ok + "&",
           host + "?&" + ok,
           host + "?" + ok + "&refId",
           "https://connect.leap.energy.evil.com?" + ok,
           "https://www.addleap.com?" + ok,
           "http://connect.leap.energy?" + ok,
           "https://connect.leap.energy:443?" + ok,
           "https://user@connect.leap.energy?" + ok,
           host + "/x?" + ok,
           host + "//?" + ok,
           host + "?" + ok + "#x",
           host + "#x?" + ok,
           host,
           host + "/",
           host + "?",
           host + "?account=Acme",
           host + "?transmissionRegion=PJM",
           host + "?transmissionRegion=pjm&account=Acme",
           host + "?transmissionRegion=Pjm&account=Acme",
           host + "?transmissionRegion=MISO&account=Acme",
           host + "?transmissionRegion=&account=Acme",
           host + "?" + ok + "&variant=commercial",
           host + "?" + ok + "&variant=BUSINESS",
           host + "?" + ok + "&program=pse-rpo",
           host + "?" + ok + "&program=PSE_RPO",
           host + "?" + ok + "&refId=a b",
           host + "?" + ok + "&refId=a<b",
       }) {
    INFO(bad);
    CHECK(parse_errc(bad) == Errc::invalid_url);
  }
}

TEST_CASE("ConnectUrl::parse reports each field's own error") {
  const std::string base = host + "?transmissionRegion=CAISO&account=Acme";
  CHECK(parse_errc(host + "?transmissionRegion=CAISO&account=Ac%20me") == Errc::invalid_org_name);
  CHECK(parse_errc(host + "?transmissionRegion=CAISO&account=") == Errc::invalid_org_name);
  CHECK(parse_errc(base + "&variant=RESIDENTIAL_AGREEMENTS_ONLY") == Errc::variant_not_available);
  CHECK(parse_errc(base + "&variant=COMMERCIAL&program=SRP-RPO") == Errc::variant_not_available);
  CHECK(parse_errc(base + "&refId=") == Errc::invalid_ref_id);
  CHECK(parse_errc(base + "&refId=" + std::string(256, 'x')) == Errc::ref_id_too_long);
  CHECK(parse_errc(base + "&refId=%zz") == Errc::invalid_percent_encoding);
  CHECK(parse_errc(base + "&additional_redirect_params=REFID%3D1") == Errc::reserved_param_key);
  CHECK(parse_errc(base + "&additional_redirect_params=a%3D1%26a%3D2") == Errc::duplicate_param_key);
  CHECK(parse_errc(base + "&additional_redirect_params=a%3D%2501") == Errc::invalid_param_value);
  CHECK(parse_errc(base + "&refId=" + std::string(7990, 'x')) == Errc::url_too_long);
  CHECK(
      ConnectUrl::parse(host + "?transmissionRegion=PJM&account=Acme&variant=RESIDENTIAL_AGREEMENTS_ONLY").variant() ==
      ConnectVariant::residential_agreements_only);
}

TEST_CASE("ConnectUrl::parse errors name the field and the offset") {
  CHECK(test::message_of([] {
          (void)ConnectUrl::parse("https://connect.leap.energy?transmissionRegion=MISO&account=A");
        }) == "transmissionRegion: byte 47 is not CAISO, NYISO, PJM, ERCOT, WECC_PC or WECC_SW");
  CHECK(test::message_of([] {
          (void)ConnectUrl::parse("https://connect.leap.energy?account=A&foo=1&transmissionRegion=PJM");
        }) == "url: byte 38 starts a query parameter a Leap Connect link does not have");
}

TEST_CASE("the error_code and Status overloads of ConnectUrl::parse report instead of throwing") {
  std::error_code ec;
  CHECK(ConnectUrl::parse(seed_style, ec) == seed());
  CHECK(!ec);
  CHECK_FALSE(ConnectUrl::parse(host + "/path?transmissionRegion=PJM&account=Acme", ec));
  CHECK(ec == Errc::invalid_url);
  leap::Status status;
  CHECK_FALSE(ConnectUrl::parse(host + "?transmissionRegion=PJM", status));
  CHECK(status.message() == "url: has no account (a Leap Connect link needs one)");
}

TEST_CASE("property: parse(u.str()) == u, size() is str().size(), for random Leap Connect links") {
  const int seed_value = GENERATE(range(0, 300));
  test::Rng rng(static_cast<std::uint64_t>(seed_value) + 90000);
  const ConnectUrl url = test::random_connect_url(rng);
  const std::string text = url.str();
  CHECK(url.size() == text.size());
  CHECK(text.size() <= leap::max_url_size);
  const ConnectUrl back = ConnectUrl::parse(text);
  CHECK(back == url);
  CHECK(back.str() == text);
}

TEST_CASE("property: a refused change leaves a random Leap Connect link unchanged") {
  const int seed_value = GENERATE(range(0, 100));
  test::Rng rng(static_cast<std::uint64_t>(seed_value) + 91000);
  const ConnectUrl url = test::random_connect_url(rng);
  check_refused_unchanged(url, Errc::invalid_ref_id, [](ConnectUrl& u) { u.set_ref_id(std::string("x\x1B", 2)); });
  if (url.program()) {
    check_refused_unchanged(url, Errc::variant_not_available,
                            [](ConnectUrl& u) { u.set_variant(ConnectVariant::commercial); });
  }
}
