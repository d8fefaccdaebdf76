// SPDX-License-Identifier: MIT
// Deterministic random inputs for tests and the differential check, written independently
// of the library's own tables (UTF-8 is encoded by hand here).
#ifndef LEAP_TESTS_RANDOM_INPUTS_HPP
#define LEAP_TESTS_RANDOM_INPUTS_HPP

#include <leap/leap.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

namespace test {

// splitmix64: small, fixed, the same on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ULL + 1) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n).
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(std::size_t one_in) { return below(one_in) == 0; }

 private:
  std::uint64_t state_;
};

inline std::string random_bytes(Rng& rng, std::size_t size) {
  std::string out;
  for (std::size_t i = 0; i < size; ++i) out += static_cast<char>(rng.below(256));
  return out;
}

// UTF-8 for one code point, written out by hand (not by the library under test).
inline void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// A code point that every text field accepts: printable ASCII (reserved characters
// included) or any non-ASCII scalar value, with every UTF-8 length represented.
inline std::uint32_t random_code_point(Rng& rng) {
  switch (rng.below(6)) {
    case 0:
    case 1:
    case 2: return static_cast<std::uint32_t>(0x20 + rng.below(0x7F - 0x20));
    case 3: return static_cast<std::uint32_t>(0x80 + rng.below(0x800 - 0x80));
    case 4: {
      std::uint32_t cp = static_cast<std::uint32_t>(0x800 + rng.below(0x10000 - 0x800));
      return (cp >= 0xD800 && cp <= 0xDFFF) ? cp - 0x800 : cp;  // no surrogates
    }
    default: return static_cast<std::uint32_t>(0x10000 + rng.below(0x110000 - 0x10000));
  }
}

// Valid text of at most `max_bytes` bytes, never cutting a UTF-8 sequence.
inline std::string random_text(Rng& rng, std::size_t max_bytes) {
  std::string out;
  const std::size_t target = rng.below(max_bytes + 1);
  while (true) {
    std::string next;
    append_utf8(next, random_code_point(rng));
    if (out.size() + next.size() > target) break;
    out += next;
  }
  return out;
}

// Valid text of exactly `size` bytes: random code points, then ASCII to fill the rest.
inline std::string random_text_exact(Rng& rng, std::size_t size) {
  std::string out = random_text(rng, size);
  while (out.size() < size) out += static_cast<char>(0x20 + rng.below(0x7F - 0x20));
  return out;
}

inline std::string random_org_name(Rng& rng) {
  static constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._";
  std::string out;
  const std::size_t size = rng.chance(8) ? leap::max_org_name_size : 1 + rng.below(leap::max_org_name_size);
  for (std::size_t i = 0; i < size; ++i) out += alphabet[rng.below(alphabet.size())];
  if (out == "." || out == "..") out += 'x';
  return out;
}

// Sometimes a refId (now and then of the maximum size), up to eight params. Fields that
// would overflow the link are simply not added.
template <class Link>
void add_random_fields(Rng& rng, Link& link) {
  if (!rng.chance(4)) {
    std::string ref_id =
        rng.chance(8) ? random_text_exact(rng, leap::max_ref_id_size) : random_text(rng, leap::max_ref_id_size);
    if (ref_id.empty()) ref_id = "r";
    std::error_code ec;
    link.set_ref_id(ref_id, ec);
  }
  const std::size_t params = rng.below(9);
  for (std::size_t i = 0; i < params; ++i) {
    std::string key = random_text(rng, 30) + "#" + std::to_string(i);  // unique, never reserved
    std::error_code ec;
    link.add_redirect_param(key, random_text(rng, 120), ec);
  }
}

// A random valid DirectUrl: any utility and environment that go together, and random fields.
inline leap::DirectUrl random_url(Rng& rng) {
  leap::Utility utility = leap::all_utilities[rng.below(leap::all_utilities.size())];
  leap::Environment environment = rng.chance(2) ? leap::Environment::production : leap::Environment::staging;
  if (!leap::is_utility_available(utility, environment)) environment = leap::Environment::staging;
  leap::DirectUrl url(random_org_name(rng), utility, environment);
  add_random_fields(rng, url);
  return url;
}

// A random valid ConnectUrl: any region; a variant offered there, a program, or neither;
// and random fields.
inline leap::ConnectUrl random_connect_url(Rng& rng) {
  const leap::TransmissionRegion region = leap::all_regions[rng.below(leap::all_regions.size())];
  leap::ConnectUrl url(random_org_name(rng), region);
  switch (rng.below(3)) {
    case 0: {
      const leap::ConnectVariant variant = leap::all_variants[rng.below(leap::all_variants.size())];
      if (leap::is_variant_available(variant, region)) url.set_variant(variant);
      break;
    }
    case 1: url.set_program(leap::all_programs[rng.below(leap::all_programs.size())]); break;
    default: break;
  }
  add_random_fields(rng, url);
  return url;
}

}  // namespace test

#endif  // LEAP_TESTS_RANDOM_INPUTS_HPP
