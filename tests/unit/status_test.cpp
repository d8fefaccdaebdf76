// SPDX-License-Identifier: MIT
#include <leap/status.hpp>

#include <functional>
#include <string>
#include <vector>

#include "support.hpp"

using leap::ConnectUrl;
using leap::DirectUrl;
using leap::Errc;

namespace {

std::error_code code_of(const std::error_code& ec) { return ec; }
std::error_code code_of(const leap::Status& status) { return status.code(); }

// One mutator of a link, given a value that passes or one that fails, with an error slot.
template <class Link, class Slot>
struct Mutator {
  const char* name;
  std::function<void(Link&, Slot&)> good;
  std::function<void(Link&, Slot&)> bad;
  Errc bad_errc;
};

template <class Slot>
std::vector<Mutator<DirectUrl, Slot>> direct_mutators() {
  return {
      {"set_ref_id", [](DirectUrl& u, Slot& s) { u.set_ref_id("cust-1", s); },
       [](DirectUrl& u, Slot& s) { u.set_ref_id("bad\nid", s); }, Errc::invalid_ref_id},
      {"add_redirect_param", [](DirectUrl& u, Slot& s) { u.add_redirect_param("state", "x", s); },
       [](DirectUrl& u, Slot& s) { u.add_redirect_param("REFID", "x", s); }, Errc::reserved_param_key},
  };
}

template <class Slot>
std::vector<Mutator<ConnectUrl, Slot>> connect_mutators() {
  return {
      {"set_ref_id", [](ConnectUrl& u, Slot& s) { u.set_ref_id("cust-1", s); },
       [](ConnectUrl& u, Slot& s) { u.set_ref_id(std::string(256, 'x'), s); }, Errc::ref_id_too_long},
      {"add_redirect_param", [](ConnectUrl& u, Slot& s) { u.add_redirect_param("state", "x", s); },
       [](ConnectUrl& u, Slot& s) { u.add_redirect_param("", "x", s); }, Errc::invalid_param_key},
      {"set_variant", [](ConnectUrl& u, Slot& s) { u.set_variant(leap::ConnectVariant::commercial, s); },
       [](ConnectUrl& u, Slot& s) { u.set_variant(leap::ConnectVariant::commercial_agreements_only, s); },
       Errc::variant_not_available},
      {"set_program", [](ConnectUrl& u, Slot& s) { u.set_program(leap::ConnectProgram::pse_rpo, s); },
       [](ConnectUrl& u, Slot& s) { u.set_program(static_cast<leap::ConnectProgram>(9), s); },
       Errc::variant_not_available},
  };
}

// For every pair of mutators: the first fails, the second would succeed on its own. The
// chain must end with the first error, and the second call must have done nothing.
template <class Link, class Slot>
void check_chains(const Link& start, const std::vector<Mutator<Link, Slot>>& mutators) {
  for (const auto& first : mutators) {
    for (const auto& second : mutators) {
      INFO(first.name << " (failing), then " << second.name);
      Link link = start;
      Slot slot{};
      first.bad(link, slot);
      CHECK(code_of(slot) == first.bad_errc);
      second.good(link, slot);
      CHECK(code_of(slot) == first.bad_errc);
      CHECK(link == start);

      Link alone = start;  // the second call on its own does change the link
      Slot fresh{};
      second.good(alone, fresh);
      CHECK(!code_of(fresh));
      CHECK(alone != start);
    }
  }
}

}  // namespace

TEST_CASE("a new Status is ok, with no code and no message") {
  const leap::Status status;
  CHECK(status.ok());
  CHECK_FALSE(status.failed());
  CHECK(status.errc() == Errc{});
  CHECK(!status.code());
  CHECK(status.message().empty());
}

TEST_CASE("a failed Status holds the code and the message, until cleared") {
  leap::Status status(Errc::invalid_ref_id, "refId: is empty");
  CHECK(status.failed());
  CHECK(status.code() == Errc::invalid_ref_id);
  CHECK(status.message() == "refId: is empty");
  status.clear();
  CHECK(status.ok());
  CHECK(status.message().empty());
}

TEST_CASE("a chain of DirectUrl mutators never ends looking successful when one failed (error_code)") {
  check_chains(DirectUrl("Acme", leap::Utility::sce), direct_mutators<std::error_code>());
}

TEST_CASE("a chain of DirectUrl mutators never ends looking successful when one failed (Status)") {
  check_chains(DirectUrl("Acme", leap::Utility::sce), direct_mutators<leap::Status>());
}

TEST_CASE("a chain of ConnectUrl mutators never ends looking successful when one failed (error_code)") {
  check_chains(ConnectUrl("Acme", leap::TransmissionRegion::caiso), connect_mutators<std::error_code>());
}

TEST_CASE("a chain of ConnectUrl mutators never ends looking successful when one failed (Status)") {
  check_chains(ConnectUrl("Acme", leap::TransmissionRegion::caiso), connect_mutators<leap::Status>());
}

TEST_CASE("the chain from the issue keeps the first error and the URL unchanged") {
  std::error_code ec;
  auto url = DirectUrl::make("Acme", leap::Utility::sce, ec);
  REQUIRE(url);
  url->set_ref_id("bad\nid", ec).add_redirect_param("a", "b", ec);
  CHECK(ec == Errc::invalid_ref_id);
  CHECK(*url == DirectUrl("Acme", leap::Utility::sce));
}

TEST_CASE("a failed chain keeps the message of the call that failed first") {
  leap::Status status;
  DirectUrl url("Acme", leap::Utility::sce);
  url.set_ref_id("ok", status).add_redirect_param("a", "\x01", status).set_ref_id("", status);
  CHECK(status.errc() == Errc::invalid_param_value);
  CHECK(status.message() == "param value: byte 0 is a control character (0x01)");
  CHECK(url.ref_id() == std::optional<std::string_view>("ok"));
  CHECK(url.redirect_params().empty());
}

TEST_CASE("factories and readers given a slot that holds an error do nothing and keep it") {
  std::error_code ec = Errc::invalid_ref_id;
  CHECK_FALSE(DirectUrl::make("Acme", leap::Utility::sce, ec));
  CHECK_FALSE(ConnectUrl::make("Acme", leap::TransmissionRegion::pjm, ec));
  CHECK_FALSE(DirectUrl::parse("https://www.addleap.com/Acme/sce/getting-started", ec));
  CHECK_FALSE(ConnectUrl::parse("https://connect.leap.energy?transmissionRegion=PJM&account=Acme", ec));
  CHECK_FALSE(leap::percent_decode("a", ec));
  CHECK_FALSE(leap::parse_redirect_query("refId=1", ec));
  CHECK_FALSE(leap::parse_final_redirect("refId=1", ec));
  CHECK(ec == Errc::invalid_ref_id);

  leap::Status status(Errc::url_too_long, "first");
  CHECK_FALSE(DirectUrl::parse("https://www.addleap.com/Acme/sce/getting-started", status));
  CHECK_FALSE(leap::parse_redirect_query("refId=1", status));
  CHECK(status.message() == "first");
  status.clear();
  CHECK(DirectUrl::parse("https://www.addleap.com/Acme/sce/getting-started", status));
  CHECK(status.ok());
}

TEST_CASE("an error_code of another category also stops the calls that follow") {
  std::error_code ec = std::make_error_code(std::errc::io_error);
  DirectUrl url("Acme", leap::Utility::sce);
  url.set_ref_id("r", ec);
  CHECK(ec == std::errc::io_error);
  CHECK_FALSE(url.ref_id().has_value());
}
