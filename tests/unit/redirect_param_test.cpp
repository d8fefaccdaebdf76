// SPDX-License-Identifier: MIT
#include <leap/redirect_param.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

#include "support.hpp"

TEST_CASE("redirect params are equal when key and value are equal byte for byte") {
  const leap::RedirectParam a{"state", "abc"};
  CHECK(a == leap::RedirectParam{"state", "abc"});
  CHECK_FALSE(a != leap::RedirectParam{"state", "abc"});
  CHECK(a != leap::RedirectParam{"State", "abc"});
  CHECK(a != leap::RedirectParam{"state", "abd"});
  CHECK(a != leap::RedirectParam{"state", ""});
}

TEST_CASE("a view compares with views and owning params, and converts to an owning param") {
  const leap::RedirectParamView view{"state", "abc"};
  CHECK(view == leap::RedirectParamView{"state", "abc"});
  CHECK(view != leap::RedirectParamView{"state", "ab"});
  CHECK(view == leap::RedirectParam{"state", "abc"});
  CHECK(leap::RedirectParam{"state", "abc"} == view);
  CHECK(view != leap::RedirectParam{"stat", "eabc"});
  const leap::RedirectParam owned = view;
  CHECK(owned.key == "state");
  CHECK(owned.value == "abc");
}

TEST_CASE("a link's params read back in order, as views, as a vector, and by iterator") {
  leap::DirectUrl url("Acme", leap::Utility::sce);
  url.add_redirect_param("b", "2").add_redirect_param("a", "").add_redirect_param(std::string(300, 'k'), "v v");
  const leap::RedirectParams params = url.redirect_params();
  CHECK(params.size() == 3);
  CHECK_FALSE(params.empty());
  CHECK(params.front() == leap::RedirectParam{"b", "2"});
  const std::vector<leap::RedirectParam> expected{{"b", "2"}, {"a", ""}, {std::string(300, 'k'), "v v"}};
  CHECK(params == expected);
  CHECK(expected == params);
  CHECK(params.to_vector() == expected);
  const std::vector<leap::RedirectParam> converted = params;  // code written for 0.1's vector
  CHECK(converted == expected);
  auto it = params.begin();
  CHECK((*it).key == "b");
  CHECK((*++it).key == "a");
  CHECK((*it++).key == "a");
  CHECK((*it).value == "v v");
  CHECK(++it == params.end());
  std::size_t count = 0;
  for (const leap::RedirectParam& param : url.redirect_params()) count += param.key.size();  // 0.1's loop
  CHECK(count == 302);
}

TEST_CASE("code written for 0.1's vector of params keeps compiling and reads the same") {
  leap::DirectUrl url("Acme", leap::Utility::sce);
  url.add_redirect_param("b", "2").add_redirect_param("a", "").add_redirect_param("c", "v v");
  const auto params = url.redirect_params();
  CHECK(params[0] == leap::RedirectParam{"b", "2"});
  CHECK(params[2] == leap::RedirectParam{"c", "v v"});
  CHECK(params.at(1) == leap::RedirectParam{"a", ""});
  CHECK(params.back() == leap::RedirectParam{"c", "v v"});
  CHECK_THROWS_AS((void)params.at(3), std::out_of_range);
  std::string key = params.front().key;  // a key was a std::string
  CHECK(key == "b");
  key = params.back().value;
  CHECK(key == "v v");
  const leap::RedirectParam copy{params[1].key, params[1].value};
  CHECK(copy == leap::RedirectParam{"a", ""});
  const std::string_view view = params[2].key;  // and it is a view, without a copy
  CHECK(view.data() == params[2].key.data());
  CHECK(params[0].key == params[0].key);
  CHECK(params[0].key != params[1].key);
  CHECK(params[0].key == std::string("b"));
}

TEST_CASE("param ranges are equal when they hold the same params in the same order") {
  leap::DirectUrl a("Acme", leap::Utility::sce);
  leap::DirectUrl b("Other", leap::Utility::pge);
  a.add_redirect_param("k", "v");
  b.add_redirect_param("k", "v");
  CHECK(a.redirect_params() == b.redirect_params());
  b.add_redirect_param("x", "");
  CHECK(a.redirect_params() != b.redirect_params());
  CHECK(a.redirect_params() != std::vector<leap::RedirectParam>{});
  CHECK(leap::RedirectParams{}.empty());
  CHECK(leap::RedirectParams{} == std::vector<leap::RedirectParam>{});
}
