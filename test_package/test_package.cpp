// SPDX-License-Identifier: MIT
#include <leap/leap.hpp>

#include <iostream>

int main() {
  leap::DirectUrl url("ElectricSpaceships", leap::Utility::sce);
  url.set_ref_id("123");
  std::cout << url << '\n';
  return url.str() == "https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=123" ? 0 : 1;
}
