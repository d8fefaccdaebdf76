// SPDX-License-Identifier: MIT
// A counting global operator new: str() allocates exactly once, at the exact size; write(),
// size() and the observers never allocate.
#include <leap/direct_url.hpp>

#include <string>

#include "check.hpp"
#include "replaced_new.hpp"
#include "workloads.hpp"

using replaced_new::allocations;
using replaced_new::last_request;

int main() {
  const leap::DirectUrl urls[] = {workloads::w1_seed(), workloads::w2_typical(), workloads::w3_heavy()};
  LEAP_CHECK(urls[0].size() == 72);
  LEAP_CHECK(urls[1].size() == 175);
  LEAP_CHECK(urls[2].size() > 2500 && urls[2].size() < 3500);  // "about 3 KB"

  static char buffer[leap::max_url_size];
  for (const leap::DirectUrl& url : urls) {
    allocations = 0;
    const std::string text = url.str();
    LEAP_CHECK(allocations == 1);
    LEAP_CHECK(last_request == url.size() + 1);  // exact size plus the terminating NUL

    allocations = 0;
    LEAP_CHECK(url.write(buffer, sizeof buffer) == text.size());
    LEAP_CHECK(url.size() == text.size());
    (void)url.org_name();
    (void)url.ref_id();
    (void)url.redirect_params();
    LEAP_CHECK(allocations == 0);
    LEAP_CHECK(std::string(buffer, text.size()) == text);

    allocations = 0;
    const std::string encoded = leap::percent_encode(text);
    LEAP_CHECK(allocations == 1);
    LEAP_CHECK(last_request == encoded.size() + 1);
  }
  // A Leap Connect link: the same promises.
  leap::ConnectUrl connect("ElectricSpaceships", leap::TransmissionRegion::caiso);
  connect.set_variant(leap::ConnectVariant::commercial).set_ref_id("3f2b8c1e-9d4a-4e7b-a6c5-1b2d3e4f5a6b");
  connect.add_redirect_param("state", "abcdef123").add_redirect_param("test_parameter", "value");
  allocations = 0;
  const std::string text = connect.str();
  LEAP_CHECK(allocations == 1);
  LEAP_CHECK(last_request == connect.size() + 1);
  allocations = 0;
  LEAP_CHECK(connect.write(buffer, sizeof buffer) == text.size());
  (void)connect.account();
  (void)connect.redirect_params();
  LEAP_CHECK(allocations == 0);
  return check_summary();
}
