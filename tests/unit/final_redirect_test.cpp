// SPDX-License-Identifier: MIT
#include <leap/final_redirect.hpp>

#include <string>
#include <vector>

#include "support.hpp"

using leap::Errc;
using leap::RedirectParam;

namespace {
leap::FinalRedirect parse(std::string_view s) { return leap::parse_final_redirect(s); }
leap::FinalRedirect query(std::string_view s) { return leap::parse_redirect_query(s); }
Errc parse_errc(std::string_view s) {
  return test::errc_of([&] { (void)leap::parse_final_redirect(s); });
}
Errc query_errc(std::string_view s) {
  return test::errc_of([&] { (void)leap::parse_redirect_query(s); });
}
}  // namespace

// ---- where the query is -------------------------------------------------------------------

TEST_CASE("parse_final_redirect reads a full URL, a path, or a bare query with or without ?") {
  const std::vector<RedirectParam> state{{"state", "abc"}};
  for (const char* input :
       {"https://partner.example/done?refId=42&state=abc", "HTTP://partner.example:8443/a/b?refId=42&state=abc",
        "/done?refId=42&state=abc", "?refId=42&state=abc", "refId=42&state=abc"}) {
    INFO(input);
    const leap::FinalRedirect back = parse(input);
    CHECK(back.ref_id == std::optional<std::string>("42"));
    CHECK(back.params == state);
  }
}

TEST_CASE("parse_redirect_query reads every byte as the query, as form decoders do") {
  // URLSearchParams and parse_qsl read "/x?refId=evil" as one key "/x?refId": no refId.
  for (const char* input : {"/x?refId=evil", "https://evil.example/?refId=evil", "?refId=evil"}) {
    INFO(input);
    const leap::FinalRedirect back = query(input);
    CHECK_FALSE(back.ref_id.has_value());
    REQUIRE(back.params.size() == 1);
    CHECK(back.params[0].value == "evil");
  }
  CHECK(query("/x?refId=evil").params[0].key == "/x?refId");
  CHECK(query("refId=42&state=abc") == parse("refId=42&state=abc"));
  CHECK(query("a=1#b=2").params == std::vector<RedirectParam>{{"a", "1#b=2"}});
}

TEST_CASE("a final redirect without a query has no refId and no params") {
  for (const char* input : {"", "?", "https://partner.example/done", "https://partner.example/done?#x"}) {
    INFO(input);
    CHECK(parse(input) == leap::FinalRedirect{});
  }
  CHECK(query("") == leap::FinalRedirect{});
}

TEST_CASE("a fragment is not part of the final redirect's query") {
  CHECK(parse("https://p.example/done?refId=1&a=2#refId=3").params == std::vector<RedirectParam>{{"a", "2"}});
  CHECK(parse("?a=1#b=2").params == std::vector<RedirectParam>{{"a", "1"}});
}

// ---- refId -------------------------------------------------------------------------------

TEST_CASE("refId, or the legacy ref-id spelling, becomes ref_id") {
  CHECK(query("refId=7").ref_id == std::optional<std::string>("7"));
  CHECK(query("ref-id=7").ref_id == std::optional<std::string>("7"));
}

TEST_CASE("two refIds in a final redirect are duplicate_param_key: a partner must never guess the customer") {
  for (const char* input : {"refId=1&refId=2", "refId=1&ref-id=1", "ref-id=1&x=2&refId=3"}) {
    INFO(input);
    CHECK(query_errc(input) == Errc::duplicate_param_key);
  }
}

TEST_CASE("an empty refId is invalid_ref_id: no link carries one") {
  for (const char* input : {"refId=", "refId", "a=1&refId=&b=2", "ref-id"}) {
    INFO(input);
    CHECK(query_errc(input) == Errc::invalid_ref_id);
    CHECK(parse_errc(std::string("https://p.example/done?") + input) == Errc::invalid_ref_id);
  }
}

TEST_CASE("a refId over 255 bytes is ref_id_too_long; 255 is read") {
  CHECK(query("refId=" + std::string(255, 'x')).ref_id == std::string(255, 'x'));
  CHECK(query_errc("refId=" + std::string(256, 'x')) == Errc::ref_id_too_long);
  CHECK(query_errc("refId=" + std::string(300, 'x')) == Errc::ref_id_too_long);
  std::string encoded;  // 128 x "é": 256 bytes once decoded
  for (int i = 0; i < 128; ++i) encoded += "%C3%A9";
  CHECK(query_errc("refId=" + encoded) == Errc::ref_id_too_long);
}

// ---- reserved keys -------------------------------------------------------------------------

TEST_CASE("a key that is refId, ref-id or additional_redirect_params in another case is reserved_param_key") {
  for (const char* input : {"RefId=evil&refId=good", "refId=good&REFID=evil", "refid=x", "REF-ID=x", "Ref-Id=x",
                            "ADDITIONAL_REDIRECT_PARAMS=a%3D1", "Additional_Redirect_Params=x", "%52efId=evil"}) {
    INFO(input);
    CHECK(query_errc(input) == Errc::reserved_param_key);
  }
  CHECK(test::message_of([] { (void)leap::parse_redirect_query("a=1&RefId=evil&refId=good"); }) ==
        "final redirect: byte 4 is a parameter named like refId, ref-id or additional_redirect_params, but not as "
        "Leap spells it");
}

TEST_CASE("refId, ref-id or additional_redirect_params inside additional_redirect_params is reserved_param_key") {
  for (const char* input :
       {"refId=real&additional_redirect_params=refId%3Dforged", "additional_redirect_params=ref-id%3Dx",
        "additional_redirect_params=REFID%3Dx", "additional_redirect_params=additional_redirect_params%3Da%253D1"}) {
    INFO(input);
    CHECK(query_errc(input) == Errc::reserved_param_key);
  }
}

TEST_CASE("keys that only resemble the reserved names are ordinary params") {
  const leap::FinalRedirect back = query("refId2=a&ref_id=b&xrefId=c&refI=d");
  CHECK_FALSE(back.ref_id.has_value());
  CHECK(back.params.size() == 4);
}

// ---- params ------------------------------------------------------------------------------

TEST_CASE("other parameters are kept in order, repeats included, + and %XX decoded") {
  const leap::FinalRedirect back = query("b=1&a=2&b=3&c=x+y%2By%2b&empty=&bare");
  const std::vector<RedirectParam> expected{{"b", "1"},      {"a", "2"},    {"b", "3"},
                                            {"c", "x y+y+"}, {"empty", ""}, {"bare", ""}};
  CHECK(back.params == expected);
  CHECK_FALSE(back.ref_id.has_value());
}

TEST_CASE("additional_redirect_params is expanded in place into the params it carries") {
  const leap::FinalRedirect back =
      query("first=1&additional_redirect_params=state%3Dabcdef123%26test_parameter%3Dvalue&last=9");
  const std::vector<RedirectParam> expected{
      {"first", "1"}, {"state", "abcdef123"}, {"test_parameter", "value"}, {"last", "9"}};
  CHECK(back.params == expected);
}

TEST_CASE("inside additional_redirect_params, + and %XX are decoded a second time") {
  CHECK(query("additional_redirect_params=k%3Da%2520b").params == std::vector<RedirectParam>{{"k", "a b"}});
  CHECK(query("additional_redirect_params=k%3Da%2Bb").params == std::vector<RedirectParam>{{"k", "a b"}});
  CHECK(query("additional_redirect_params=k%3da%252bb").params == std::vector<RedirectParam>{{"k", "a+b"}});
}

TEST_CASE("empty parts are skipped") {
  CHECK(query("&&a=1&&b=2&").params == std::vector<RedirectParam>{{"a", "1"}, {"b", "2"}});
}

TEST_CASE("a malformed escape in a final redirect is invalid_percent_encoding") {
  for (const char* input : {"a=%", "a=%4", "a%zz=1", "refId=%G1", "additional_redirect_params=k%3D%25", "a=1&b=%%"}) {
    INFO(input);
    CHECK(query_errc(input) == Errc::invalid_percent_encoding);
  }
  CHECK(test::message_of([] { (void)leap::parse_final_redirect("?a=1&b=%zz"); }) ==
        "final redirect: byte 7 is a '%' not followed by two hex digits");
}

TEST_CASE("form decoding agrees with a byte-by-byte reference wherever escapes and + fall in its 8-byte steps") {
  // '*' after '+' (0x2A is 0x2B ^ 1: the byte a word-at-a-time search may flag wrongly).
  for (const char* escape : {"%41", "+*", "%C3%A9", "%2B+", "++%20"}) {
    for (std::size_t before = 0; before <= 17; ++before) {
      for (std::size_t after = 0; after <= 9; ++after) {
        const std::string raw = std::string(before, 'a') + escape + std::string(after, 'b') + escape;
        INFO(raw);
        const std::string decoded = test::reference_decode(raw, test::Plus::space);
        const auto back = leap::parse_redirect_query("refId=" + raw + "&" + raw + "=" + raw);
        CHECK(back.ref_id == decoded);
        REQUIRE(back.params.size() == 1);
        CHECK(back.params[0].key == decoded);
        CHECK(back.params[0].value == decoded);
      }
    }
  }
}

TEST_CASE("ill-formed UTF-8 in a final redirect is an error on the field that holds it") {
  CHECK(query_errc("refId=%FF") == Errc::invalid_ref_id);
  CHECK(query_errc("%C0%80=1") == Errc::invalid_param_key);
  CHECK(query_errc("a=%ED%A0%80") == Errc::invalid_param_value);
  CHECK(query_errc("additional_redirect_params=a%3D%25F5") == Errc::invalid_param_value);
  CHECK(query_errc("a=\xFF") == Errc::invalid_param_value);
  // Raw bytes with nothing to decode, short and long: read without a copy, still checked.
  CHECK(query_errc("\xC3(=1") == Errc::invalid_param_key);
  CHECK(query_errc("refId=ab\xC0\x80") == Errc::invalid_ref_id);
  CHECK(query_errc("a=" + std::string(70, 'x') + "\xED\xA0\x80") == Errc::invalid_param_value);
  const auto back = leap::parse_redirect_query("caf\xC3\xA9=r\xC3\xA9sum\xC3\xA9");
  REQUIRE(back.params.size() == 1);
  CHECK(back.params[0] == leap::RedirectParam{"caf\xC3\xA9", "r\xC3\xA9sum\xC3\xA9"});
}

TEST_CASE("control characters in a final redirect are kept, not refused: the caller escapes them") {
  CHECK(query("a=%0A%00").params == std::vector<RedirectParam>{{"a", std::string("\n\0", 2)}});
}

// ---- the non-throwing path -------------------------------------------------------------------

TEST_CASE("the error_code overloads report instead of throwing") {
  std::error_code ec;
  auto back = leap::parse_redirect_query("refId=1", ec);
  REQUIRE(back.has_value());
  CHECK(back->ref_id == std::optional<std::string>("1"));
  CHECK(!ec);
  back = leap::parse_final_redirect("refId=1&refId=2", ec);
  CHECK_FALSE(back.has_value());
  CHECK(ec == Errc::duplicate_param_key);
}

TEST_CASE("the Status overloads carry the message the throwing call would") {
  leap::Status status;
  CHECK_FALSE(leap::parse_redirect_query("refId=1&ref-id=2", status).has_value());
  CHECK(status.errc() == Errc::duplicate_param_key);
  CHECK(status.message() == "final redirect: byte 8 holds a second refId; which customer came back is unknown");
  leap::Status again;
  CHECK_FALSE(leap::parse_final_redirect("/done?refId=", again).has_value());
  CHECK(again.message() == "refId: is empty (leave it unset to send no refId)");
}

// ---- properties ----------------------------------------------------------------------------

TEST_CASE("property: a Direct URL's query, restored by Leap, reads back as its refId and params") {
  const int seed = GENERATE(range(0, 200));
  test::Rng rng(static_cast<std::uint64_t>(seed) + 5000);
  const leap::DirectUrl url = test::random_url(rng);
  const std::string text = url.str();
  const std::size_t question = text.find('?');
  const std::string query_text = question == std::string::npos ? std::string() : text.substr(question + 1);
  const leap::FinalRedirect back = query(query_text);
  CHECK(back.ref_id == (url.ref_id() ? std::optional<std::string>(*url.ref_id()) : std::nullopt));
  CHECK(back.params == url.redirect_params());
  CHECK(parse("https://partner.example/thanks?" + query_text) == back);
}
