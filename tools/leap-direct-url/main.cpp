// SPDX-License-Identifier: MIT
// leap-direct-url: build, check and read Leap links (Direct to Utility and Leap Connect)
// from the command line. Written only against the library's public API.
// See `leap-direct-url --help` and `leap-direct-url COMMAND --help`.
#include <leap/leap.hpp>

#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "args.hpp"
#include "batch.hpp"
#include "commands.hpp"
#include "links.hpp"
#include "text.hpp"

namespace {

using tool::Args;
using tool::UsageError;

// ---- build -------------------------------------------------------------------------------

int build(const Args& args) {
  if (!args.positionals().empty()) throw UsageError{"unexpected argument '" + args.positionals().front() + "'"};
  tool::LinkRequest request;
  const std::optional<std::string> flow = args.value("--flow");
  if (flow) {
    const std::optional<tool::Flow> parsed = tool::parse_flow(*flow);
    if (!parsed) throw UsageError{"--flow is direct, connect or auto, got '" + tool::text_value(*flow) + "'"};
    request.flow = *parsed;
  }
  const std::optional<std::string> org = args.value("--org");
  const std::optional<std::string> utility = args.value("--utility");
  const std::optional<std::string> region = args.value("--region");
  const std::optional<std::string> customer = args.value("--customer");
  const std::optional<std::string> variant = args.value("--variant");
  const std::optional<std::string> program = args.value("--program");
  const std::optional<std::string> ref_id = args.value("--ref-id");
  if (!org) throw UsageError{"build needs --org NAME"};
  if (request.flow == tool::Flow::direct && !utility) throw UsageError{"build needs --utility ID"};
  if (request.flow != tool::Flow::direct && !region) throw UsageError{"build --flow " + *flow + " needs --region R"};
  if (request.flow == tool::Flow::connect && utility) {
    throw UsageError{"--utility is for Direct to Utility URLs: Leap Connect lets the customer choose"};
  }
  if (request.flow == tool::Flow::direct && (variant || program)) {
    throw UsageError{"--variant and --program are for Leap Connect (--flow connect or auto)"};
  }
  if (customer && !leap::parse_customer_class(*customer)) {
    throw UsageError{"--customer is residential or commercial, got '" + tool::text_value(*customer) + "'"};
  }
  const std::vector<std::string> params = args.values("--param");
  for (const std::string& param : params) {
    const std::size_t equals = param.find('=');
    if (equals == std::string::npos) throw UsageError{"--param needs KEY=VALUE, got '" + tool::text_value(param) + "'"};
    request.params.emplace_back(std::string_view(param).substr(0, equals), std::string_view(param).substr(equals + 1));
  }
  request.org = *org;
  if (utility) request.utility = *utility;
  if (region) request.region = *region;
  if (customer) request.customer = *customer;
  if (variant) request.variant = *variant;
  if (program) request.program = *program;
  if (ref_id) {
    if (ref_id->empty()) return tool::invalid("refId: is empty (leave out --ref-id to send no refId)");
    request.ref_id = *ref_id;
  }
  request.staging = args.flag("--staging");

  char buffer[leap::max_url_size];
  tool::Built built;
  const std::string error = tool::build_link(request, buffer, sizeof buffer, built);
  if (request.flow == tool::Flow::automatic && !built.reason.empty()) {
    std::cerr << "leap-direct-url: chose "
              << (built.kind == leap::LinkKind::direct ? "the Direct to Utility URL" : "Leap Connect") << ": "
              << built.reason << '\n';
  }
  if (!error.empty()) return tool::invalid(error);
  if (ref_id && !leap::is_searchable_ref_id(*ref_id)) {
    std::cerr << "leap-direct-url: warning: refId is not searchable in Leap's Meters API " << tool::searchable_rule
              << "; the URL still works\n";
  }
  std::cout.write(buffer, static_cast<std::streamsize>(built.size)) << '\n';
  return tool::exit_ok;
}

// ---- parse and redirect: one input, or one per line of stdin -----------------------------

void print_params(std::ostream& out, const leap::RedirectParams& params) {
  for (const leap::RedirectParamView param : params) {
    out << "param: " << tool::text_value(param.key) << '=' << tool::text_value(param.value) << '\n';
  }
}

void print_link(std::ostream& out, const leap::DirectUrl& url, bool json) {
  const std::optional<std::string_view> ref_id = url.ref_id();
  if (json) {
    out << "{\"kind\":\"direct\",\"org_name\":" << tool::json_string(url.org_name())
        << ",\"utility\":" << tool::json_string(leap::utility_id(url.utility()))
        << ",\"environment\":" << tool::json_string(leap::environment_name(url.environment()))
        << ",\"ref_id\":" << (ref_id ? tool::json_string(*ref_id) : "null")
        << ",\"redirect_params\":" << tool::json_params(url.redirect_params())
        << ",\"url\":" << tool::json_string(url.str()) << "}\n";
    return;
  }
  out << "kind: direct\norg_name: " << url.org_name() << "\nutility: " << leap::utility_id(url.utility())
      << "\nenvironment: " << leap::environment_name(url.environment()) << '\n';
  if (ref_id) out << "ref_id: " << tool::text_value(*ref_id) << '\n';
  print_params(out, url.redirect_params());
  out << "url: " << url << '\n';
}

void print_link(std::ostream& out, const leap::ConnectUrl& url, bool json) {
  const std::optional<std::string_view> ref_id = url.ref_id();
  const std::optional<leap::ConnectVariant> variant = url.variant();
  const std::optional<leap::ConnectProgram> program = url.program();
  if (json) {
    out << "{\"kind\":\"connect\",\"account\":" << tool::json_string(url.account())
        << ",\"region\":" << tool::json_string(leap::region_id(url.region()))
        << ",\"variant\":" << (variant ? tool::json_string(leap::variant_id(*variant)) : "null")
        << ",\"program\":" << (program ? tool::json_string(leap::program_id(*program)) : "null")
        << ",\"ref_id\":" << (ref_id ? tool::json_string(*ref_id) : "null")
        << ",\"redirect_params\":" << tool::json_params(url.redirect_params())
        << ",\"url\":" << tool::json_string(url.str()) << "}\n";
    return;
  }
  out << "kind: connect\naccount: " << url.account() << "\nregion: " << leap::region_id(url.region()) << '\n';
  if (variant) out << "variant: " << leap::variant_id(*variant) << '\n';
  if (program) out << "program: " << leap::program_id(*program) << '\n';
  if (ref_id) out << "ref_id: " << tool::text_value(*ref_id) << '\n';
  print_params(out, url.redirect_params());
  out << "url: " << url << '\n';
}

// Prints one link to `out`; returns the error, or "".
std::string parse_one(std::string_view text, bool json, std::ostream& out) {
  leap::Status status;
  const std::optional<leap::Link> link = leap::parse_link(text, status);
  if (!link) return status.message();
  std::visit([json, &out](const auto& url) { print_link(out, url, json); }, *link);
  return {};
}

std::string redirect_one(std::string_view text, bool json, std::ostream& out) {
  leap::Status status;
  const std::optional<leap::FinalRedirect> back = leap::parse_final_redirect(text, status);
  if (!back) return status.message();
  if (json) {
    out << "{\"ref_id\":" << (back->ref_id ? tool::json_string(*back->ref_id) : "null")
        << ",\"params\":" << tool::json_params(back->params) << "}\n";
    return {};
  }
  if (back->ref_id) out << "ref_id: " << tool::text_value(*back->ref_id) << '\n';
  for (const leap::RedirectParam& param : back->params) {
    out << "param: " << tool::text_value(param.key) << '=' << tool::text_value(param.value) << '\n';
  }
  return {};
}

// `COMMAND INPUT` or `COMMAND -`: one input, or one per line of stdin (text records
// separated by an empty line; JSON one object per line). A bad line is reported with its
// number and the rest go on; the exit status is then 1.
template <class One>
int each_input(const Args& args, const char* command, One one) {
  if (args.positionals().size() != 1) throw UsageError{std::string(command) + " takes one input, or - for stdin"};
  const bool json = args.flag("--json");
  const std::string& input = args.positionals().front();
  if (input != "-") {
    const std::string error = one(input, json, std::cout);
    return error.empty() ? tool::exit_ok : tool::invalid(error);
  }
  std::size_t line_number = 0;
  std::size_t failed = 0;
  bool first = true;
  std::string line;
  std::ostringstream record;
  while (std::getline(std::cin, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    record.str({});
    const std::string error = one(line, json, record);
    if (!error.empty()) {
      ++failed;
      std::cerr << "leap-direct-url: line " << line_number << ": " << error << '\n';
      continue;
    }
    if (!first && !json) std::cout << '\n';
    first = false;
    std::cout << record.str();
  }
  return failed == 0 ? tool::exit_ok : tool::exit_invalid;
}

int parse(const Args& args) { return each_input(args, "parse", parse_one); }
int redirect(const Args& args) { return each_input(args, "redirect", redirect_one); }

int version(const Args& args) {
  if (!args.positionals().empty()) throw UsageError{"unexpected argument '" + args.positionals().front() + "'"};
  std::cout << "leap-direct-url " << LEAP_DIRECT_URL_VERSION_MAJOR << '.' << LEAP_DIRECT_URL_VERSION_MINOR << '.'
            << LEAP_DIRECT_URL_VERSION_PATCH << '\n';
  return tool::exit_ok;
}

const std::vector<tool::Command>& commands() {
  static const std::vector<tool::Command> all{
      {"build",
       tool::build_synopsis,
       tool::build_help(),
       {{"--staging"},
        {"--flow", "--org", "--utility", "--region", "--customer", "--variant", "--program", "--ref-id", "--param"}},
       build},
      {"parse", tool::parse_synopsis, std::string(tool::parse_help), {{"--json"}, {}}, parse},
      {"redirect", tool::redirect_synopsis, std::string(tool::redirect_help), {{"--json"}, {}}, redirect},
      {"batch",
       tool::batch_synopsis,
       std::string(tool::batch_help),
       {{"--staging", "--unique-ref-ids"}, {"--org", "--flow", "--input", "--output"}},
       tool::batch},
  };
  return all;
}

int run(int argc, char** argv) {
  if (argc < 2) throw UsageError{"no command"};
  const std::string_view command = argv[1];
  if (command == "--help" || command == "-h") {
    std::cout << tool::usage(commands()) << tool::overview;
    return tool::exit_ok;
  }
  if (command == "--version") return version(Args(argc - 2, argv + 2, {}));
  for (const tool::Command& entry : commands()) {
    if (entry.name != command) continue;
    const Args args(argc - 2, argv + 2, entry.options);
    if (args.help()) {
      std::cout << "usage: leap-direct-url " << entry.synopsis << '\n' << entry.help << tool::exit_status_text;
      return tool::exit_ok;
    }
    return entry.run(args);
  }
  throw UsageError{"unknown command '" + tool::text_value(command) + "'"};
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const UsageError& e) {
    std::cerr << "leap-direct-url: " << e.message << '\n' << tool::usage(commands());
    return tool::exit_usage;
  } catch (const std::exception& e) {
    std::cerr << "leap-direct-url: " << e.what() << '\n';
    return tool::exit_invalid;
  }
}
