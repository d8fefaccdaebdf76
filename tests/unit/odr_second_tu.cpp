// SPDX-License-Identifier: MIT
// The second translation unit of the ODR test: the same headers, linked into one program.
// It includes only <leap/direct_url.hpp>, 0.1's one header, which still gives every name.
#include <leap/direct_url.hpp>

#include <string>

#include "odr_test.hpp"

std::string odr_second_tu_url() {
  return leap::DirectUrl("ElectricSpaceships", leap::Utility::sce).set_ref_id("123").str();
}

std::string odr_second_tu_connect_url() {
  return leap::ConnectUrl("ElectricSpaceships", leap::TransmissionRegion::caiso).set_ref_id("123").str();
}

const std::error_category* odr_second_tu_category() { return &leap::error_category(); }
