// SPDX-License-Identifier: MIT
// The baselines the benchmarks measure leap-direct-url against, each doing Leap's job (or
// its idiomatic nearest): the floor (one allocation and a copy of the finished bytes), a
// hand-written std::ostringstream builder, a plain 256-entry table encoder, Boost.URL
// (idiomatic, and its encode() with Leap's keep-set) and libcurl's curl_easy_escape.
#ifndef LEAP_BENCH_BASELINES_HPP
#define LEAP_BENCH_BASELINES_HPP

#include <leap/direct_url.hpp>

#include <array>
#include <iomanip>
#include <sstream>
#include <string>
#include <string_view>

#if LEAP_BENCH_HAVE_BOOST_URL
#include <boost/url/encode.hpp>
#include <boost/url/grammar/lut_chars.hpp>
#include <boost/url/url.hpp>
#endif
#if LEAP_BENCH_HAVE_CURL
#include <curl/curl.h>
#endif

namespace baselines {

// Leap's URL around any encoder: base, path, refId, then the params encoded, joined and
// encoded again. The baselines that write Leap's bytes differ only in `encode`.
template <class Encode>
std::string build_with(const leap::DirectUrl& url, Encode encode) {
  std::string out(leap::base_url(url.environment()));
  out += '/';
  out += url.org_name();
  out += '/';
  out += leap::utility_id(url.utility());
  out += "/getting-started";
  char separator = '?';
  if (url.ref_id()) {
    out += "?refId=";
    out += encode(*url.ref_id());
    separator = '&';
  }
  if (!url.redirect_params().empty()) {
    std::string inner;
    for (const leap::RedirectParam& p : url.redirect_params()) {
      if (!inner.empty()) inner += '&';
      inner += encode(p.key);
      inner += '=';
      inner += encode(p.value);
    }
    out += separator;
    out += "additional_redirect_params=";
    out += encode(inner);
  }
  return out;
}

// The floor: the finished URL's bytes copied into a new string (one allocation + memcpy).
inline std::string floor_copy(const std::string& finished) { return std::string(finished); }

inline bool spec_safe(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '*';
}

// What a careful hand-written builder looks like with iostreams.
inline std::string stream_encode(std::string_view s) {
  std::ostringstream out;
  out << std::uppercase << std::hex << std::setfill('0');
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (spec_safe(b)) {
      out << c;
    } else {
      out << '%' << std::setw(2) << static_cast<int>(b);
    }
  }
  return out.str();
}

inline std::string ostringstream_build(const leap::DirectUrl& url) {
  std::ostringstream out;
  out << leap::base_url(url.environment()) << '/' << url.org_name() << '/' << leap::utility_id(url.utility())
      << "/getting-started";
  char separator = '?';
  if (url.ref_id()) {
    out << "?refId=" << stream_encode(*url.ref_id());
    separator = '&';
  }
  if (!url.redirect_params().empty()) {
    std::ostringstream inner;
    bool first = true;
    for (const leap::RedirectParam& p : url.redirect_params()) {
      if (!first) inner << '&';
      first = false;
      inner << stream_encode(p.key) << '=' << stream_encode(p.value);
    }
    out << separator << "additional_redirect_params=" << stream_encode(inner.str());
  }
  return out.str();
}

// A plain 256-entry table loop, reserving the worst case.
inline std::string table_encode(std::string_view s) {
  static const std::array<bool, 256> safe = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = spec_safe(static_cast<unsigned char>(c));
    return t;
  }();
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size() * 3);
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (safe[b]) {
      out += c;
    } else {
      out += '%';
      out += hex[b >> 4];
      out += hex[b & 0xF];
    }
  }
  return out;
}

#if LEAP_BENCH_HAVE_BOOST_URL
inline const boost::urls::grammar::lut_chars& boost_spec_chars() {
  static const boost::urls::grammar::lut_chars chars(
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._*");
  return chars;
}

// Boost.URL's encode() with Leap's keep-set: the same bytes as ours.
inline std::string boost_encode(std::string_view s) {
  return boost::urls::encode(boost::urls::string_view(s.data(), s.size()), boost_spec_chars());
}

inline std::string boost_encode_spec(const leap::DirectUrl& url) { return build_with(url, boost_encode); }

// Idiomatic Boost.URL: a url, set_path, params().append. Not Leap's bytes: it leaves
// characters such as '+', '=' and '~' unescaped where RFC 3986 allows them.
inline std::string boost_url_idiomatic(const leap::DirectUrl& url) {
  boost::urls::url u(
      boost::urls::string_view(leap::base_url(url.environment()).data(), leap::base_url(url.environment()).size()));
  std::string path =
      "/" + std::string(url.org_name()) + "/" + std::string(leap::utility_id(url.utility())) + "/getting-started";
  u.set_path(path);
  auto params = u.params();
  if (url.ref_id()) {
    params.append({"refId", boost::urls::string_view(url.ref_id()->data(), url.ref_id()->size())});
  }
  if (!url.redirect_params().empty()) {
    boost::urls::url inner;
    auto inner_params = inner.params();
    for (const leap::RedirectParam& p : url.redirect_params()) inner_params.append({p.key, p.value});
    const std::string inner_query(inner.encoded_query());
    params.append({"additional_redirect_params", inner_query});
  }
  return std::string(u.buffer());
}
#endif

#if LEAP_BENCH_HAVE_CURL
inline CURL* curl_handle() {
  static CURL* handle = curl_easy_init();
  return handle;
}

// curl_easy_escape: keeps '~' and escapes '*', so not Leap's bytes either.
inline std::string curl_escape(std::string_view s) {
  char* escaped = curl_easy_escape(curl_handle(), s.data(), static_cast<int>(s.size()));
  std::string out(escaped);
  curl_free(escaped);
  return out;
}

inline std::string curl_escape_build(const leap::DirectUrl& url) { return build_with(url, curl_escape); }
#endif

}  // namespace baselines

#endif  // LEAP_BENCH_BASELINES_HPP
