// SPDX-License-Identifier: MIT
// The tool's commands: their synopses and help, exit statuses, and output helpers they share.
#ifndef LEAP_TOOLS_COMMANDS_HPP
#define LEAP_TOOLS_COMMANDS_HPP

#include <leap/leap.hpp>

#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "args.hpp"
#include "links.hpp"
#include "text.hpp"

namespace tool {

inline constexpr int exit_ok = 0;
inline constexpr int exit_invalid = 1;
inline constexpr int exit_usage = 2;

inline int invalid(const std::string& message) {
  std::cerr << "leap-direct-url: " << message << '\n';
  return exit_invalid;
}

// What leap::is_searchable_ref_id checks, for the warnings.
inline constexpr std::string_view searchable_rule = "(3-256 characters without / \\ ? [ ] { } ! # $ % ^ & * ( ) < > |)";

template <class Params>
std::string json_params(const Params& params) {
  std::string out = "[";
  for (const auto& param : params) {
    if (out.size() > 1) out += ',';
    out += "{\"key\":" + json_string(param.key) + ",\"value\":" + json_string(param.value) + '}';
  }
  return out + ']';
}

struct Command {
  std::string_view name;
  std::string_view synopsis;
  std::string help;
  OptionSpec options;
  int (*run)(const Args&);
};

inline std::string usage(const std::vector<Command>& commands) {
  std::string out;
  for (const Command& command : commands) {
    out += out.empty() ? "usage: " : "       ";
    out += "leap-direct-url ";
    out += command.synopsis;
    out += '\n';
  }
  return out + "       leap-direct-url --help | --version | COMMAND --help\n";
}

inline constexpr std::string_view build_synopsis =
    "build --org NAME [--flow direct|connect|auto] [--utility ID] [--region R]\n"
    "                             [--customer residential|commercial] [--variant V | --program P]\n"
    "                             [--ref-id X] [--param KEY=VALUE]... [--staging]";
inline constexpr std::string_view parse_synopsis = "parse [--json] URL|-";
inline constexpr std::string_view redirect_synopsis = "redirect [--json] URL-OR-QUERY|-";
inline constexpr std::string_view batch_synopsis =
    "batch [--org NAME] [--flow F] [--staging] [--unique-ref-ids] [--input FILE|-] [--output FILE]";

inline constexpr std::string_view exit_status_text =
    "\nAn option's value is taken as it is, even when it starts with '-'; -- ends the options.\n"
    "Text output escapes backslashes and control bytes (\\\\, \\xNN); use --json for exact values.\n"
    "Exit status: 0 success, 1 invalid data (the reason on stderr), 2 usage error.\n";

inline constexpr std::string_view overview =
    "\n"
    "Build, check and read Leap Energy links: the Direct to Utility URL (California\n"
    "residential customers whose utility is known) and Leap Connect (everyone else).\n"
    "\n"
    "  build     Print the link for one customer.\n"
    "  parse     Check a link of either kind and print its fields.\n"
    "  redirect  Read the refId and params from Leap's final redirect.\n"
    "  batch     Build a link for every row of a CSV file.\n"
    "\n"
    "`leap-direct-url COMMAND --help` says more.\n";

inline std::string build_help() {
  return "\n"
         "Print the link for one customer, and a newline.\n"
         "\n"
         "  --flow direct   a Direct to Utility URL (the default). --utility is one of\n"
         "                    " +
         utility_ids() +
         "\n"
         "                  in any case (the staging test utilities with --staging only).\n"
         "                  --customer commercial is refused.\n"
         "  --flow connect  a Leap Connect link. --region is one of\n"
         "                    " +
         region_ids() +
         "\n"
         "                  --variant is one of\n"
         "                    " +
         variant_ids() +
         "\n"
         "                  --program is " +
         program_ids() +
         "; a link has at most one of the two.\n"
         "                  --customer commercial without either sends variant COMMERCIAL.\n"
         "  --flow auto     Leap's rule picks: the Direct URL for a California (CAISO)\n"
         "                  residential customer whose --utility is given, Leap Connect\n"
         "                  otherwise (commercial customers with variant COMMERCIAL). It says\n"
         "                  on stderr which link it chose and why. --variant and --program\n"
         "                  apply when Leap Connect is chosen.\n"
         "\n"
         "--org is your Leap partner name (the account of a Leap Connect link). --param splits\n"
         "at the first '=' and may repeat; order is kept. A refId that Leap's Meters API could\n"
         "not search for is built, with a warning on stderr.\n";
}

inline constexpr std::string_view parse_help =
    "\n"
    "Check a link of either kind and print its fields, one per line, or as JSON with --json;\n"
    "the first field is the kind (direct or connect), the last the canonical link. With -,\n"
    "read one link per line from stdin: text records are separated by an empty line, JSON\n"
    "objects are one per line, and a bad line is reported with its number.\n";

inline constexpr std::string_view redirect_help =
    "\n"
    "Read the refId and params from Leap's final redirect: a full URL, a path with a query,\n"
    "or a query. With -, one per line from stdin, as parse does. The values are untrusted\n"
    "input: authenticate the user on your side.\n";

inline constexpr std::string_view batch_help =
    "\n"
    "Read CSV (RFC 4180, with a header row) and write it back with `url` and `error` columns,\n"
    "one row per input row, in order. Reads stdin and writes stdout unless --input/--output\n"
    "are given (--input - is stdin). Columns, named in any ASCII case:\n"
    "\n"
    "  org_name            required unless --org; a non-empty cell wins over --org\n"
    "  ref_id              also refId or ref-id; without it every link is untraceable (warned)\n"
    "  param.KEY           one custom param per column; an empty cell leaves it out\n"
    "  flow                direct, connect or auto; empty: --flow, whose default is direct\n"
    "  utility             for Direct URLs (required when every row is direct)\n"
    "  region, customer, variant, program   as the build options of the same name\n"
    "\n"
    "Other columns are passed through and listed once on stderr, so a misspelling shows.\n"
    "refIds Leap's Meters API could not search for are counted on stderr, with their lines.\n"
    "--unique-ref-ids makes a refId seen on an earlier row an error on its row; it keeps\n"
    "every refId in memory (about 64 bytes per row plus the refId itself).\n"
    "A bad row gets its error and the run goes on (exit status 1, with a count on stderr);\n"
    "malformed CSV stops the run with its line number. Memory does not grow with the input\n"
    "otherwise.\n";

}  // namespace tool

#endif  // LEAP_TOOLS_COMMANDS_HPP
