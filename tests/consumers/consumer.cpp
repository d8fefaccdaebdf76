// SPDX-License-Identifier: MIT
// Built by every packaging route (find_package, pkg-config, add_subdirectory, FetchContent):
// succeeds only when the installed or embedded library builds SPEC's seed URL.
#include <leap/direct_url.hpp>

#include <cstdio>
#include <string>

int main() {
  leap::DirectUrl url("ElectricSpaceships", leap::Utility::sce);
  url.set_ref_id("123");
  const std::string text = url.str();
  std::puts(text.c_str());
  return text == "https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=123" ? 0 : 1;
}
