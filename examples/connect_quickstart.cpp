// SPDX-License-Identifier: MIT
// The README's Leap Connect example: the link for a commercial customer in California.
#include <leap/leap.hpp>

#include <iostream>

int main() {
  try {
    leap::ConnectUrl url("ElectricSpaceships", leap::TransmissionRegion::caiso);
    url.set_variant(leap::ConnectVariant::commercial)  // the flow with the commercial agreements
        .set_ref_id("123")
        .add_redirect_param("state", "abcdef123");  // comes back on the final redirect
    std::cout << url << '\n';
  } catch (const leap::UrlError& error) {
    std::cerr << error.what() << '\n';
    return 1;
  }
}
