// SPDX-License-Identifier: MIT
// Every benchmark case, by name: leap-direct-url's operations on the workloads of docs/performance.md and
// the baselines doing the same job. Shared by bench_ops (callgrind) and bench_direct_url
// (Google Benchmark), so both measure the same thing.
#ifndef LEAP_BENCH_CASES_HPP
#define LEAP_BENCH_CASES_HPP

#include <leap/direct_url.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <utility>

#include "../tests/support/workloads.hpp"
#include "baselines.hpp"

namespace cases {

inline volatile std::size_t sink = 0;  // keeps each result alive

inline void consume(const std::string& s) { sink = sink + s.size() + static_cast<unsigned char>(s.empty() ? 0 : s[0]); }

// The inputs, built once.
struct Inputs {
  leap::DirectUrl w[3] = {workloads::w1_seed(), workloads::w2_typical(), workloads::w3_heavy()};
  std::string text[3] = {w[0].str(), w[1].str(), w[2].str()};
  std::string query[2] = {text[1].substr(text[1].find('?')), text[2].substr(text[2].find('?'))};
  std::map<std::string, std::string> encode_input;
  char buffer[leap::max_url_size] = {};

  Inputs() {
    for (const auto& [label, size] : {std::pair<const char*, std::size_t>{"1k", 1024}, {"64k", 65536}}) {
      encode_input[std::string("encode_") + label + "_kept"] = workloads::encode_buffer(size, 0);
      encode_input[std::string("encode_") + label + "_20"] = workloads::encode_buffer(size, 20);
      encode_input[std::string("encode_") + label + "_all"] = workloads::encode_buffer(size, 100);
    }
  }
};

// Name -> one operation. `in` must outlive the map.
inline std::map<std::string, std::function<void()>> all(Inputs& in) {
  std::map<std::string, std::function<void()>> cases;
  for (int i = 0; i < 3; ++i) {
    const std::string n = "w" + std::to_string(i + 1);
    const leap::DirectUrl* url = &in.w[i];
    const std::string* text = &in.text[i];
    char* buffer = in.buffer;
    cases[n + "_str"] = [url] { consume(url->str()); };
    cases[n + "_write"] = [url, buffer] { sink = sink + url->write(buffer, leap::max_url_size); };
    cases[n + "_parse"] = [text] { sink = sink + leap::DirectUrl::parse(*text).size(); };
    cases[n + "_floor"] = [text] { consume(baselines::floor_copy(*text)); };
    cases[n + "_ostringstream"] = [url] { consume(baselines::ostringstream_build(*url)); };
#if LEAP_BENCH_HAVE_BOOST_URL
    cases[n + "_boost_url"] = [url] { consume(baselines::boost_url_idiomatic(*url)); };
    cases[n + "_boost_encode"] = [url] { consume(baselines::boost_encode_spec(*url)); };
#endif
#if LEAP_BENCH_HAVE_CURL
    cases[n + "_curl"] = [url] { consume(baselines::curl_escape_build(*url)); };
#endif
  }
  const std::string* q2 = &in.query[0];
  const std::string* q3 = &in.query[1];
  cases["w2_final_redirect"] = [q2] { sink = sink + leap::parse_final_redirect(*q2).params.size(); };
  cases["w3_final_redirect"] = [q3] { sink = sink + leap::parse_final_redirect(*q3).params.size(); };
  for (const auto& [label, input] : in.encode_input) {
    const std::string* data = &input;
    cases[label] = [data] { consume(leap::percent_encode(*data)); };
    cases[label + "_table"] = [data] { consume(baselines::table_encode(*data)); };
#if LEAP_BENCH_HAVE_BOOST_URL
    cases[label + "_boost"] = [data] { consume(baselines::boost_encode(*data)); };
#endif
#if LEAP_BENCH_HAVE_CURL
    cases[label + "_curl"] = [data] { consume(baselines::curl_escape(*data)); };
#endif
  }
  return cases;
}

}  // namespace cases

#endif  // LEAP_BENCH_CASES_HPP
