// SPDX-License-Identifier: MIT
// Every benchmark case, by name: leap-direct-url's operations on the workloads of
// docs/performance.md and the baselines doing the same job. Shared by bench_ops (callgrind,
// allocation counts, `verify`) and bench_direct_url (Google Benchmark), so both measure the
// same thing.
#ifndef LEAP_BENCH_CASES_HPP
#define LEAP_BENCH_CASES_HPP

#include <leap/leap.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "../tests/support/workloads.hpp"
#include "baselines.hpp"
#include "readers.hpp"

namespace cases {

inline volatile std::size_t sink = 0;  // keeps each result alive

inline void consume(const std::string& s) { sink = sink + s.size() + static_cast<unsigned char>(s.empty() ? 0 : s[0]); }
inline void consume(const readers::Decoded& d) { sink = sink + d.path.size() + d.query.size(); }

// One workload's raw fields, as a partner's code holds them before building a link.
struct Fields {
  std::string org;
  leap::Utility utility;
  std::string ref_id;
  std::vector<std::pair<std::string, std::string>> params;
};

inline Fields fields_of(const leap::DirectUrl& url) {
  Fields out{std::string(url.org_name()), url.utility(), std::string(url.ref_id().value_or("")), {}};
  for (const leap::RedirectParamView p : url.redirect_params()) out.params.emplace_back(p.key, p.value);
  return out;
}

// The Leap Connect link with a workload's fields: CAISO, and variant COMMERCIAL when it has params.
inline leap::ConnectUrl connect_of(const Fields& f) {
  leap::ConnectUrl url(f.org, leap::TransmissionRegion::caiso);
  if (!f.params.empty()) url.set_variant(leap::ConnectVariant::commercial);
  url.set_ref_id(f.ref_id);
  for (const auto& [key, value] : f.params) url.add_redirect_param(key, value);
  return url;
}

// The final redirect as Leap restores it: refId and each param as its own parameter.
inline std::string flat_query(const Fields& f) {
  std::string out = "refId=" + leap::percent_encode(f.ref_id);
  for (const auto& [key, value] : f.params) out += "&" + leap::percent_encode(key) + "=" + leap::percent_encode(value);
  return out;
}

// A whole Direct URL from raw fields: what a partner's code does for each customer.
inline std::string build(const Fields& f) {
  leap::DirectUrl url(f.org, f.utility);
  url.set_ref_id(f.ref_id);
  for (const auto& [key, value] : f.params) url.add_redirect_param(key, value);
  return url.str();
}

// The inputs, built once.
struct Inputs {
  leap::DirectUrl w[3] = {workloads::w1_seed(), workloads::w2_typical(), workloads::w3_heavy()};
  Fields fields[3] = {fields_of(w[0]), fields_of(w[1]), fields_of(w[2])};
  leap::ConnectUrl connect[3] = {connect_of(fields[0]), connect_of(fields[1]), connect_of(fields[2])};
  std::string text[3] = {w[0].str(), w[1].str(), w[2].str()};
  std::string connect_text[3] = {connect[0].str(), connect[1].str(), connect[2].str()};
  std::string nested[3] = {text[0].substr(text[0].find('?') + 1), text[1].substr(text[1].find('?') + 1),
                           text[2].substr(text[2].find('?') + 1)};
  std::string flat[3] = {flat_query(fields[0]), flat_query(fields[1]), flat_query(fields[2])};
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

// A reading case: ours, then each peer's name suffix and its reader, on one input.
struct Reading {
  std::function<readers::Decoded()> ours;
  std::vector<std::pair<std::string, std::function<readers::Decoded()>>> peers;
};

// Every reading case by name; `bench_ops verify` checks each peer against ours.
inline std::map<std::string, Reading> readings(Inputs& in) {
  std::map<std::string, Reading> all;
  for (int i = 0; i < 3; ++i) {
    const std::string n = "w" + std::to_string(i + 1);
    const std::string* text = &in.text[i];
    const std::string* connect = &in.connect_text[i];
    const std::string* flat = &in.flat[i];
    const std::string* nested = &in.nested[i];
    const auto url_peers = [](const std::string* s) {
      std::vector<std::pair<std::string, std::function<readers::Decoded()>>> peers{
          {"loop", [s] { return readers::loop_url(*s); }}};
#if LEAP_BENCH_HAVE_BOOST_URL
      peers.emplace_back("boost", [s] { return readers::boost_url(*s); });
#endif
      return peers;
    };
    const auto query_peers = [](const std::string* s) {
      std::vector<std::pair<std::string, std::function<readers::Decoded()>>> peers{
          {"loop", [s] { return readers::loop_redirect(*s); }}};
#if LEAP_BENCH_HAVE_BOOST_URL
      peers.emplace_back("boost", [s] { return readers::boost_redirect(*s); });
#endif
      return peers;
    };
    all[n + "_parse"] = {[text] { return readers::decoded(leap::DirectUrl::parse(*text)); }, url_peers(text)};
    all[n + "_connect_parse"] = {[connect] { return readers::decoded(leap::ConnectUrl::parse(*connect)); },
                                 url_peers(connect)};
    all[n + "_redirect_flat"] = {[flat] { return readers::decoded(leap::parse_redirect_query(*flat)); },
                                 query_peers(flat)};
    if (i > 0) {
      all[n + "_redirect_nested"] = {[nested] { return readers::decoded(leap::parse_redirect_query(*nested)); },
                                     query_peers(nested)};
    }
  }
  return all;
}

// Name -> one operation. `in` must outlive the map.
inline std::map<std::string, std::function<void()>> all(Inputs& in) {
  std::map<std::string, std::function<void()>> cases;
  for (int i = 0; i < 3; ++i) {
    const std::string n = "w" + std::to_string(i + 1);
    const leap::DirectUrl* url = &in.w[i];
    const leap::ConnectUrl* connect = &in.connect[i];
    const Fields* fields = &in.fields[i];
    const std::string* text = &in.text[i];
    const std::string* connect_text = &in.connect_text[i];
    const std::string* flat = &in.flat[i];
    const std::string* nested = &in.nested[i];
    char* buffer = in.buffer;
    cases[n + "_str"] = [url] { consume(url->str()); };
    cases[n + "_write"] = [url, buffer] { sink = sink + url->write(buffer, leap::max_url_size); };
    cases[n + "_connect_str"] = [connect] { consume(connect->str()); };
    cases[n + "_build"] = [fields] { consume(build(*fields)); };
    cases[n + "_floor"] = [text] { consume(baselines::floor_copy(*text)); };
    cases[n + "_ostringstream"] = [url] { consume(baselines::ostringstream_build(*url)); };
    // The readers: ours keep only what a caller keeps (the link, the redirect); the peers'
    // Decoded is all they produce.
    cases[n + "_parse"] = [text] { sink = sink + leap::DirectUrl::parse(*text).size(); };
    cases[n + "_connect_parse"] = [connect_text] { sink = sink + leap::ConnectUrl::parse(*connect_text).size(); };
    cases[n + "_redirect_flat"] = [flat] { sink = sink + leap::parse_redirect_query(*flat).params.size(); };
    cases[n + "_parse_loop"] = [text] { consume(readers::loop_url(*text)); };
    cases[n + "_connect_parse_loop"] = [connect_text] { consume(readers::loop_url(*connect_text)); };
    cases[n + "_redirect_flat_loop"] = [flat] { consume(readers::loop_redirect(*flat)); };
    if (i > 0) {
      cases[n + "_redirect_nested"] = [nested] { sink = sink + leap::parse_redirect_query(*nested).params.size(); };
      cases[n + "_redirect_nested_loop"] = [nested] { consume(readers::loop_redirect(*nested)); };
    }
#if LEAP_BENCH_HAVE_BOOST_URL
    cases[n + "_boost_url"] = [url] { consume(baselines::boost_url_idiomatic(*url)); };
    cases[n + "_boost_encode"] = [url] { consume(baselines::boost_encode_spec(*url)); };
    cases[n + "_build_boost"] = [url] { consume(baselines::boost_encode_spec(*url)); };
    cases[n + "_parse_boost"] = [text] { consume(readers::boost_url(*text)); };
    cases[n + "_connect_parse_boost"] = [connect_text] { consume(readers::boost_url(*connect_text)); };
    cases[n + "_redirect_flat_boost"] = [flat] { consume(readers::boost_redirect(*flat)); };
    if (i > 0) cases[n + "_redirect_nested_boost"] = [nested] { consume(readers::boost_redirect(*nested)); };
#endif
#if LEAP_BENCH_HAVE_CURL
    cases[n + "_curl"] = [url] { consume(baselines::curl_escape_build(*url)); };
#endif
  }
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
