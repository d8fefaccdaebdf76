// SPDX-License-Identifier: MIT
// partner_server: a partner's web server for the whole Leap round trip, on cpp-httplib.
//
//   partner_server --listen 127.0.0.1:8080 --org ElectricSpaceships
//
//   GET /login?user=ID    signs ID in (a stand-in for your real login): a random session id
//                         in an HttpOnly, SameSite=Lax cookie, then 303 to /.
//   GET /                 the signed-in user's page: region, customer class, utility (or
//                         "not known") and a "Connect my utility" button.
//   GET /connect?region=CAISO&customer=residential[&utility=sce][&campaign=...]
//                         picks the link with Leap's rule (leap::choose_link), with refId =
//                         the user id and a fresh random `state` kept in the session and sent
//                         in additional_redirect_params; answers 302 to Leap. 401 without a
//                         session.
//   GET /leap/done?...    Leap's final redirect (set it in Leap's Partner Portal): read with
//                         leap::parse_redirect_query; "connected" only when there is a session,
//                         the refId is its user's id and `state` is one this session is
//                         waiting for (then used up: a replay is refused); 400 otherwise,
//                         with a page that echoes nothing from the query.
//
// Everything in the final redirect is untrusted: anyone can send that request (Leap's page
// says so). In production, serve this behind TLS and add `Secure` to the cookie.
#include <httplib.h>
#include <leap/leap.hpp>

#include <cstdlib>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "../support/html.hpp"

namespace {

constexpr std::size_t max_pending_states = 8;  // links a user may have open at once

struct Session {
  std::string user;
  std::set<std::string> pending_states;  // sent in a link, not yet seen back
};

// Sessions by id. httplib serves requests on several threads.
class Sessions {
 public:
  std::string open(const std::string& user) {
    std::string id = example::random_token();
    const std::lock_guard<std::mutex> lock(mutex_);
    sessions_[id] = Session{user, {}};
    return id;
  }
  std::optional<std::string> user(const std::string& id) {
    const std::lock_guard<std::mutex> lock(mutex_);
    const auto found = sessions_.find(id);
    if (found == sessions_.end()) return std::nullopt;
    return found->second.user;
  }
  // A fresh state for a new link.
  std::string add_state(const std::string& id) {
    std::string state = example::random_token();
    const std::lock_guard<std::mutex> lock(mutex_);
    std::set<std::string>& pending = sessions_[id].pending_states;
    if (pending.size() >= max_pending_states) pending.erase(pending.begin());
    pending.insert(state);
    return state;
  }
  // True, once, for a state this session is waiting for.
  bool use_state(const std::string& id, const std::string& state) {
    const std::lock_guard<std::mutex> lock(mutex_);
    const auto found = sessions_.find(id);
    return found != sessions_.end() && found->second.pending_states.erase(state) == 1;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, Session> sessions_;
};

std::string session_id(const httplib::Request& request) {
  const std::string cookies = request.get_header_value("Cookie");
  std::string_view rest = cookies;
  while (!rest.empty()) {
    const std::size_t end = rest.find(';');
    std::string_view pair = rest.substr(0, end);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.substr(0, 8) == "session=") return std::string(pair.substr(8));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return {};
}

void page(httplib::Response& response, int status, std::string_view title, const std::string& body) {
  response.status = status;
  response.set_header("Cache-Control", "no-store");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_content("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + std::string(title) +
                           "</title></head>\n<body>\n<h1>" + std::string(title) + "</h1>\n" + body + "</body></html>\n",
                       "text/html; charset=utf-8");
}

void refuse(httplib::Response& response, std::string_view why) {
  page(response, 400, "Not connected", "<p id=\"refused\">" + std::string(why) + "</p>\n");
}

bool valid_user_id(std::string_view user) {
  if (user.empty() || user.size() > 64) return false;
  for (char c : user) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

std::string options(std::string_view name, const std::string& list) {
  return "<label>" + std::string(name) + " <select name=\"" + std::string(name) + "\">" + list + "</select></label>\n";
}

std::string home_page(const std::string& user) {
  std::string regions;
  for (leap::TransmissionRegion region : leap::all_regions) {
    regions += "<option>" + std::string(leap::region_id(region)) + "</option>";
  }
  std::string customers;
  for (leap::CustomerClass customer : {leap::CustomerClass::residential, leap::CustomerClass::commercial}) {
    customers += "<option>" + std::string(leap::customer_class_name(customer)) + "</option>";
  }
  std::string utilities = "<option value=\"\">not known</option>";
  for (leap::Utility utility : leap::all_utilities) {
    if (!leap::is_utility_available(utility, leap::Environment::production)) continue;
    utilities += "<option value=\"" + std::string(leap::utility_id(utility)) + "\">" +
                 example::html_escape(leap::utility_name(utility)) + "</option>";
  }
  return "<p>Signed in as <b id=\"user\">" + example::html_escape(user) + "</b>.</p>\n" +
         "<form method=\"get\" action=\"/connect\">\n" + options("region", regions) + options("customer", customers) +
         options("utility", utilities) +
         "<button id=\"connect\" type=\"submit\">Connect my utility</button>\n</form>\n";
}

// The link for `user`, with `state` and an optional campaign, as Leap's rule chooses.
std::optional<std::string> link_for(const std::string& org, const std::string& user, const std::string& state,
                                    const std::string& campaign, leap::TransmissionRegion region,
                                    leap::CustomerClass customer, std::optional<leap::Utility> utility) {
  leap::Status status;
  const leap::LinkChoice choice = leap::choose_link(region, customer, utility);
  const auto finish = [&](auto& link) -> std::optional<std::string> {
    link.set_ref_id(user, status).add_redirect_param("state", state, status);
    if (!campaign.empty()) link.add_redirect_param("campaign", campaign, status);
    if (status.failed()) return std::nullopt;
    return link.str();
  };
  if (choice.kind == leap::LinkKind::direct) {
    std::optional<leap::DirectUrl> link = leap::DirectUrl::make(org, *utility, status);
    return link ? finish(*link) : std::nullopt;
  }
  std::optional<leap::ConnectUrl> link = leap::ConnectUrl::make(org, region, status);
  if (link && choice.variant) link->set_variant(*choice.variant, status);
  return link ? finish(*link) : std::nullopt;
}

int usage(const char* message) {
  std::cerr << "partner_server: " << message << "\nusage: partner_server --listen HOST:PORT --org NAME\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string listen;
  std::string org;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view option = argv[i];
    if (option == "--listen") {
      listen = argv[i + 1];
    } else if (option == "--org") {
      org = argv[i + 1];
    } else {
      return usage("unknown option");
    }
  }
  const std::size_t colon = listen.rfind(':');
  if (argc % 2 == 0 || colon == std::string::npos || org.empty()) return usage("--listen and --org are needed");
  if (!leap::is_valid_org_name(org)) return usage("--org is not a valid Leap partner name");
  const std::string host = listen.substr(0, colon);
  const int port = std::atoi(listen.c_str() + colon + 1);

  Sessions sessions;
  httplib::Server server;

  server.Get("/login", [&](const httplib::Request& request, httplib::Response& response) {
    const std::string user = request.get_param_value("user");
    if (!valid_user_id(user)) return refuse(response, "Choose a user id of letters, digits, - and _.");
    response.set_header("Set-Cookie", "session=" + sessions.open(user) + "; Path=/; HttpOnly; SameSite=Lax");
    response.set_redirect("/", 303);
  });

  server.Get("/", [&](const httplib::Request& request, httplib::Response& response) {
    const std::optional<std::string> user = sessions.user(session_id(request));
    if (!user) return page(response, 401, "Sign in first", "<p>Sign in at /login?user=ID.</p>\n");
    page(response, 200, "Your account", home_page(*user));
  });

  server.Get("/connect", [&](const httplib::Request& request, httplib::Response& response) {
    const std::string id = session_id(request);
    const std::optional<std::string> user = sessions.user(id);
    if (!user) return page(response, 401, "Sign in first", "<p>Sign in at /login?user=ID.</p>\n");
    const std::optional<leap::TransmissionRegion> region = leap::parse_region(request.get_param_value("region"));
    const std::optional<leap::CustomerClass> customer = leap::parse_customer_class(request.get_param_value("customer"));
    const std::string utility_id = request.get_param_value("utility");
    const std::optional<leap::Utility> utility = leap::parse_utility(utility_id);
    if (!region || !customer || (!utility_id.empty() && !utility)) {
      return refuse(response, "Choose a region, a customer class and a utility from the lists.");
    }
    const std::optional<std::string> link =
        link_for(org, *user, sessions.add_state(id), request.get_param_value("campaign"), *region, *customer, utility);
    if (!link) return refuse(response, "This account cannot be linked.");
    response.set_header("Cache-Control", "no-store");
    response.set_redirect(*link, 302);
  });

  server.Get("/leap/done", [&](const httplib::Request& request, httplib::Response& response) {
    // The raw query, as the browser sent it: httplib's own decoding is not Leap's.
    const std::size_t question = request.target.find('?');
    const std::string_view query =
        question == std::string::npos ? std::string_view{} : std::string_view(request.target).substr(question + 1);
    leap::Status status;
    const std::optional<leap::FinalRedirect> back = leap::parse_redirect_query(query, status);
    if (!back) return refuse(response, "This link is malformed.");  // the reason is for your log, not the page
    const std::string id = session_id(request);
    const std::optional<std::string> user = sessions.user(id);
    if (!user) return refuse(response, "Sign in, then follow the link again.");
    if (!back->ref_id || *back->ref_id != *user) return refuse(response, "This link was made for someone else.");
    const leap::RedirectParam* state = nullptr;
    for (const leap::RedirectParam& param : back->params) {
      if (param.key != "state") continue;
      if (state != nullptr) return refuse(response, "This link does not belong to this session.");
      state = &param;
    }
    if (state == nullptr || !sessions.use_state(id, state->value)) {
      return refuse(response, "This link does not belong to this session.");
    }
    page(response, 200, "Connected",
         "<p id=\"connected\">Thank you, " + example::html_escape(*user) +
             ": your utility account is now connected.</p>\n");
  });

  std::cout << "partner_server: listening on " << host << ':' << port << std::endl;
  if (!server.listen(host, port)) {
    std::cerr << "partner_server: cannot listen on " << listen << '\n';
    return 1;
  }
  return 0;
}
