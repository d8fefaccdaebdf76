// SPDX-License-Identifier: MIT
// leap-direct-url: build, check and read Leap Direct to Utility URLs from the command line.
// Written only against the library's public API. See `leap-direct-url --help`.
#include <leap/direct_url.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "csv.hpp"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_invalid = 1;
constexpr int exit_usage = 2;

constexpr std::string_view usage_text =
    "usage: leap-direct-url build --org NAME --utility ID [--ref-id X] [--param KEY=VALUE]... [--staging]\n"
    "                             [--customer residential|commercial]\n"
    "       leap-direct-url parse URL [--json]\n"
    "       leap-direct-url redirect URL-OR-QUERY [--json]\n"
    "       leap-direct-url batch [--org NAME] [--staging] [--input FILE] [--output FILE]\n"
    "       leap-direct-url --help | --version\n";

constexpr std::string_view help_text =
    "\n"
    "Build, check and read Leap Energy \"Direct to Utility\" URLs.\n"
    "\n"
    "  build     Print the URL for one customer. ID is pge, sce, sdge (or, with --staging,\n"
    "            staging-test-utility-caiso or staging-test-utility-nyiso), in any case.\n"
    "            --param splits at the first '=' and may repeat; order is kept. A refId that\n"
    "            Leap's Meters API could not search for is built, with a warning on stderr.\n"
    "            --customer commercial is refused: Leap requires the Leap Connect flow.\n"
    "  parse     Check a Direct URL and print its fields, one per line, or as JSON.\n"
    "  redirect  Read the refId and params from Leap's final redirect (a URL or a query).\n"
    "            The values are untrusted input: authenticate the user on your side.\n"
    "  batch     Read CSV (RFC 4180, header row) and write it back with `url` and `error`\n"
    "            columns, one row per input row, in order. Columns: utility (required),\n"
    "            org_name (required unless --org; a non-empty cell wins over --org), ref_id,\n"
    "            and param.KEY for each redirect param (an empty cell leaves it out).\n"
    "            Reads stdin and writes stdout unless --input/--output are given.\n"
    "\n"
    "Text output escapes backslashes and control bytes (\\\\, \\xNN); use --json for exact values.\n"
    "Exit status: 0 success, 1 invalid data (the reason on stderr), 2 usage error.\n";

struct UsageError {
  std::string message;
};

int usage_error(const std::string& message) {
  std::cerr << "leap-direct-url: " << message << '\n' << usage_text;
  return exit_usage;
}

int invalid(const std::string& message) {
  std::cerr << "leap-direct-url: " << message << '\n';
  return exit_invalid;
}

// Command-line options: `--name value` or `--name=value`, flags, and positionals.
class Args {
 public:
  Args(int argc, char** argv, std::vector<std::string_view> flags, std::vector<std::string_view> valued)
      : flags_(std::move(flags)), valued_(std::move(valued)) {
    for (int i = 0; i < argc; ++i) {
      const std::string_view arg = argv[i];
      if (arg.size() < 2 || arg.substr(0, 2) != "--") {
        positionals_.emplace_back(arg);
        continue;
      }
      const std::size_t equals = arg.find('=');
      const std::string_view name = arg.substr(0, equals);
      if (contains(flags_, name) && equals == std::string_view::npos) {
        options_.push_back({std::string(name), {}});
      } else if (contains(valued_, name)) {
        if (equals != std::string_view::npos) {
          options_.push_back({std::string(name), std::string(arg.substr(equals + 1))});
        } else if (i + 1 < argc) {
          options_.push_back({std::string(name), argv[++i]});
        } else {
          throw UsageError{"option " + std::string(name) + " needs a value"};
        }
      } else {
        throw UsageError{"unknown option " + std::string(arg)};
      }
    }
  }

  bool flag(std::string_view name) const {
    for (const Option& option : options_) {
      if (option.name == name) return true;
    }
    return false;
  }
  // The value of an option given at most once.
  std::optional<std::string> value(std::string_view name) const {
    std::optional<std::string> found;
    for (const Option& option : options_) {
      if (option.name != name) continue;
      if (found) throw UsageError{"option " + std::string(name) + " given twice"};
      found = option.value;
    }
    return found;
  }
  std::vector<std::string> values(std::string_view name) const {
    std::vector<std::string> found;
    for (const Option& option : options_) {
      if (option.name == name) found.push_back(option.value);
    }
    return found;
  }
  const std::vector<std::string>& positionals() const { return positionals_; }

 private:
  struct Option {
    std::string name;
    std::string value;
  };
  static bool contains(const std::vector<std::string_view>& list, std::string_view name) {
    for (std::string_view item : list) {
      if (item == name) return true;
    }
    return false;
  }
  std::vector<std::string_view> flags_;
  std::vector<std::string_view> valued_;
  std::vector<Option> options_;
  std::vector<std::string> positionals_;
};

// ---- output ------------------------------------------------------------------------------

std::string json_string(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (byte < 0x20 || byte == 0x7F) {
          out += "\\u00";
          out += hex[byte >> 4];
          out += hex[byte & 0xF];
        } else {
          out += c;  // the library guarantees well-formed UTF-8
        }
    }
  }
  return out + '"';
}

// One line of text output per field: backslash and control bytes escaped.
std::string text_value(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\\') {
      out += "\\\\";
    } else if (byte < 0x20 || byte == 0x7F) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

std::string json_params(const std::vector<leap::RedirectParam>& params) {
  std::string out = "[";
  for (const leap::RedirectParam& param : params) {
    if (out.size() > 1) out += ',';
    out += "{\"key\":" + json_string(param.key) + ",\"value\":" + json_string(param.value) + '}';
  }
  return out + ']';
}

// ---- subcommands -------------------------------------------------------------------------

std::optional<leap::Utility> utility_or_error(std::string_view id, std::string& error) {
  const std::optional<leap::Utility> utility = leap::parse_utility(id);
  if (!utility) {
    error = "utility id: is not pge, sce, sdge, staging-test-utility-caiso or staging-test-utility-nyiso";
  }
  return utility;
}

int build(const Args& args) {
  const std::optional<std::string> org = args.value("--org");
  const std::optional<std::string> utility_id = args.value("--utility");
  if (!org) return usage_error("build needs --org NAME");
  if (!utility_id) return usage_error("build needs --utility ID");
  if (!args.positionals().empty()) return usage_error("unexpected argument " + args.positionals().front());
  leap::CustomerClass customer = leap::CustomerClass::residential;
  if (const std::optional<std::string> text = args.value("--customer")) {
    if (*text == "commercial") {
      customer = leap::CustomerClass::commercial;
    } else if (*text != "residential") {
      return usage_error("--customer is residential or commercial");
    }
  }
  std::vector<std::pair<std::string, std::string>> params;
  for (const std::string& param : args.values("--param")) {
    const std::size_t equals = param.find('=');
    if (equals == std::string::npos) return usage_error("--param needs KEY=VALUE, got " + param);
    params.emplace_back(param.substr(0, equals), param.substr(equals + 1));
  }

  if (!leap::direct_url_allowed(customer)) return invalid(std::string(leap::direct_url_refusal(customer)));
  std::string error;
  const std::optional<leap::Utility> utility = utility_or_error(*utility_id, error);
  if (!utility) return invalid(error);
  try {
    leap::DirectUrl url(*org, *utility,
                        args.flag("--staging") ? leap::Environment::staging : leap::Environment::production);
    if (const std::optional<std::string> ref_id = args.value("--ref-id")) {
      url.set_ref_id(*ref_id);
      if (!leap::is_searchable_ref_id(*ref_id)) {
        std::cerr << "leap-direct-url: warning: refId is not searchable in Leap's Meters API "
                     "(3-256 characters without / \\ ? [ ] { } ! # $ % ^ & * ( ) < > |); the URL still works\n";
      }
    }
    for (const auto& [key, value] : params) url.add_redirect_param(key, value);
    std::cout << url << '\n';
  } catch (const leap::UrlError& e) {
    return invalid(e.what());
  }
  return exit_ok;
}

int parse(const Args& args) {
  if (args.positionals().size() != 1) return usage_error("parse takes one URL");
  const bool json = args.flag("--json");
  try {
    const leap::DirectUrl url = leap::DirectUrl::parse(args.positionals().front());
    const std::optional<std::string_view> ref_id = url.ref_id();
    if (json) {
      std::cout << "{\"org_name\":" << json_string(url.org_name())
                << ",\"utility\":" << json_string(leap::utility_id(url.utility()))
                << ",\"environment\":" << json_string(leap::environment_name(url.environment()))
                << ",\"ref_id\":" << (ref_id ? json_string(*ref_id) : "null")
                << ",\"redirect_params\":" << json_params(url.redirect_params())
                << ",\"url\":" << json_string(url.str()) << "}\n";
    } else {
      std::cout << "org_name: " << url.org_name() << '\n'
                << "utility: " << leap::utility_id(url.utility()) << '\n'
                << "environment: " << leap::environment_name(url.environment()) << '\n';
      if (ref_id) std::cout << "ref_id: " << text_value(*ref_id) << '\n';
      for (const leap::RedirectParam& param : url.redirect_params()) {
        std::cout << "param: " << text_value(param.key) << '=' << text_value(param.value) << '\n';
      }
      std::cout << "url: " << url << '\n';
    }
  } catch (const leap::UrlError& e) {
    return invalid(e.what());
  }
  return exit_ok;
}

int redirect(const Args& args) {
  if (args.positionals().size() != 1) return usage_error("redirect takes one URL or query");
  try {
    const leap::FinalRedirect back = leap::parse_final_redirect(args.positionals().front());
    if (args.flag("--json")) {
      std::cout << "{\"ref_id\":" << (back.ref_id ? json_string(*back.ref_id) : "null")
                << ",\"params\":" << json_params(back.params) << "}\n";
    } else {
      if (back.ref_id) std::cout << "ref_id: " << text_value(*back.ref_id) << '\n';
      for (const leap::RedirectParam& param : back.params) {
        std::cout << "param: " << text_value(param.key) << '=' << text_value(param.value) << '\n';
      }
    }
  } catch (const leap::UrlError& e) {
    return invalid(e.what());
  }
  return exit_ok;
}

// ---- batch -------------------------------------------------------------------------------

struct Columns {
  std::size_t utility = npos;
  std::size_t org_name = npos;
  std::size_t ref_id = npos;
  std::vector<std::pair<std::size_t, std::string>> params;  // column, key
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

// Builds one row's URL into `url` and returns "", or returns the reason it cannot be built.
std::string batch_row(const std::vector<std::string>& row, const Columns& columns, const std::string& default_org,
                      leap::Environment environment, char* buffer, std::size_t capacity, std::string_view& url) {
  std::string error;
  const std::optional<leap::Utility> utility = utility_or_error(row[columns.utility], error);
  if (!utility) return error;
  const std::string& org =
      columns.org_name != Columns::npos && !row[columns.org_name].empty() ? row[columns.org_name] : default_org;
  try {
    leap::DirectUrl built(org, *utility, environment);
    if (columns.ref_id != Columns::npos && !row[columns.ref_id].empty()) built.set_ref_id(row[columns.ref_id]);
    for (const auto& [column, key] : columns.params) {
      if (!row[column].empty()) built.add_redirect_param(key, row[column]);
    }
    url = std::string_view(buffer, built.write(buffer, capacity));
  } catch (const leap::UrlError& e) {
    return e.what();
  }
  return {};
}

int batch(const Args& args) {
  if (!args.positionals().empty()) return usage_error("unexpected argument " + args.positionals().front());
  const std::string default_org = args.value("--org").value_or("");
  const leap::Environment environment =
      args.flag("--staging") ? leap::Environment::staging : leap::Environment::production;
  const std::optional<std::string> input_path = args.value("--input");
  const std::optional<std::string> output_path = args.value("--output");

  std::FILE* in = stdin;
  if (input_path && !(in = std::fopen(input_path->c_str(), "rb"))) {
    return invalid("cannot read " + *input_path + ": " + std::strerror(errno));
  }
  std::FILE* out = stdout;
  if (output_path && !(out = std::fopen(output_path->c_str(), "wb"))) {
    if (in != stdin) std::fclose(in);
    return invalid("cannot write " + *output_path + ": " + std::strerror(errno));
  }

  int status = exit_ok;
  std::size_t rows = 0;
  std::size_t failed = 0;
  {
    csv::Reader reader(in);
    csv::Writer writer(out);
    std::vector<std::string> header;
    std::vector<std::string> row;
    Columns columns;
    std::string problem;
    if (!reader.next(header)) {
      problem = reader.error().empty() ? "no header row" : reader.error();
    } else {
      for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string& name = header[i];
        if (name == "utility")
          columns.utility = i;
        else if (name == "org_name")
          columns.org_name = i;
        else if (name == "ref_id")
          columns.ref_id = i;
        else if (name.rfind("param.", 0) == 0 && name.size() > 6)
          columns.params.emplace_back(i, name.substr(6));
        else if (name == "url" || name == "error")
          problem = "the input already has a column named " + name;
      }
      if (columns.utility == Columns::npos) problem = "the header has no utility column";
      if (columns.org_name == Columns::npos && default_org.empty()) {
        problem = "the header has no org_name column, and no --org was given";
      }
    }
    if (problem.empty()) {
      for (const std::string& name : header) writer.field(name);
      writer.field("url");
      writer.field("error");
      writer.end_record();
      static char buffer[leap::max_url_size];
      while (reader.next(row)) {
        if (row.size() != header.size()) {
          problem = "line " + std::to_string(reader.record_line()) + ": malformed CSV: " + std::to_string(row.size()) +
                    " fields, the header has " + std::to_string(header.size());
          break;
        }
        ++rows;
        std::string_view url;
        const std::string error = batch_row(row, columns, default_org, environment, buffer, sizeof buffer, url);
        if (!error.empty()) ++failed;
        for (const std::string& cell : row) writer.field(cell);
        writer.raw_field(url);  // percent-encoded: never a comma, quote or line break
        writer.field(error);
        writer.end_record();
      }
      if (problem.empty()) problem = reader.error();
    }
    writer.flush();
    if (!problem.empty()) status = invalid(problem);
  }
  if (std::ferror(out) || (out != stdout ? std::fclose(out) : std::fflush(out)) != 0) {
    status = invalid("cannot write the output");
  }
  if (in != stdin) std::fclose(in);
  if (failed != 0) {
    std::cerr << "leap-direct-url: " << failed << " of " << rows << " rows failed (see the error column)\n";
    status = exit_invalid;
  }
  return status;
}

int run(int argc, char** argv) {
  if (argc < 2) return usage_error("no command");
  const std::string_view command = argv[1];
  for (int i = 1; i < argc; ++i) {  // `--help` anywhere, as in `leap-direct-url batch --help`
    if (std::string_view(argv[i]) == "--help" || std::string_view(argv[i]) == "-h") {
      std::cout << usage_text << help_text;
      return exit_ok;
    }
  }
  if (command == "--version") {
    std::cout << "leap-direct-url " << LEAP_DIRECT_URL_VERSION_MAJOR << '.' << LEAP_DIRECT_URL_VERSION_MINOR << '.'
              << LEAP_DIRECT_URL_VERSION_PATCH << '\n';
    return exit_ok;
  }
  const int rest = argc - 2;
  char** rest_argv = argv + 2;
  if (command == "build") {
    return build(Args(rest, rest_argv, {"--staging"}, {"--org", "--utility", "--ref-id", "--param", "--customer"}));
  }
  if (command == "parse") return parse(Args(rest, rest_argv, {"--json"}, {}));
  if (command == "redirect") return redirect(Args(rest, rest_argv, {"--json"}, {}));
  if (command == "batch") return batch(Args(rest, rest_argv, {"--staging"}, {"--org", "--input", "--output"}));
  return usage_error("unknown command " + std::string(command));
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const UsageError& e) {
    return usage_error(e.message);
  } catch (const std::exception& e) {
    std::cerr << "leap-direct-url: " << e.what() << '\n';
    return exit_invalid;
  }
}
