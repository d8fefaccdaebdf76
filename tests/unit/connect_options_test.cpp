// SPDX-License-Identifier: MIT
#include <leap/connect_options.hpp>

#include <set>
#include <string>

#include "support.hpp"

using leap::ConnectProgram;
using leap::ConnectVariant;
using leap::TransmissionRegion;

TEST_CASE("each variant has its documented id") {
  CHECK(leap::variant_id(ConnectVariant::residential) == "RESIDENTIAL");
  CHECK(leap::variant_id(ConnectVariant::commercial) == "COMMERCIAL");
  CHECK(leap::variant_id(ConnectVariant::residential_agreements_only) == "RESIDENTIAL_AGREEMENTS_ONLY");
  CHECK(leap::variant_id(ConnectVariant::commercial_agreements_only) == "COMMERCIAL_AGREEMENTS_ONLY");
  CHECK(leap::all_variants.size() == 4);
  CHECK(std::set<ConnectVariant>(leap::all_variants.begin(), leap::all_variants.end()).size() == 4);
}

TEST_CASE("each program has its documented id") {
  CHECK(leap::program_id(ConnectProgram::pse_rpo) == "PSE-RPO");
  CHECK(leap::program_id(ConnectProgram::srp_rpo) == "SRP-RPO");
  CHECK(leap::all_programs.size() == 2);
}

TEST_CASE("parse_variant and parse_program read the ids in any ASCII case, and nothing else") {
  for (ConnectVariant variant : leap::all_variants) {
    std::string lower(leap::variant_id(variant));
    for (char& c : lower) c = leap::detail::ascii_lower(c);
    CHECK(leap::parse_variant(leap::variant_id(variant)) == variant);
    CHECK(leap::parse_variant(lower) == variant);
  }
  CHECK(leap::parse_program("pse-rpo") == ConnectProgram::pse_rpo);
  CHECK(leap::parse_program("SRP-RPO") == ConnectProgram::srp_rpo);
  for (const char* bad : {"", "RESIDENTIAL ", "residential_agreements", "COMMERCIAL_AGREEMENTS"}) {
    CHECK_FALSE(leap::parse_variant(bad).has_value());
  }
  for (const char* bad : {"", "PSE_RPO", "pse", "SRP-RPO-"}) CHECK_FALSE(leap::parse_program(bad).has_value());
}

TEST_CASE("the agreements-only variants are offered in PJM only; the others everywhere") {
  for (TransmissionRegion region : leap::all_regions) {
    INFO(leap::region_id(region));
    const bool pjm = region == TransmissionRegion::pjm;
    CHECK(leap::is_variant_available(ConnectVariant::residential, region));
    CHECK(leap::is_variant_available(ConnectVariant::commercial, region));
    CHECK(leap::is_variant_available(ConnectVariant::residential_agreements_only, region) == pjm);
    CHECK(leap::is_variant_available(ConnectVariant::commercial_agreements_only, region) == pjm);
  }
}

TEST_CASE("a value that is not a variant or region is available nowhere") {
  CHECK_FALSE(leap::is_variant_available(static_cast<ConnectVariant>(50), TransmissionRegion::pjm));
  CHECK_FALSE(leap::is_variant_available(ConnectVariant::commercial, static_cast<TransmissionRegion>(50)));
}
