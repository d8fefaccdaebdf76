// SPDX-License-Identifier: MIT
// A tour of the API, shown in the README: build, inspect, parse back, read the redirect.
#include <leap/direct_url.hpp>

#include <iostream>

int main() try {
  leap::DirectUrl url("ElectricSpaceships", leap::Utility::pge);  // Environment::production
  url.set_ref_id("cust 42")                                       // optional; replaces
      .add_redirect_param("campaign", "spring sale")              // order kept
      .add_redirect_param("state", "abc123");
  std::cout << url.str() << '\n';  // one exact-size allocation; url.size() == url.str().size()

  char buffer[leap::max_url_size];                         // or write without allocating
  const std::size_t n = url.write(buffer, sizeof buffer);  // 0 if it does not fit
  std::cout.write(buffer, static_cast<std::streamsize>(n)) << '\n';

  std::error_code ec;  // every throwing call has an error_code overload
  url.add_redirect_param("refId", "x", ec);
  std::cout << ec.message() << '\n';  // reserved redirect param key; url is unchanged

  const leap::DirectUrl back = leap::DirectUrl::parse(url.str());
  std::cout << (back == url) << ' ' << leap::utility_name(back.utility()) << '\n';

  // What Leap's final redirect brings back to your site (untrusted input):
  const leap::FinalRedirect r = leap::parse_final_redirect(
      "?refId=cust+42&additional_redirect_params=campaign%3Dspring%2520sale%26state%3Dabc123");
  std::cout << *r.ref_id << ": " << r.params[0].key << '=' << r.params[0].value << '\n';
} catch (const leap::UrlError& error) {  // what() names the field, the reason and the offset
  std::cerr << error.what() << '\n';
  return 1;
}
