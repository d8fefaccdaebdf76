// SPDX-License-Identifier: MIT
// Internal: Leap's wire format, each fact written once. The enums, their lookups, the
// builders, the parsers, the error texts and the tool's help all derive from this file, so
// adding a utility, region, variant or program is one line here. Where each fact comes
// from is in docs/rules.md.
#ifndef LEAP_DETAIL_WIRE_HPP
#define LEAP_DETAIL_WIRE_HPP

#include <string_view>

// Leap's Direct to Utility environments: X(enumerator, base URL emitted).
#define LEAP_DETAIL_ENVIRONMENTS(X)        \
  X(production, "https://www.addleap.com") \
  X(staging, "https://staging.addleap.com")

// Leap Connect's transmission regions: X(enumerator, id sent as transmissionRegion).
#define LEAP_DETAIL_REGIONS(X) \
  X(caiso, "CAISO")            \
  X(nyiso, "NYISO")            \
  X(pjm, "PJM")                \
  X(ercot, "ERCOT")            \
  X(wecc_pc, "WECC_PC")        \
  X(wecc_sw, "WECC_SW")

// Direct to Utility utilities: X(enumerator, id in the URL path, name, TransmissionRegion,
// Reach: the environments it exists in).
#define LEAP_DETAIL_UTILITIES(X)                                                                           \
  X(pge, "pge", "Pacific Gas & Electric (PG&E)", caiso, production_and_staging)                            \
  X(sce, "sce", "Southern California Edison (SCE)", caiso, production_and_staging)                         \
  X(sdge, "sdge", "San Diego Gas & Electric (SDG&E)", caiso, production_and_staging)                       \
  X(staging_test_caiso, "staging-test-utility-caiso", "Staging Test Utility (CAISO)", caiso, staging_only) \
  X(staging_test_nyiso, "staging-test-utility-nyiso", "Staging Test Utility (NYISO)", nyiso, staging_only)

// Leap Connect variants: X(enumerator, id sent as variant, the region it is limited to, or
// every_region).
#define LEAP_DETAIL_CONNECT_VARIANTS(X)                              \
  X(residential, "RESIDENTIAL", every_region)                        \
  X(commercial, "COMMERCIAL", every_region)                          \
  X(residential_agreements_only, "RESIDENTIAL_AGREEMENTS_ONLY", pjm) \
  X(commercial_agreements_only, "COMMERCIAL_AGREEMENTS_ONLY", pjm)

// Leap Connect programs: X(enumerator, id sent as program).
#define LEAP_DETAIL_CONNECT_PROGRAMS(X) \
  X(pse_rpo, "PSE-RPO")                 \
  X(srp_rpo, "SRP-RPO")

// Declares one enumerator per row of a list above: `enum class E { LEAP_DETAIL_ROWS(LEAP_DETAIL_ENUMERATOR) };`
#define LEAP_DETAIL_ENUMERATOR(enumerator, ...) enumerator,

namespace leap::detail::wire {

inline constexpr std::string_view scheme = "https://";
// Also read as production by DirectUrl::parse: the host of Leap's own seed example.
inline constexpr std::string_view direct_host_alias = "addleap.com";
inline constexpr std::string_view direct_path_end = "/getting-started";
inline constexpr std::string_view connect_base = "https://connect.leap.energy";

// Query parameter names.
inline constexpr std::string_view ref_id = "refId";
inline constexpr std::string_view ref_id_legacy = "ref-id";
inline constexpr std::string_view redirect_params = "additional_redirect_params";
inline constexpr std::string_view region = "transmissionRegion";
inline constexpr std::string_view variant = "variant";
inline constexpr std::string_view program = "program";
inline constexpr std::string_view account = "account";

// enc("=") and enc("&"): what joins the custom params inside additional_redirect_params.
inline constexpr std::string_view encoded_equals = "%3D";
inline constexpr std::string_view encoded_ampersand = "%26";

}  // namespace leap::detail::wire

#endif  // LEAP_DETAIL_WIRE_HPP
