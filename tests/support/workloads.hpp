// SPDX-License-Identifier: MIT
// The workloads W1-W3 of docs/performance.md, built deterministically; shared by tests and benchmarks.
#ifndef LEAP_TESTS_WORKLOADS_HPP
#define LEAP_TESTS_WORKLOADS_HPP

#include <leap/leap.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace workloads {

// Repeats `pieces` (each whole UTF-8) while they fit in `size` bytes, then pads with `pad`.
inline std::string fill(std::string_view pieces, std::size_t size, char pad) {
  std::string out;
  std::size_t i = 0;
  while (true) {
    // next whole code point of `pieces`
    std::size_t len = 1;
    const auto lead = static_cast<unsigned char>(pieces[i]);
    if (lead >= 0xF0)
      len = 4;
    else if (lead >= 0xE0)
      len = 3;
    else if (lead >= 0xC0)
      len = 2;
    if (out.size() + len > size) break;
    out.append(pieces.substr(i, len));
    i = (i + len) % pieces.size();
  }
  out.append(size - out.size(), pad);
  return out;
}

inline leap::DirectUrl w1_seed() { return leap::DirectUrl("ElectricSpaceships", leap::Utility::sce).set_ref_id("123"); }

inline leap::DirectUrl w2_typical() {
  leap::DirectUrl url("ElectricSpaceships", leap::Utility::sce);
  url.set_ref_id("3f2b8c1e-9d4a-4e7b-a6c5-1b2d3e4f5a6b")
      .add_redirect_param("state", "abcdef123")
      .add_redirect_param("test_parameter", "value");
  return url;
}

// A 255-byte refId of mostly non-ASCII text with the reserved characters; eight params of
// 100-byte prose values, about a third of whose bytes need encoding.
inline leap::DirectUrl w3_heavy() {
  leap::DirectUrl url("ElectricSpaceships", leap::Utility::sce);
  url.set_ref_id(fill("Ünïcødé клиент 客户 & ref=+ 100% /a?b#c~d ", 255, 'x'));
  const char* keys[] = {"state",        "test_parameter", "utm_source", "utm campaign",
                        "redirect_uri", "scope",          "nonce",      "x&y=z"};
  std::size_t shift = 0;
  for (const char* key : keys) {
    static constexpr std::string_view prose =
        "The customer said: rooftop solar, 7.6 kW and a battery; café résumé. Thanks, see you soon! ";
    url.add_redirect_param(key, fill(prose.substr(shift % 40), 100, '.'));
    shift += 7;
  }
  return url;
}

// The encode buffers of docs/performance.md: `size` bytes of which `percent` in 100 need encoding, spread
// evenly and cycling through every byte value outside the keep-set; the rest cycle
// through the keep-set.
inline std::string encode_buffer(std::size_t size, unsigned percent) {
  std::string kept;
  std::string unsafe;
  for (int b = 0; b < 256; ++b) (leap::is_safe_byte(static_cast<char>(b)) ? kept : unsafe) += static_cast<char>(b);
  std::string out;
  out.reserve(size);
  std::size_t k = 0;
  std::size_t u = 0;
  for (std::size_t i = 0; i < size; ++i) {
    // byte i needs encoding when the running share of unsafe bytes falls behind `percent`
    const bool encode = (i + 1) * percent / 100 > i * percent / 100;
    out += encode ? unsafe[u++ % unsafe.size()] : kept[k++ % kept.size()];
  }
  return out;
}

}  // namespace workloads

#endif  // LEAP_TESTS_WORKLOADS_HPP
