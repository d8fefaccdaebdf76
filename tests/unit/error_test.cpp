// SPDX-License-Identifier: MIT
#include <leap/error.hpp>

#include <set>
#include <string>

#include "support.hpp"

namespace {
constexpr int first_errc = static_cast<int>(leap::Errc::invalid_org_name);
constexpr int last_errc = static_cast<int>(leap::Errc::unknown_region);
}  // namespace

TEST_CASE("the Errc values start at 1, so a default error_code means success") {
  CHECK(first_errc == 1);
  CHECK(last_errc == 14);
  CHECK_FALSE(std::error_code{});
}

TEST_CASE("every Errc has its own name and message, in leap's category") {
  std::set<std::string> names;
  std::set<std::string> messages;
  for (int value = first_errc; value <= last_errc; ++value) {
    const auto code = static_cast<leap::Errc>(value);
    const std::error_code ec = code;
    CHECK(ec.category() == leap::error_category());
    CHECK(ec.value() == value);
    CHECK(ec == code);
    names.insert(std::string(leap::errc_name(code)));
    messages.insert(ec.message());
  }
  CHECK(names.size() == 14);
  CHECK(messages.size() == 14);
  CHECK(names.count("") == 0);
  CHECK(std::string(leap::error_category().name()) == "leap.direct_url");
  CHECK(leap::errc_name(leap::Errc::ref_id_too_long) == "ref_id_too_long");
  CHECK(leap::errc_name(leap::Errc::variant_not_available) == "variant_not_available");
  CHECK(leap::errc_name(leap::Errc::unknown_region) == "unknown_region");
}

TEST_CASE("a value that is not an Errc has no name") {
  CHECK(leap::errc_name(static_cast<leap::Errc>(0)).empty());
  CHECK(leap::errc_name(static_cast<leap::Errc>(99)).empty());
  CHECK_FALSE(leap::error_category().message(99).empty());
}

TEST_CASE("every leap error is a kind of std::errc::invalid_argument") {
  const std::error_code ec = leap::Errc::url_too_long;
  CHECK(ec == std::errc::invalid_argument);
  CHECK(ec != std::errc::no_such_file_or_directory);
}

TEST_CASE("UrlError's what() is its message alone, and code() holds the Errc") {
  const leap::UrlError error(leap::Errc::invalid_ref_id, "refId: byte 3 is a control character (0x0A)");
  CHECK(std::string(error.what()) == "refId: byte 3 is a control character (0x0A)");
  CHECK(error.code() == leap::Errc::invalid_ref_id);
  CHECK(error.errc() == leap::Errc::invalid_ref_id);
  const std::system_error& base = error;
  CHECK(std::string(base.what()) == "refId: byte 3 is a control character (0x0A)");
}

TEST_CASE("a copied UrlError keeps its message and code") {
  const leap::UrlError error(leap::Errc::url_too_long, "url: would be too long");
  const leap::UrlError copy = error;  // NOLINT(performance-unnecessary-copy-initialization)
  CHECK(std::string(copy.what()) == "url: would be too long");
  CHECK(copy.code() == leap::Errc::url_too_long);
}
