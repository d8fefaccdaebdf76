// SPDX-License-Identifier: MIT
// Allocation-failure injection: for every public operation, make the 1st, 2nd, ... N-th
// allocation throw std::bad_alloc, for every N the operation reaches. Each call must either
// succeed or throw std::bad_alloc, and a failed call must leave its object exactly as it was.
// Leaks are ASan's and valgrind's to find (this program runs under both in CI).
#include <leap/direct_url.hpp>

#include <new>
#include <string>

#include "check.hpp"
#include "replaced_new.hpp"
#include "workloads.hpp"

namespace {
long faults_injected = 0;

// From now on, the n-th allocation throws std::bad_alloc.
void arm(long n) {
  replaced_new::allocations = 0;
  replaced_new::fail_at = static_cast<std::size_t>(n);
}
void disarm() { replaced_new::fail_at = 0; }

struct Outcome {
  bool threw = false;  // the armed allocation failed and bad_alloc came out
  bool ok = true;      // the result, or the untouched object, is as it must be
};

// Calls attempt(n) for n = 1, 2, ... until a call completes without reaching its n-th
// allocation. Each attempt sets up unarmed, arms n, runs the operation and checks.
template <class Attempt>
void inject(const char* name, Attempt attempt) {
  for (long n = 1; n < 100000; ++n) {
    Outcome outcome;
    try {
      outcome = attempt(n);
    } catch (...) {
      outcome.ok = false;  // anything but the bad_alloc the attempt catches itself
    }
    disarm();
    if (!outcome.ok) {
      std::printf("FAIL %s: wrong result, or object changed, with allocation %ld failing\n", name, n);
      ++check::failures;
      return;
    }
    if (!outcome.threw) {
      std::printf("%-40s %3ld allocation failures injected\n", name, n - 1);
      ++check::passes;
      return;
    }
    ++faults_injected;
  }
  std::printf("FAIL %s: never completed\n", name);
  ++check::failures;
}

// A change to a copy of `start`: on bad_alloc the copy must still equal `start`, byte for
// byte; on success it must equal `expected`.
template <class Link, class Change>
void inject_change(const char* name, const Link& start, const Link& expected, Change change) {
  inject(name, [&](long n) {
    Link url = start;
    Outcome outcome;
    arm(n);
    try {
      change(url);
    } catch (const std::bad_alloc&) {
      disarm();
      outcome.threw = true;
      outcome.ok = url == start && url.str() == start.str();
      return outcome;
    }
    disarm();
    outcome.ok = url == expected && url.str() == expected.str();
    return outcome;
  });
}

// An operation that makes a value: it either returns the right one or throws bad_alloc.
template <class Make, class Expected>
void inject_value(const char* name, Make make, const Expected& expected) {
  inject(name, [&](long n) {
    Outcome outcome;
    arm(n);
    try {
      auto value = make();
      disarm();
      outcome.ok = value == expected;
    } catch (const std::bad_alloc&) {
      disarm();
      outcome.threw = true;
    }
    return outcome;
  });
}

}  // namespace

int main() {
  const leap::DirectUrl w1 = workloads::w1_seed();
  const leap::DirectUrl w2 = workloads::w2_typical();
  const leap::DirectUrl w3 = workloads::w3_heavy();
  const std::string w3_text = w3.str();
  const std::string ref_id(200, 'r');
  leap::DirectUrl w2_with_ref = w2;
  w2_with_ref.set_ref_id(ref_id);
  leap::DirectUrl w3_with_param = w3;
  w3_with_param.add_redirect_param("one more key", "and a value long enough to allocate");

  inject_value(
      "constructor", [] { return leap::DirectUrl("ElectricSpaceshipsAndMore", leap::Utility::sce); },
      leap::DirectUrl("ElectricSpaceshipsAndMore", leap::Utility::sce));
  inject_value(
      "make",
      [] {
        std::error_code ec;
        return leap::DirectUrl::make("ElectricSpaceshipsAndMore", leap::Utility::sce, ec);
      },
      std::optional<leap::DirectUrl>(leap::DirectUrl("ElectricSpaceshipsAndMore", leap::Utility::sce)));
  inject_value(
      "copy constructor", [&] { return leap::DirectUrl(w3); }, w3);
  inject_value(
      "str", [&] { return w3.str(); }, w3_text);
  inject_value(
      "to_string", [&] { return leap::to_string(w2); }, w2.str());
  inject_value(
      "parse", [&] { return leap::DirectUrl::parse(w3_text); }, w3);
  inject_value(
      "parse (error_code)",
      [&] {
        std::error_code ec;
        return leap::DirectUrl::parse(w3_text, ec);
      },
      std::optional<leap::DirectUrl>(w3));
  inject_value(
      "percent_encode", [&] { return leap::percent_encode(w3_text); }, leap::percent_encode(w3_text));
  inject_value(
      "percent_decode", [&] { return leap::percent_decode(w3_text); }, leap::percent_decode(w3_text));
  inject_value(
      "percent_decode (error_code)",
      [&] {
        std::error_code ec;
        return leap::percent_decode(w3_text, ec);
      },
      std::optional<std::string>(leap::percent_decode(w3_text)));
  const std::string query = w3_text.substr(w3_text.find('?'));
  inject_value(
      "parse_final_redirect", [&] { return leap::parse_final_redirect(query); }, leap::parse_final_redirect(query));
  inject_value(
      "parse_redirect_query", [&] { return leap::parse_redirect_query(query.substr(1)); },
      leap::parse_final_redirect(query));
  inject_value(
      "parse_final_redirect (error_code)",
      [&] {
        std::error_code ec;
        return leap::parse_final_redirect(query, ec);
      },
      std::optional<leap::FinalRedirect>(leap::parse_final_redirect(query)));

  inject_change("set_ref_id", w2, w2_with_ref, [&](leap::DirectUrl& u) { u.set_ref_id(ref_id); });
  inject_change("set_ref_id (error_code)", w2, w2_with_ref, [&](leap::DirectUrl& u) {
    std::error_code ec;
    u.set_ref_id(ref_id, ec);
  });
  inject_change("add_redirect_param", w3, w3_with_param, [](leap::DirectUrl& u) {
    u.add_redirect_param("one more key", "and a value long enough to allocate");
  });
  inject_change("add_redirect_param (error_code)", w3, w3_with_param, [](leap::DirectUrl& u) {
    std::error_code ec;
    u.add_redirect_param("one more key", "and a value long enough to allocate", ec);
  });
  inject_change("copy assignment", w1, w3, [&](leap::DirectUrl& u) { u = w3; });

  // Leap Connect: the same operations, the same guarantees.
  leap::ConnectUrl connect("ElectricSpaceshipsAndMore", leap::TransmissionRegion::caiso);
  connect.set_variant(leap::ConnectVariant::commercial);
  leap::ConnectUrl connect_heavy = connect;
  for (const leap::RedirectParamView param : w3.redirect_params())
    connect_heavy.add_redirect_param(param.key, param.value);
  connect_heavy.set_ref_id(*w3.ref_id());
  const std::string connect_text = connect_heavy.str();
  leap::ConnectUrl connect_with_ref = connect;
  connect_with_ref.set_ref_id(ref_id);
  leap::ConnectUrl connect_with_param = connect_heavy;
  connect_with_param.add_redirect_param("one more key", "and a value long enough to allocate");
  inject_value(
      "ConnectUrl constructor",
      [] { return leap::ConnectUrl("ElectricSpaceshipsAndMore", leap::TransmissionRegion::caiso); },
      leap::ConnectUrl("ElectricSpaceshipsAndMore", leap::TransmissionRegion::caiso));
  inject_value(
      "ConnectUrl::make (Status)",
      [] {
        leap::Status status;
        return leap::ConnectUrl::make("ElectricSpaceshipsAndMore", leap::TransmissionRegion::caiso, status);
      },
      std::optional<leap::ConnectUrl>(leap::ConnectUrl("ElectricSpaceshipsAndMore", leap::TransmissionRegion::caiso)));
  inject_value(
      "ConnectUrl copy constructor", [&] { return leap::ConnectUrl(connect_heavy); }, connect_heavy);
  inject_value(
      "ConnectUrl str", [&] { return connect_heavy.str(); }, connect_text);
  inject_value(
      "ConnectUrl::parse", [&] { return leap::ConnectUrl::parse(connect_text); }, connect_heavy);
  inject_change("ConnectUrl set_ref_id", connect, connect_with_ref, [&](leap::ConnectUrl& u) { u.set_ref_id(ref_id); });
  inject_change("ConnectUrl add_redirect_param (Status)", connect_heavy, connect_with_param, [](leap::ConnectUrl& u) {
    leap::Status status;
    u.add_redirect_param("one more key", "and a value long enough to allocate", status);
  });
  inject_change("ConnectUrl copy assignment", connect, connect_heavy, [&](leap::ConnectUrl& u) { u = connect_heavy; });

  // A variant or program lengthens the link's fixed part, which can take the link past the
  // bytes it holds inline: find a refId long enough for that, then fail each allocation.
  bool spilled = false;
  for (std::size_t size = 1; size <= leap::max_ref_id_size && !spilled; ++size) {
    leap::ConnectUrl plain("ElectricSpaceshipsAndMore", leap::TransmissionRegion::pjm);
    plain.set_ref_id(std::string(size, 'r'));
    leap::ConnectUrl probe = plain;
    arm(1000000);  // counts, never fails
    probe.set_program(leap::ConnectProgram::pse_rpo);
    const std::size_t spills = replaced_new::allocations;
    disarm();
    if (spills == 0) continue;
    spilled = true;
    leap::ConnectUrl with_program = probe;
    leap::ConnectUrl with_variant = plain;
    with_variant.set_variant(leap::ConnectVariant::commercial_agreements_only);
    inject_change("ConnectUrl set_program (spills)", plain, with_program,
                  [](leap::ConnectUrl& u) { u.set_program(leap::ConnectProgram::pse_rpo); });
    inject_change("ConnectUrl set_variant (error_code)", plain, with_variant, [](leap::ConnectUrl& u) {
      std::error_code ec;
      u.set_variant(leap::ConnectVariant::commercial_agreements_only, ec);
    });
  }
  if (!spilled) {
    std::printf("FAIL no refId size makes set_program allocate: the spill case is not covered\n");
    ++check::failures;
  }
  inject_value(
      "Status from a failed call",
      [] {
        leap::Status status;
        (void)leap::DirectUrl::make("Electric Spaceships", leap::Utility::sce, status);
        return status.message();
      },
      std::string("org name: byte 8 is not one of A-Z a-z 0-9 - . _ (0x20)"));

  std::printf("%ld allocation failures injected in all\n", faults_injected);
  return check_summary();
}
