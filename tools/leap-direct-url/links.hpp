// SPDX-License-Identifier: MIT
// One link from the tool's text inputs (options for `build`, cells for `batch`): which
// flow, the fields, and the link written into a caller's buffer. Written only against the
// library's public API; every rule it applies is the library's.
#ifndef LEAP_TOOLS_LINKS_HPP
#define LEAP_TOOLS_LINKS_HPP

#include <leap/leap.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text.hpp"

namespace tool {

// Which link to build: as asked, or chosen by Leap's rule (leap::choose_link).
enum class Flow { direct, connect, automatic };

inline constexpr std::array<std::pair<std::string_view, Flow>, 3> flow_names{
    {{"direct", Flow::direct}, {"connect", Flow::connect}, {"auto", Flow::automatic}}};

inline std::optional<Flow> parse_flow(std::string_view name) {
  for (const auto& [text, flow] : flow_names) {
    if (name == text) return flow;
  }
  return std::nullopt;
}

inline std::string utility_ids() {
  return one_of(leap::all_utilities, [](leap::Utility u) { return std::string(leap::utility_id(u)); });
}
inline std::string region_ids() {
  return one_of(leap::all_regions, [](leap::TransmissionRegion r) { return std::string(leap::region_id(r)); });
}
inline std::string variant_ids() {
  return one_of(leap::all_variants, [](leap::ConnectVariant v) { return std::string(leap::variant_id(v)); });
}
inline std::string program_ids() {
  return one_of(leap::all_programs, [](leap::ConnectProgram p) { return std::string(leap::program_id(p)); });
}

// The text fields of one link. Empty means "not given".
struct LinkRequest {
  Flow flow = Flow::direct;
  std::string_view org;
  std::string_view utility;
  std::string_view region;
  std::string_view customer;
  std::string_view variant;
  std::string_view program;
  bool staging = false;
  std::string_view ref_id;
  std::vector<std::pair<std::string_view, std::string_view>> params;
};

// What was built: the kind, why (for Flow::automatic), and how many bytes were written.
struct Built {
  leap::LinkKind kind = leap::LinkKind::direct;
  std::string_view reason;
  std::size_t size = 0;
};

namespace links_detail {

template <class Link>
std::string finish(Link& link, const LinkRequest& request, char* buffer, std::size_t capacity, Built& out) {
  leap::Status status;
  if (!request.ref_id.empty()) link.set_ref_id(request.ref_id, status);
  for (const auto& [key, value] : request.params) link.add_redirect_param(key, value, status);
  if (status.failed()) return status.message();
  out.size = link.write(buffer, capacity);  // capacity is max_url_size: it always fits
  return {};
}

// The last Direct URL started, with what it was started from. Rows of a batch usually share
// the org name, utility and environment: the link is cleared and used again, and the org
// name is not checked again.
struct DirectStart {
  std::string utility_text;  // the last utility id parsed, and what it gave
  std::optional<leap::Utility> parsed;
  std::string org;
  leap::Utility utility{};
  leap::Environment environment{};
  std::optional<leap::DirectUrl> link;

  // leap::parse_utility(id), from the last call's result when the id is the same.
  std::optional<leap::Utility> parse_utility(std::string_view id) {
    if (id != utility_text) {  // starts as "" and nullopt: what parse_utility("") gives
      utility_text.assign(id);
      parsed = leap::parse_utility(id);
    }
    return parsed;
  }

  // A link for these, holding no refId and no params; null with `status` set when they are
  // refused.
  leap::DirectUrl* start(std::string_view org_name, leap::Utility u, leap::Environment e, leap::Status& status) {
    if (link && u == utility && e == environment && org_name == org) {
      link->clear_ref_id().clear_redirect_params();
      return &*link;
    }
    link = leap::DirectUrl::make(org_name, u, e, status);
    if (!link) return nullptr;
    org.assign(org_name);
    utility = u;
    environment = e;
    return &*link;
  }
};

inline std::string build_direct(const LinkRequest& request, leap::CustomerClass customer,
                                std::optional<leap::TransmissionRegion> region, char* buffer, std::size_t capacity,
                                Built& out, DirectStart& started) {
  if (request.utility.empty()) return "utility id: is missing (a Direct to Utility URL needs one)";
  const std::optional<leap::Utility> utility = started.parse_utility(request.utility);
  if (!utility) return "utility id: is not " + utility_ids();
  if (region) {
    const leap::LinkChoice choice = leap::choose_link(*region, customer, utility);
    if (choice.kind != leap::LinkKind::direct) return std::string(choice.reason);
  } else if (!leap::direct_url_allowed(customer)) {
    return std::string(leap::direct_url_refusal(customer));
  }
  leap::Status status;
  leap::DirectUrl* link = started.start(
      request.org, *utility, request.staging ? leap::Environment::staging : leap::Environment::production, status);
  if (link == nullptr) return status.message();
  out.kind = leap::LinkKind::direct;
  return finish(*link, request, buffer, capacity, out);
}

inline std::string build_connect(const LinkRequest& request, leap::TransmissionRegion region,
                                 std::optional<leap::ConnectVariant> default_variant, char* buffer,
                                 std::size_t capacity, Built& out) {
  if (request.staging) return "staging: Leap Connect has no staging host (production only)";
  leap::Status status;
  std::optional<leap::ConnectUrl> link = leap::ConnectUrl::make(request.org, region, status);
  if (!link) return status.message();
  if (!request.variant.empty()) {
    const std::optional<leap::ConnectVariant> variant = leap::parse_variant(request.variant);
    if (!variant) return "variant: is not " + variant_ids();
    link->set_variant(*variant, status);
  }
  if (!request.program.empty()) {
    const std::optional<leap::ConnectProgram> program = leap::parse_program(request.program);
    if (!program) return "program: is not " + program_ids();
    link->set_program(*program, status);
  }
  if (request.variant.empty() && request.program.empty() && default_variant)
    link->set_variant(*default_variant, status);
  if (status.failed()) return status.message();
  out.kind = leap::LinkKind::connect;
  return finish(*link, request, buffer, capacity, out);
}

}  // namespace links_detail

// Builds the link `request` describes into `buffer` (at least leap::max_url_size bytes).
// Returns "" on success, or why it cannot be built (the library's message where it has one).
// `started` keeps the last Direct URL started, for the next call (see DirectStart).
inline std::string build_link(const LinkRequest& request, char* buffer, std::size_t capacity, Built& out,
                              links_detail::DirectStart& started) {
  leap::CustomerClass customer = leap::CustomerClass::residential;
  if (!request.customer.empty()) {
    const std::optional<leap::CustomerClass> parsed = leap::parse_customer_class(request.customer);
    if (!parsed) return "customer: is not residential or commercial";
    customer = *parsed;
  }
  std::optional<leap::TransmissionRegion> region;
  if (!request.region.empty()) {
    region = leap::parse_region(request.region);
    if (!region) return "transmission region: is not " + region_ids();
  }
  switch (request.flow) {
    case Flow::direct: return links_detail::build_direct(request, customer, region, buffer, capacity, out, started);
    case Flow::connect: {
      if (!region) return "transmission region: is missing (a Leap Connect link needs one)";
      const std::optional<leap::ConnectVariant> variant =
          customer == leap::CustomerClass::commercial ? std::optional(leap::ConnectVariant::commercial) : std::nullopt;
      return links_detail::build_connect(request, *region, variant, buffer, capacity, out);
    }
    case Flow::automatic: {
      if (!region) return "transmission region: is missing (choosing the link needs it)";
      std::optional<leap::Utility> utility;
      if (!request.utility.empty()) {
        utility = started.parse_utility(request.utility);
        if (!utility) return "utility id: is not " + utility_ids();
      }
      const leap::LinkChoice choice = leap::choose_link(*region, customer, utility);
      out.reason = choice.reason;
      if (choice.kind == leap::LinkKind::direct) {
        return links_detail::build_direct(request, customer, region, buffer, capacity, out, started);
      }
      return links_detail::build_connect(request, *region, choice.variant, buffer, capacity, out);
    }
  }
  return "flow: is not direct, connect or auto";
}

// The same, for one link.
inline std::string build_link(const LinkRequest& request, char* buffer, std::size_t capacity, Built& out) {
  links_detail::DirectStart started;
  return build_link(request, buffer, capacity, out, started);
}

}  // namespace tool

#endif  // LEAP_TOOLS_LINKS_HPP
