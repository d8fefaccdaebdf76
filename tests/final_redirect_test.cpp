// SPDX-License-Identifier: MIT
#include <leap/final_redirect.hpp>

#include <string>
#include <vector>

#include "support.hpp"

using leap::RedirectParam;

namespace {
leap::FinalRedirect parse(std::string_view s) { return leap::parse_final_redirect(s); }
}  // namespace

TEST_CASE("a final redirect is read from a full URL, a path, or a bare query with or without ?") {
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

TEST_CASE("a final redirect without a query has no refId and no params") {
  for (const char* input : {"", "?", "https://partner.example/done", "https://partner.example/done?#x"}) {
    INFO(input);
    CHECK(parse(input) == leap::FinalRedirect{});
  }
}

TEST_CASE("the legacy ref-id spelling also becomes ref_id") {
  CHECK(parse("ref-id=7").ref_id == std::optional<std::string>("7"));
}

TEST_CASE("two refIds in a final redirect are an error: a partner must never guess the customer") {
  for (const char* input : {"refId=1&refId=2", "refId=1&ref-id=1", "ref-id=1&x=2&refId=3"}) {
    INFO(input);
    CHECK(test::errc_of([&] { (void)parse(input); }) == leap::Errc::duplicate_param_key);
  }
}

TEST_CASE("other parameters are kept in order, repeats included, + and %XX decoded") {
  const leap::FinalRedirect back = parse("b=1&a=2&b=3&c=x+y%2By%2b&empty=&bare");
  const std::vector<RedirectParam> expected{{"b", "1"},      {"a", "2"},    {"b", "3"},
                                            {"c", "x y+y+"}, {"empty", ""}, {"bare", ""}};
  CHECK(back.params == expected);
  CHECK_FALSE(back.ref_id.has_value());
}

TEST_CASE("additional_redirect_params is expanded in place into the params it carries") {
  const leap::FinalRedirect back =
      parse("first=1&additional_redirect_params=state%3Dabcdef123%26test_parameter%3Dvalue&last=9");
  const std::vector<RedirectParam> expected{
      {"first", "1"}, {"state", "abcdef123"}, {"test_parameter", "value"}, {"last", "9"}};
  CHECK(back.params == expected);
}

TEST_CASE("inside additional_redirect_params, + and %XX are decoded a second time") {
  // The inner value "a b" arrives encoded twice, or with '+' at either level.
  for (const char* input : {"additional_redirect_params=k%3Da%2520b", "additional_redirect_params=k%3Da%2Bb",
                            "additional_redirect_params=k%3da%252bb"}) {
    INFO(input);
    const leap::FinalRedirect back = parse(input);
    REQUIRE(back.params.size() == 1);
    CHECK(back.params[0].key == "k");
  }
  CHECK(parse("additional_redirect_params=k%3Da%2520b").params[0].value == "a b");
  CHECK(parse("additional_redirect_params=k%3Da%2Bb").params[0].value == "a b");
  CHECK(parse("additional_redirect_params=k%3da%252bb").params[0].value == "a+b");
}

TEST_CASE("a refId inside additional_redirect_params stays a plain param and cannot replace the refId") {
  const leap::FinalRedirect back = parse("refId=real&additional_redirect_params=refId%3Dforged");
  CHECK(back.ref_id == std::optional<std::string>("real"));
  CHECK(back.params == std::vector<RedirectParam>{{"refId", "forged"}});
}

TEST_CASE("a fragment is not part of the final redirect's query") {
  CHECK(parse("https://p.example/done?refId=1&a=2#refId=3").params == std::vector<RedirectParam>{{"a", "2"}});
  CHECK(parse("?a=1#b=2").params == std::vector<RedirectParam>{{"a", "1"}});
}

TEST_CASE("empty parts are skipped") {
  CHECK(parse("&&a=1&&b=2&").params == std::vector<RedirectParam>{{"a", "1"}, {"b", "2"}});
}

TEST_CASE("a malformed escape in a final redirect is invalid_percent_encoding") {
  for (const char* input : {"a=%", "a=%4", "a%zz=1", "refId=%G1", "additional_redirect_params=k%3D%25", "a=1&b=%%"}) {
    INFO(input);
    CHECK(test::errc_of([&] { (void)parse(input); }) == leap::Errc::invalid_percent_encoding);
  }
  CHECK(test::message_of([] { (void)parse("?a=1&b=%zz"); }) ==
        "final redirect: byte 7 is a '%' not followed by two hex digits");
}

TEST_CASE("ill-formed UTF-8 in a final redirect is an error on the field that holds it") {
  CHECK(test::errc_of([] { (void)parse("refId=%FF"); }) == leap::Errc::invalid_ref_id);
  CHECK(test::errc_of([] { (void)parse("%C0%80=1"); }) == leap::Errc::invalid_param_key);
  CHECK(test::errc_of([] { (void)parse("a=%ED%A0%80"); }) == leap::Errc::invalid_param_value);
  CHECK(test::errc_of([] { (void)parse("additional_redirect_params=a%3D%25F5"); }) == leap::Errc::invalid_param_value);
  CHECK(test::errc_of([] { (void)parse("a=\xFF"); }) == leap::Errc::invalid_param_value);
}

TEST_CASE("control characters in a final redirect are kept, not refused: the caller escapes them") {
  CHECK(parse("a=%0A%00").params == std::vector<RedirectParam>{{"a", std::string("\n\0", 2)}});
}

TEST_CASE("the error_code overload of parse_final_redirect reports instead of throwing") {
  std::error_code ec = leap::Errc::invalid_url;
  auto back = leap::parse_final_redirect("refId=1", ec);
  REQUIRE(back.has_value());
  CHECK(back->ref_id == std::optional<std::string>("1"));
  CHECK(!ec);
  back = leap::parse_final_redirect("refId=1&refId=2", ec);
  CHECK_FALSE(back.has_value());
  CHECK(ec == leap::Errc::duplicate_param_key);
}

TEST_CASE("property: a Direct URL's query, restored by Leap, reads back as its refId and params") {
  const int seed = GENERATE(range(0, 200));
  test::Rng rng(static_cast<std::uint64_t>(seed) + 5000);
  const leap::DirectUrl url = test::random_url(rng);
  const std::string text = url.str();
  const leap::FinalRedirect back =
      parse("https://partner.example/thanks" +
            text.substr(text.find('?') == std::string::npos ? text.size() : text.find('?')));
  CHECK(back.ref_id == (url.ref_id() ? std::optional<std::string>(*url.ref_id()) : std::nullopt));
  CHECK(back.params == url.redirect_params());
}
