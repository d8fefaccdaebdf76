// SPDX-License-Identifier: MIT
// The second translation unit of the ODR test: the same header, linked into one program.
#include <leap/direct_url.hpp>

#include <string>

#include "odr_test.hpp"

std::string odr_second_tu_url() {
  return leap::DirectUrl("ElectricSpaceships", leap::Utility::sce).set_ref_id("123").str();
}

const std::error_category* odr_second_tu_category() { return &leap::error_category(); }
