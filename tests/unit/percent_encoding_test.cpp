// SPDX-License-Identifier: MIT
#include <leap/percent_encoding.hpp>

#include <cstring>
#include <string>

#include "support.hpp"

namespace {

// Leap's keep-set (docs/rules.md#encoding), written out independently of the library's table.
bool spec_keeps(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '*';
}

}  // namespace

TEST_CASE("every byte outside A-Z a-z 0-9 - . _ * becomes %XX in upper-case hex, all 256 checked") {
  const char* hex = "0123456789ABCDEF";
  for (int value = 0; value < 256; ++value) {
    const auto byte = static_cast<unsigned char>(value);
    const std::string input(1, static_cast<char>(byte));
    std::string expected = input;
    if (!spec_keeps(byte)) expected = std::string{'%', hex[value / 16], hex[value % 16]};
    INFO("byte " << value);
    CHECK(leap::percent_encode(input) == expected);
    CHECK(leap::is_safe_byte(static_cast<char>(byte)) == spec_keeps(byte));
    CHECK(leap::percent_encoded_size(input) == expected.size());
  }
}

TEST_CASE("space is %20 and never +, ~ is %7E, and * - . _ stay as they are") {
  CHECK(leap::percent_encode("a b") == "a%20b");
  CHECK(leap::percent_encode("+") == "%2B");
  CHECK(leap::percent_encode("~") == "%7E");
  CHECK(leap::percent_encode("*-._") == "*-._");
  CHECK(leap::percent_encode("") == "");
}

TEST_CASE("nesting encodes the encoded text again, as in Leap's example") {
  CHECK(leap::percent_encode("state=abcdef123&test_parameter=value") == "state%3Dabcdef123%26test_parameter%3Dvalue");
  CHECK(leap::percent_encode(leap::percent_encode("a b")) == "a%2520b");
}

TEST_CASE("every byte decodes back from %XX in either case of hex, all 256 checked") {
  const char* upper = "0123456789ABCDEF";
  const char* lower = "0123456789abcdef";
  for (int value = 0; value < 256; ++value) {
    const std::string expected(1, static_cast<char>(value));
    INFO("byte " << value);
    CHECK(leap::percent_decode(std::string{'%', upper[value / 16], upper[value % 16]}) == expected);
    CHECK(leap::percent_decode(std::string{'%', lower[value / 16], lower[value % 16]}) == expected);
    if (value != '%') CHECK(leap::percent_decode(expected) == expected);
  }
}

TEST_CASE("percent_decode keeps + as +: form decoding is the parsers' business") {
  CHECK(leap::percent_decode("a+b%2B") == "a+b+");
}

TEST_CASE("a % without two hex digits after it is invalid_percent_encoding, naming its offset") {
  for (const char* bad : {"%", "%4", "%G0", "%0G", "ab%", "%%41", "%-1", "%+1", "%4 ", "x%%"}) {
    INFO(bad);
    CHECK(test::errc_of([&] { (void)leap::percent_decode(bad); }) == leap::Errc::invalid_percent_encoding);
  }
  CHECK(test::message_of([] { (void)leap::percent_decode("abc%4"); }) ==
        "percent-encoded text: byte 3 is a '%' not followed by two hex digits");
}

TEST_CASE("the error_code and Status overloads of percent_decode report instead of throwing") {
  std::error_code ec;
  auto decoded = leap::percent_decode("a%20b", ec);
  REQUIRE(decoded.has_value());
  CHECK(*decoded == "a b");
  CHECK(!ec);

  decoded = leap::percent_decode("a%2", ec);
  CHECK(!decoded.has_value());
  CHECK(ec == leap::Errc::invalid_percent_encoding);

  leap::Status status;
  CHECK_FALSE(leap::percent_decode("abc%4", status).has_value());
  CHECK(status.message() == "percent-encoded text: byte 3 is a '%' not followed by two hex digits");
}

TEST_CASE("property: decode(encode(s)) == s and the sizes agree, for random byte strings") {
  const int seed = GENERATE(range(0, 200));
  test::Rng rng(static_cast<std::uint64_t>(seed));
  const std::string s = test::random_bytes(rng, rng.below(300));
  const std::string encoded = leap::percent_encode(s);
  CHECK(leap::percent_decode(encoded) == s);
  CHECK(leap::percent_encoded_size(s) == encoded.size());
  for (char c : encoded) CHECK((c == '%' || spec_keeps(static_cast<unsigned char>(c))));
}

TEST_CASE("property: the buffer overload writes what the string overload returns, and nothing when short") {
  const int seed = GENERATE(range(0, 100));
  test::Rng rng(static_cast<std::uint64_t>(seed) + 1000);
  const std::string s = test::random_bytes(rng, 1 + rng.below(100));
  const std::string expected = leap::percent_encode(s);

  std::string buffer(expected.size() + 8, '#');
  CHECK(leap::percent_encode(s, buffer.data(), expected.size()) == expected.size());
  CHECK(buffer.substr(0, expected.size()) == expected);
  CHECK(buffer.substr(expected.size()) == std::string(8, '#'));  // nothing past the capacity

  std::string short_buffer(expected.size(), '#');
  CHECK(leap::percent_encode(s, short_buffer.data(), expected.size() - 1) == 0);
  CHECK(short_buffer == std::string(expected.size(), '#'));  // nothing written at all
}

TEST_CASE("the encoder agrees with a byte-by-byte reference at every length around its unrolled loop") {
  const char* hex = "0123456789ABCDEF";
  const auto reference = [hex](const std::string& in) {
    std::string out;
    for (char c : in) {
      const auto b = static_cast<unsigned char>(c);
      if (spec_keeps(b)) {
        out += c;
      } else {
        out += '%';
        out += hex[b >> 4];
        out += hex[b & 0xF];
      }
    }
    return out;
  };
  for (std::size_t length = 0; length <= 600; ++length) {
    for (const char* pattern : {"a", " ", "a b", "\xFFz", "ab~"}) {
      std::string input;
      while (input.size() < length) input += pattern;
      input.resize(length);
      INFO("length " << length << ", pattern " << pattern);
      CHECK(leap::percent_encode(input) == reference(input));
    }
  }
}

TEST_CASE("the decoder agrees with a byte-by-byte reference wherever escapes fall in its 8-byte steps") {
  // Escapes at every offset, in runs and alone, crossing the steps' ends; '$' after '%25'
  // (0x24 is 0x25 ^ 1: the byte a word-at-a-time search may flag wrongly after a '%').
  for (const char* escape : {"%41", "%25$", "%C3%A9", "%2B+", "+"}) {
    for (std::size_t before = 0; before <= 17; ++before) {
      for (std::size_t after = 0; after <= 9; ++after) {
        const std::string input = std::string(before, 'a') + escape + std::string(after, 'b') + escape;
        INFO(input);
        CHECK(leap::percent_decode(input) == test::reference_decode(input, test::Plus::itself));
      }
    }
  }
}
