// SPDX-License-Identifier: MIT
// The README's first example: build the link for one customer and print it.
#include <leap/leap.hpp>

#include <iostream>

int main() {
  try {
    leap::DirectUrl url("ElectricSpaceships", leap::Utility::sce);
    url.set_ref_id("123");  // your own id for this customer; comes back as partner_reference
    std::cout << url << '\n';
  } catch (const leap::UrlError& error) {  // names the field, the reason and the byte offset
    std::cerr << error.what() << '\n';
    return 1;
  }
}
