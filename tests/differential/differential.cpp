// SPDX-License-Identifier: MIT
// The library's side of the differential check against independent URL parsers
// (check.py: Python's urllib.parse; check.mjs: Node's WHATWG URL), for both kinds of link.
//
//   differential generate COUNT SEED           prints COUNT Direct URLs built by the library
//   differential generate-connect COUNT SEED   the same for Leap Connect links
//   differential parse                         reads Direct URL cases built elsewhere from
//                                              stdin; checks DirectUrl::parse reads their fields
//   differential parse-connect                 the same for ConnectUrl::parse
//
// A case is one line of tab-separated fields, hex for anything that is not plain ASCII:
//   Direct:   org  utility-id  environment  hex(refId)|-  hex(key):hex(value),...  url
//   Connect:  account  region  variant|-  program|-  hex(refId)|-  hex(key):hex(value),...  url
#include <leap/leap.hpp>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "../support/random_inputs.hpp"

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

// The refId and params columns of a case.
template <class Link>
std::string fields_of(const Link& url) {
  std::string params;
  for (const leap::RedirectParamView param : url.redirect_params()) {
    if (!params.empty()) params += ',';
    params += to_hex(param.key) + ':' + to_hex(param.value);
  }
  return (url.ref_id() ? to_hex(*url.ref_id()) : std::string("-")) + '\t' + params;
}

std::string optional_id(std::string_view id) { return id.empty() ? std::string("-") : std::string(id); }

int generate(std::size_t count, std::uint64_t seed, leap::LinkKind kind) {
  test::Rng rng(seed);
  for (std::size_t i = 0; i < count; ++i) {
    if (kind == leap::LinkKind::direct) {
      const leap::DirectUrl url = test::random_url(rng);
      std::cout << url.org_name() << '\t' << leap::utility_id(url.utility()) << '\t'
                << leap::environment_name(url.environment()) << '\t' << fields_of(url) << '\t' << url.str() << '\n';
    } else {
      const leap::ConnectUrl url = test::random_connect_url(rng);
      std::cout << url.account() << '\t' << leap::region_id(url.region()) << '\t'
                << optional_id(url.variant() ? leap::variant_id(*url.variant()) : "") << '\t'
                << optional_id(url.program() ? leap::program_id(*url.program()) : "") << '\t' << fields_of(url) << '\t'
                << url.str() << '\n';
    }
  }
  return std::cout.good() ? 0 : 1;
}

// Sets the refId and params columns `ref` and `params` on `out` with the builder; or says why not.
template <class Link>
std::string add_fields(std::string_view ref, std::string_view params, Link& out) {
  leap::Status status;
  std::string a;
  std::string b;
  if (ref != "-") {
    if (!from_hex(ref, a)) return "bad refId hex";
    out.set_ref_id(a, status);
  }
  if (!params.empty()) {
    for (std::string_view pair : split(params, ',')) {
      const std::vector<std::string_view> kv = split(pair, ':');
      if (kv.size() != 2 || !from_hex(kv[0], a) || !from_hex(kv[1], b)) return "bad param hex";
      out.add_redirect_param(a, b, status);
    }
  }
  return status.ok() ? std::string() : "field refused: " + status.message();
}

// The link a case describes, built with the builder; or a reason it cannot be.
std::string expected_url(const std::vector<std::string_view>& f, std::optional<leap::DirectUrl>& out) {
  if (f.size() != 6) return "not six fields";
  const std::optional<leap::Utility> utility = leap::parse_utility(f[1]);
  if (!utility) return "unknown utility id";
  const leap::Environment environment = f[2] == "staging" ? leap::Environment::staging : leap::Environment::production;
  leap::Status status;
  out = leap::DirectUrl::make(f[0], *utility, environment, status);
  if (!out) return "org/utility refused: " + status.message();
  return add_fields(f[3], f[4], *out);
}

std::string expected_url(const std::vector<std::string_view>& f, std::optional<leap::ConnectUrl>& out) {
  if (f.size() != 7) return "not seven fields";
  const std::optional<leap::TransmissionRegion> region = leap::parse_region(f[1]);
  if (!region) return "unknown region";
  leap::Status status;
  out = leap::ConnectUrl::make(f[0], *region, status);
  if (!out) return "account/region refused: " + status.message();
  if (f[2] != "-") {
    const std::optional<leap::ConnectVariant> variant = leap::parse_variant(f[2]);
    if (!variant) return "unknown variant";
    out->set_variant(*variant, status);
  }
  if (f[3] != "-") {
    const std::optional<leap::ConnectProgram> program = leap::parse_program(f[3]);
    if (!program) return "unknown program";
    out->set_program(*program, status);
  }
  if (status.failed()) return "variant/program refused: " + status.message();
  return add_fields(f[4], f[5], *out);
}

template <class Link>
int parse_cases() {
  std::size_t passed = 0;
  std::size_t failed = 0;
  std::string line;
  std::size_t number = 0;
  while (std::getline(std::cin, line)) {
    ++number;
    const std::vector<std::string_view> fields = split(line, '\t');
    std::optional<Link> expected;
    std::string problem = expected_url(fields, expected);
    if (problem.empty()) {
      leap::Status status;
      const std::optional<Link> parsed = Link::parse(fields.back(), status);
      if (!parsed) {
        problem = "parse refused it: " + status.message();
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
  if (args.size() == 3 && (args[0] == "generate" || args[0] == "generate-connect")) {
    return generate(std::strtoull(argv[2], nullptr, 10), std::strtoull(argv[3], nullptr, 10),
                    args[0] == "generate" ? leap::LinkKind::direct : leap::LinkKind::connect);
  }
  if (args.size() == 1 && args[0] == "parse") return parse_cases<leap::DirectUrl>();
  if (args.size() == 1 && args[0] == "parse-connect") return parse_cases<leap::ConnectUrl>();
  std::cerr << "usage: differential generate[-connect] COUNT SEED | differential parse[-connect]\n";
  return 2;
} catch (const std::exception& error) {
  std::cerr << "differential: " << error.what() << '\n';
  return 1;
}
