// SPDX-License-Identifier: MIT
// The library's side of the differential check against independent URL parsers
// (check.py: Python's urllib.parse; check.mjs: Node's WHATWG URL).
//
//   differential generate COUNT SEED   prints COUNT cases built by leap::DirectUrl
//   differential parse                 reads cases built elsewhere from stdin and checks
//                                      that leap::DirectUrl::parse reads back their fields
//
// A case is one line of six tab-separated fields, hex for anything that is not plain ASCII:
//   org  utility-id  environment  hex(refId)|-  hex(key):hex(value),...  url
#include <leap/direct_url.hpp>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "../random_inputs.hpp"

namespace {

std::string to_hex(std::string_view bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    out += digits[b >> 4];
    out += digits[b & 0xF];
  }
  return out;
}

bool from_hex(std::string_view hex, std::string& out) {
  out.clear();
  if (hex.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    int value = 0;
    for (char c : hex.substr(i, 2)) {
      const int digit = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
      if (digit < 0) return false;
      value = value * 16 + digit;
    }
    out += static_cast<char>(value);
  }
  return true;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  std::size_t begin = 0;
  while (true) {
    const std::size_t end = s.find(separator, begin);
    parts.push_back(s.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
    if (end == std::string_view::npos) return parts;
    begin = end + 1;
  }
}

int generate(std::size_t count, std::uint64_t seed) {
  test::Rng rng(seed);
  for (std::size_t i = 0; i < count; ++i) {
    const leap::DirectUrl url = test::random_url(rng);
    std::string params;
    for (const leap::RedirectParam& param : url.redirect_params()) {
      if (!params.empty()) params += ',';
      params += to_hex(param.key) + ':' + to_hex(param.value);
    }
    std::cout << url.org_name() << '\t' << leap::utility_id(url.utility()) << '\t'
              << leap::environment_name(url.environment()) << '\t'
              << (url.ref_id() ? to_hex(*url.ref_id()) : std::string("-")) << '\t' << params << '\t' << url.str()
              << '\n';
  }
  return std::cout.good() ? 0 : 1;
}

// The DirectUrl a case describes, built with the builder; or a reason it cannot be read.
std::string expected_url(const std::vector<std::string_view>& f, std::optional<leap::DirectUrl>& out) {
  const std::optional<leap::Utility> utility = leap::parse_utility(f[1]);
  if (!utility) return "unknown utility id";
  const leap::Environment environment = f[2] == "staging" ? leap::Environment::staging : leap::Environment::production;
  std::error_code ec;
  out = leap::DirectUrl::make(f[0], *utility, environment, ec);
  if (!out) return "org/utility refused: " + ec.message();
  std::string a;
  std::string b;
  if (f[3] != "-") {
    if (!from_hex(f[3], a)) return "bad refId hex";
    out->set_ref_id(a, ec);
    if (ec) return "refId refused: " + ec.message();
  }
  if (!f[4].empty()) {
    for (std::string_view pair : split(f[4], ',')) {
      const std::vector<std::string_view> kv = split(pair, ':');
      if (kv.size() != 2 || !from_hex(kv[0], a) || !from_hex(kv[1], b)) return "bad param hex";
      out->add_redirect_param(a, b, ec);
      if (ec) return "param refused: " + ec.message();
    }
  }
  return {};
}

int parse_cases() {
  std::size_t passed = 0;
  std::size_t failed = 0;
  std::string line;
  std::size_t number = 0;
  while (std::getline(std::cin, line)) {
    ++number;
    const std::vector<std::string_view> fields = split(line, '\t');
    std::optional<leap::DirectUrl> expected;
    std::string problem = fields.size() == 6 ? expected_url(fields, expected) : "not six fields";
    if (problem.empty()) {
      std::error_code ec;
      const std::optional<leap::DirectUrl> parsed = leap::DirectUrl::parse(fields[5], ec);
      if (!parsed) {
        problem = "parse refused it: " + ec.message();
      } else if (*parsed != *expected) {
        problem = "parsed to " + parsed->str() + ", expected " + expected->str();
      }
    }
    if (problem.empty()) {
      ++passed;
    } else {
      ++failed;
      std::cerr << "case " << number << ": " << problem << "\n  " << line << '\n';
    }
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed == 0 && passed > 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) try {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.size() == 3 && args[0] == "generate") {
    return generate(std::strtoull(argv[2], nullptr, 10), std::strtoull(argv[3], nullptr, 10));
  }
  if (args.size() == 1 && args[0] == "parse") return parse_cases();
  std::cerr << "usage: differential generate COUNT SEED | differential parse\n";
  return 2;
} catch (const std::exception& error) {
  std::cerr << "differential: " << error.what() << '\n';
  return 1;
}
