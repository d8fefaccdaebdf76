// SPDX-License-Identifier: MIT
// A tour of the API, shown in the README: choose the link, build it, read it back, receive
// the final redirect, and the non-throwing path.
#include <leap/leap.hpp>

#include <iostream>

int main() try {
  // Leap's rule: Direct to Utility only for California residential customers whose utility is known.
  const leap::LinkChoice choice =
      leap::choose_link(leap::TransmissionRegion::caiso, leap::CustomerClass::commercial, leap::Utility::pge);
  std::cout << (choice.kind == leap::LinkKind::direct ? "direct" : "connect") << ": " << choice.reason << '\n';

  leap::ConnectUrl url("ElectricSpaceships", leap::TransmissionRegion::caiso);
  if (choice.variant) url.set_variant(*choice.variant);  // COMMERCIAL
  url.set_ref_id("cust 42").add_redirect_param("state", "abc123");
  std::cout << url << '\n';  // str() allocates once; write(buffer, size) never

  const leap::Link back = leap::parse_link(url.str());  // either kind, told apart by the host
  std::cout << (std::get<leap::ConnectUrl>(back) == url) << '\n';

  // Your final-redirect handler gets the query Leap sends back. Untrusted: check the user
  // and compare `state` with their session before believing it.
  const leap::FinalRedirect r = leap::parse_redirect_query("refId=cust+42&state=abc123");
  std::cout << *r.ref_id << ", " << r.params[0].key << '=' << r.params[0].value << '\n';

  leap::Status status;  // or std::error_code: after a failure, later calls do nothing
  url.set_ref_id("bad\nid", status).add_redirect_param("more", "x", status);
  std::cout << status.message() << '\n';  // what UrlError::what() would say; url is unchanged
} catch (const leap::UrlError& error) {   // what() names the field, the reason and the offset
  std::cerr << error.what() << '\n';
  return 1;
}
