// SPDX-License-Identifier: MIT
// A CGI program for both ends of a partner's Leap round trip, behind a web server that
// authenticates the user (it sets REMOTE_USER, as lighttpd's mod_auth or Apache's do):
//
//   GET .../redirect_handler/connect?region=CAISO&customer=residential[&utility=sce][&campaign=x]
//       picks the link with leap::choose_link, with refId = the signed-in user and a fresh
//       random `state` that is also set in a cookie, and answers 302 to Leap.
//   GET .../redirect_handler/done?refId=...&state=...   (the final redirect, configured in
//       Leap's Partner Portal) shows "connected" only when the refId is the signed-in user
//       and `state` is the one this browser's cookie holds; the cookie is then cleared, so a
//       replayed redirect is refused. Anything else is 400 with a page that echoes nothing.
//
// Everything in the final redirect is untrusted: anyone can send that request. Only the
// params this partner expects are shown (an allow-list), and each is HTML-escaped.
// examples/partner_server/ is the same round trip as a stand-alone C++ web server.
#include <leap/leap.hpp>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include "support/html.hpp"

namespace {

constexpr std::string_view partner_org = "ElectricSpaceships";  // your Leap partner name
constexpr std::string_view state_cookie = "leap_state";
constexpr std::string_view shown_params[] = {"campaign"};  // the custom params this partner shows
// Larger than any link Leap could have restored (8,000 bytes), with room to spare.
constexpr std::size_t max_query_size = std::size_t{16} * 1024;

std::string_view env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

void respond(std::string_view status, std::string_view title, const std::string& body,
             std::string_view extra_headers = {}) {
  std::cout << "Status: " << status << "\r\n"
            << "Content-Type: text/html; charset=utf-8\r\n"
            << "Cache-Control: no-store\r\n"
            << "X-Content-Type-Options: nosniff\r\n"
            << "Content-Security-Policy: default-src 'none'\r\n"
            << extra_headers << "\r\n"
            << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" << title
            << "</title></head>\n<body>\n<h1>" << title << "</h1>\n"
            << body << "</body></html>\n";
}

int refuse(std::string_view why) {
  respond("400 Bad Request", "Not connected", "<p>" + std::string(why) + "</p>\n");
  return 0;
}

// The value of cookie `name` in a Cookie header ("a=1; leap_state=..."), if any.
std::optional<std::string_view> cookie(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    const std::size_t end = header.find(';');
    std::string_view pair = header.substr(0, end);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.size() > name.size() && pair.substr(0, name.size()) == name && pair[name.size()] == '=') {
      return pair.substr(name.size() + 1);
    }
    if (end == std::string_view::npos) break;
    header.remove_prefix(end + 1);
  }
  return std::nullopt;
}

std::string cookie_header(std::string_view value, std::string_view max_age) {
  return "Set-Cookie: " + std::string(state_cookie) + "=" + std::string(value) + "; Max-Age=" + std::string(max_age) +
         "; Path=/; HttpOnly; Secure; SameSite=Lax\r\n";
}

// GET /connect: the link for the signed-in user.
int connect(std::string_view user, std::string_view query) {
  leap::Status status;
  const std::optional<leap::FinalRedirect> form = leap::parse_redirect_query(query, status);  // any form query
  if (!form) return refuse("The form is malformed.");
  std::optional<leap::TransmissionRegion> region;
  std::optional<leap::CustomerClass> customer;
  std::optional<leap::Utility> utility;
  std::string campaign;
  for (const leap::RedirectParam& field : form->params) {
    if (field.key == "region") region = leap::parse_region(field.value);
    if (field.key == "customer") customer = leap::parse_customer_class(field.value);
    if (field.key == "utility" && !field.value.empty()) utility = leap::parse_utility(field.value);
    if (field.key == "campaign") campaign = field.value;
  }
  if (!region || !customer) return refuse("Choose a region and a customer class.");

  const std::string state = example::random_token();
  const leap::LinkChoice choice = leap::choose_link(*region, *customer, utility);
  std::string link;
  const auto add_fields = [&](auto& url) {
    url.set_ref_id(user, status).add_redirect_param("state", state, status);
    if (!campaign.empty()) url.add_redirect_param("campaign", campaign, status);
    if (status.ok()) link = url.str();
  };
  if (choice.kind == leap::LinkKind::direct) {
    if (auto url = leap::DirectUrl::make(partner_org, *utility, status)) add_fields(*url);
  } else if (auto url = leap::ConnectUrl::make(partner_org, *region, status)) {
    if (choice.variant) url->set_variant(*choice.variant, status);
    add_fields(*url);
  }
  if (status.failed()) return refuse("This account cannot be linked.");  // e.g. a user id that is no refId
  std::cout << "Status: 302 Found\r\nLocation: " << link << "\r\n"
            << cookie_header(state, "3600") << "Cache-Control: no-store\r\n\r\n";
  return 0;
}

// GET /done: Leap's final redirect.
int done(std::string_view user, std::string_view query) {
  leap::Status status;
  const std::optional<leap::FinalRedirect> back = leap::parse_redirect_query(query, status);
  // The reason stays in the log, never in the page: nothing from the request is echoed.
  if (!back) return refuse("This link is malformed.");
  if (!back->ref_id) return refuse("This link names no customer.");
  if (*back->ref_id != user) return refuse("This link was made for someone else.");
  const std::optional<std::string_view> expected = cookie(env("HTTP_COOKIE"), state_cookie);
  int states = 0;
  bool state_matches = false;
  for (const leap::RedirectParam& param : back->params) {
    if (param.key != "state") continue;
    ++states;
    state_matches = expected && !expected->empty() && param.value == *expected;
  }
  if (states != 1 || !state_matches) return refuse("This link does not belong to this browser session.");

  std::string body = "<p>Thank you, " + example::html_escape(user) + ": your utility account is now connected.</p>\n";
  for (const leap::RedirectParam& param : back->params) {
    for (std::string_view shown : shown_params) {
      if (param.key == shown)
        body += "<p>" + example::html_escape(param.key) + ": " + example::html_escape(param.value) + "</p>\n";
    }
  }
  respond("200 OK", "Connected", body, cookie_header("", "0"));  // used once: a replay finds no state
  return 0;
}

}  // namespace

int main() {
  const std::string_view query = env("QUERY_STRING");
  if (query.size() > max_query_size) {
    respond("414 URI Too Long", "Request too long", "<p>The link is longer than any link we send.</p>\n");
    return 0;
  }
  const std::string_view user = env("REMOTE_USER");  // set by the server once it has authenticated the user
  if (user.empty()) {
    respond("401 Unauthorized", "Sign in first", "<p>Sign in, then follow the link again.</p>\n");
    return 0;
  }
  const std::string_view route = env("PATH_INFO");
  if (route == "/connect") return connect(user, query);
  if (route == "/done") return done(user, query);
  respond("404 Not Found", "Not found", "<p>There is no such page.</p>\n");
  return 0;
}
