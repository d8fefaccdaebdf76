// SPDX-License-Identifier: MIT
// Reading links and final redirects back, three ways, for the benchmarks: leap-direct-url,
// Boost.URL (parse_uri and params() with '+' as space, the nested list read again with
// params_view), and a plain split-and-decode loop. Each yields the same `Decoded` value, and
// `bench_ops verify` checks that every peer decodes exactly what leap-direct-url does before
// anything is counted. The peers only decode; leap-direct-url also checks every rule.
#ifndef LEAP_BENCH_READERS_HPP
#define LEAP_BENCH_READERS_HPP

#include <leap/leap.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if LEAP_BENCH_HAVE_BOOST_URL
#include <boost/url/params_view.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>
#endif

namespace readers {

// A link or a query, decoded: the path's segments, then every query parameter in order, with
// additional_redirect_params replaced by the parameters it carries.
struct Decoded {
  std::vector<std::string> path;
  std::vector<std::pair<std::string, std::string>> query;

  friend bool operator==(const Decoded& a, const Decoded& b) { return a.path == b.path && a.query == b.query; }
};

inline constexpr std::string_view nested = "additional_redirect_params";

// ---- leap-direct-url's results as Decoded ----------------------------------------------------

template <class Params>
void add_params(const Params& params, Decoded& out) {
  for (const auto& param : params) out.query.emplace_back(std::string(param.key), std::string(param.value));
}

inline Decoded decoded(const leap::DirectUrl& url) {
  Decoded out{{std::string(url.org_name()), std::string(leap::utility_id(url.utility())), "getting-started"}, {}};
  if (url.ref_id()) out.query.emplace_back("refId", std::string(*url.ref_id()));
  add_params(url.redirect_params(), out);
  return out;
}

inline Decoded decoded(const leap::ConnectUrl& url) {
  Decoded out;
  out.query.emplace_back("transmissionRegion", std::string(leap::region_id(url.region())));
  if (url.variant()) out.query.emplace_back("variant", std::string(leap::variant_id(*url.variant())));
  if (url.program()) out.query.emplace_back("program", std::string(leap::program_id(*url.program())));
  out.query.emplace_back("account", std::string(url.account()));
  if (url.ref_id()) out.query.emplace_back("refId", std::string(*url.ref_id()));
  add_params(url.redirect_params(), out);
  return out;
}

inline Decoded decoded(const leap::FinalRedirect& back) {
  Decoded out;
  if (back.ref_id) out.query.emplace_back("refId", *back.ref_id);
  add_params(back.params, out);
  return out;
}

// ---- the plain loop ----------------------------------------------------------------------

inline int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return 0;
}

// '+' is a space, %XX a byte.
inline std::string form_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i] == '+' ? ' ' : s[i];
    }
  }
  return out;
}

inline void loop_query(std::string_view query, Decoded& out) {
  while (!query.empty()) {
    const std::size_t end = query.find('&');
    const std::string_view part = query.substr(0, end);
    const std::size_t equals = part.find('=');
    std::string key = form_decode(part.substr(0, equals));
    std::string value = equals == std::string_view::npos ? std::string() : form_decode(part.substr(equals + 1));
    if (key == nested) {
      loop_query(value, out);
    } else {
      out.query.emplace_back(std::move(key), std::move(value));
    }
    if (end == std::string_view::npos) break;
    query.remove_prefix(end + 1);
  }
}

// A whole URL: the path after the host, split at '/', then the query.
inline Decoded loop_url(std::string_view url) {
  Decoded out;
  const std::size_t host = url.find("://") + 3;
  const std::size_t question = url.find('?', host);
  std::string_view path = url.substr(0, question).substr(host);
  path = path.substr(std::min(path.find('/'), path.size()));
  while (!path.empty()) {
    path.remove_prefix(1);
    const std::size_t end = path.find('/');
    if (!path.substr(0, end).empty()) out.path.emplace_back(path.substr(0, end));
    path = end == std::string_view::npos ? std::string_view{} : path.substr(end);
  }
  if (question != std::string_view::npos) loop_query(url.substr(question + 1), out);
  return out;
}

inline Decoded loop_redirect(std::string_view query) {
  Decoded out;
  loop_query(query, out);
  return out;
}

// ---- Boost.URL ---------------------------------------------------------------------------

#if LEAP_BENCH_HAVE_BOOST_URL
inline boost::urls::encoding_opts form_opts() {
  boost::urls::encoding_opts opts;
  opts.space_as_plus = true;
  return opts;
}

inline void boost_params(const boost::urls::params_view& params, Decoded& out) {
  for (const boost::urls::param& p : params) {
    if (p.key == nested) {
      boost_params(boost::urls::params_view(p.value, form_opts()), out);
    } else {
      out.query.emplace_back(p.key, p.value);
    }
  }
}

inline Decoded boost_url(std::string_view url) {
  Decoded out;
  const boost::urls::url_view u = boost::urls::parse_uri(boost::urls::string_view(url.data(), url.size())).value();
  for (const std::string& segment : u.segments()) {
    if (!segment.empty()) out.path.push_back(segment);
  }
  boost_params(u.params(form_opts()), out);
  return out;
}

inline Decoded boost_redirect(std::string_view query) {
  Decoded out;
  boost_params(boost::urls::params_view(boost::urls::string_view(query.data(), query.size()), form_opts()), out);
  return out;
}
#endif

}  // namespace readers

#endif  // LEAP_BENCH_READERS_HPP
