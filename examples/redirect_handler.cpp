// SPDX-License-Identifier: MIT
// A CGI program for the partner's final-redirect URL: Leap sends the customer back here
// after they authorize, with the refId and custom params in the query. It answers with a
// small thank-you page.
//
// Everything in the query is untrusted: anyone can send this request. Every value is
// HTML-escaped before it is shown, a malformed query gets 400 without any of it echoed,
// and an oversized one gets 414. A real handler would also authenticate the user (a
// session cookie, say) before trusting the refId to mean "this customer".
#include <leap/direct_url.hpp>

#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>

namespace {

// Escapes text for HTML element content and attribute values. Control bytes, which have no
// business in a page, become U+FFFD.
std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          out += "&#xFFFD;";
        } else {
          out += c;  // parse_final_redirect guarantees well-formed UTF-8
        }
    }
  }
  return out;
}

void respond(std::string_view status, std::string_view title, const std::string& body) {
  std::cout << "Status: " << status << "\r\n"
            << "Content-Type: text/html; charset=utf-8\r\n"
            << "Cache-Control: no-store\r\n"
            << "X-Content-Type-Options: nosniff\r\n"
            << "Content-Security-Policy: default-src 'none'\r\n"
            << "\r\n"
            << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" << title
            << "</title></head>\n<body>\n<h1>" << title << "</h1>\n"
            << body << "</body></html>\n";
}

}  // namespace

int main() {
  // Larger than any Direct URL Leap could have restored (8,000 bytes), with room to spare.
  constexpr std::size_t max_query_size = std::size_t{16} * 1024;
  const char* env = std::getenv("QUERY_STRING");
  const std::string_view query = env != nullptr ? env : "";
  if (query.size() > max_query_size) {
    respond("414 URI Too Long", "Request too long", "<p>The link is longer than any link we send.</p>\n");
    return 0;
  }

  std::error_code ec;
  const std::optional<leap::FinalRedirect> back = leap::parse_final_redirect(query, ec);
  if (!back) {
    // The reason is one of the library's fixed messages: nothing from the request is echoed.
    respond("400 Bad Request", "Bad request", "<p>This link is malformed (" + html_escape(ec.message()) + ").</p>\n");
    return 0;
  }

  std::string body = "<p>Thank you: your utility account is now connected.</p>\n";
  if (back->ref_id) body += "<p>Reference: <code>" + html_escape(*back->ref_id) + "</code></p>\n";
  if (!back->params.empty()) {
    body += "<dl>\n";
    for (const leap::RedirectParam& param : back->params) {
      body += "<dt>" + html_escape(param.key) + "</dt><dd>" + html_escape(param.value) + "</dd>\n";
    }
    body += "</dl>\n";
  }
  respond("200 OK", "Connected", body);
  return 0;
}
