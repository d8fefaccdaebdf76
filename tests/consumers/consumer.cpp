// SPDX-License-Identifier: MIT
// Built by every packaging route (find_package, pkg-config, add_subdirectory, FetchContent):
// succeeds only when the installed or embedded library builds Leap's seed links.
#include <leap/leap.hpp>

#include <cstdio>
#include <string>

int main() {
  leap::DirectUrl url("ElectricSpaceships", leap::Utility::sce);
  url.set_ref_id("123");
  leap::ConnectUrl connect("ElectricSpaceships", leap::TransmissionRegion::caiso);
  connect.set_variant(leap::ConnectVariant::commercial).set_ref_id("123");
  const std::string text = url.str();
  std::puts(text.c_str());
  std::puts(connect.str().c_str());
  return text == "https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=123" &&
                 connect.str() ==
                     "https://"
                     "connect.leap.energy?transmissionRegion=CAISO&variant=COMMERCIAL&account=ElectricSpaceships"
                     "&refId=123"
             ? 0
             : 1;
}
