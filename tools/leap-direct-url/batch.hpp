// SPDX-License-Identifier: MIT
// `leap-direct-url batch`: a link for every row of a CSV file, streamed.
#ifndef LEAP_TOOLS_BATCH_HPP
#define LEAP_TOOLS_BATCH_HPP

#include <leap/leap.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "args.hpp"
#include "commands.hpp"
#include "csv.hpp"
#include "links.hpp"
#include "text.hpp"

namespace tool {

namespace batch_detail {

inline constexpr std::size_t none = static_cast<std::size_t>(-1);

// Where each known column is; `none` when absent.
struct Columns {
  std::size_t org_name = none;
  std::size_t ref_id = none;
  std::size_t flow = none;
  std::size_t utility = none;
  std::size_t region = none;
  std::size_t customer = none;
  std::size_t variant = none;
  std::size_t program = none;
  std::vector<std::pair<std::size_t, std::string>> params;  // column, key
  std::vector<std::string> passed_through;                  // columns not used to build links
};

inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// Reads the header; returns "" or the problem.
inline std::string read_header(const std::vector<std::string>& header, Columns& columns) {
  struct Known {
    std::vector<std::string_view> names;
    std::size_t Columns::*slot;
  };
  const Known known[] = {
      {{"org_name"}, &Columns::org_name}, {{"ref_id", "refId", "ref-id"}, &Columns::ref_id},
      {{"flow"}, &Columns::flow},         {{"utility"}, &Columns::utility},
      {{"region"}, &Columns::region},     {{"customer"}, &Columns::customer},
      {{"variant"}, &Columns::variant},   {{"program"}, &Columns::program},
  };
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string& name = header[i];
    if (iequals(name, "url") || iequals(name, "error")) return "the input already has a column named " + name;
    bool matched = false;
    for (const Known& column : known) {
      for (std::string_view spelling : column.names) {
        if (!iequals(name, spelling)) continue;
        if (columns.*column.slot != none) {
          return "the header names the " + std::string(column.names.front()) + " column twice (" +
                 header[columns.*column.slot] + ", " + name + ")";
        }
        columns.*column.slot = i;
        matched = true;
      }
    }
    if (matched) continue;
    if (name.size() > 6 && iequals(std::string_view(name).substr(0, 6), "param.")) {
      columns.params.emplace_back(i, name.substr(6));
    } else {
      columns.passed_through.push_back(name);
    }
  }
  return {};
}

inline std::string_view cell(const std::vector<std::string_view>& row, std::size_t column) {
  return column == none ? std::string_view{} : std::string_view(row[column]);
}

// "lines 2, 5 and 9", the first few, then "and N more".
inline std::string some_lines(const std::vector<std::size_t>& lines, std::size_t total) {
  std::string out = total == 1 ? "line " : "lines ";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i != 0) out += i + 1 == lines.size() && total == lines.size() ? " and " : ", ";
    out += std::to_string(lines[i]);
  }
  if (total > lines.size()) out += " and " + std::to_string(total - lines.size()) + " more";
  return out;
}

}  // namespace batch_detail

inline int batch(const Args& args) {
  using namespace batch_detail;
  if (!args.positionals().empty()) throw UsageError{"unexpected argument '" + args.positionals().front() + "'"};
  const std::string default_org = args.value("--org").value_or("");
  if (args.value("--org") && !leap::is_valid_org_name(default_org)) {
    leap::Status status;
    (void)leap::DirectUrl::make(default_org, leap::Utility::sce, status);
    throw UsageError{"--org: " + status.message()};
  }
  Flow default_flow = Flow::direct;
  if (const std::optional<std::string> flow = args.value("--flow")) {
    const std::optional<Flow> parsed = parse_flow(*flow);
    if (!parsed) throw UsageError{"--flow is direct, connect or auto, got '" + text_value(*flow) + "'"};
    default_flow = *parsed;
  }
  const bool staging = args.flag("--staging");
  const bool unique_ref_ids = args.flag("--unique-ref-ids");
  const std::optional<std::string> input_path = args.value("--input");
  const std::optional<std::string> output_path = args.value("--output");

  std::FILE* in = stdin;
  if (input_path && *input_path != "-" && !(in = std::fopen(input_path->c_str(), "rb"))) {
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
  std::size_t unsearchable = 0;
  std::vector<std::size_t> unsearchable_lines;                // the first few
  std::unordered_map<std::string, std::size_t> seen_ref_ids;  // refId -> line, with --unique-ref-ids
  {
    csv::Reader reader(in);
    csv::Writer writer(out, tool::Output::Mode::own_thread);
    std::vector<std::string> header;
    std::vector<std::string_view> row;
    Columns columns;
    std::string problem;
    if (!reader.next(row)) {
      problem = reader.error().empty() ? "no header row" : reader.error();
    } else {
      header.assign(row.begin(), row.end());
      problem = read_header(header, columns);
      if (problem.empty() && columns.utility == none && columns.flow == none && default_flow == Flow::direct) {
        problem = "the header has no utility column (Direct to Utility URLs need one)";
      }
      if (problem.empty() && columns.org_name == none && default_org.empty()) {
        problem = "the header has no org_name column, and no --org was given";
      }
    }
    if (problem.empty()) {
      if (columns.ref_id == none) {
        std::cerr << "leap-direct-url: warning: the header has no refId column (ref_id, refId or ref-id): Leap "
                     "cannot trace a link without a unique refId to your records\n";
      }
      if (!columns.passed_through.empty()) {
        std::cerr << "leap-direct-url: note: columns passed through, not used to build links: "
                  << joined(columns.passed_through, [](const std::string& name) { return text_value(name); })
                  << " (custom params are param.KEY)\n";
      }
      for (const std::string& name : header) writer.field(name);
      writer.field("url");
      writer.field("error");
      writer.end_record();

      static char buffer[leap::max_url_size];
      links_detail::DirectStart started;
      LinkRequest request;
      request.staging = staging;
      while (reader.next(row)) {
        const std::size_t line = reader.record_line();
        if (row.size() != header.size()) {
          problem = "line " + std::to_string(line) + ": malformed CSV: " + std::to_string(row.size()) +
                    " fields, the header has " + std::to_string(header.size());
          break;
        }
        ++rows;
        std::string error;
        Built built;
        const std::string_view flow_cell = cell(row, columns.flow);
        const std::optional<Flow> flow = flow_cell.empty() ? std::optional(default_flow) : parse_flow(flow_cell);
        if (!flow) {
          error = "flow: is not direct, connect or auto";
        } else {
          request.flow = *flow;
          const std::string_view org = cell(row, columns.org_name);
          request.org = org.empty() ? std::string_view(default_org) : org;
          request.utility = cell(row, columns.utility);
          request.region = cell(row, columns.region);
          request.customer = cell(row, columns.customer);
          request.variant = cell(row, columns.variant);
          request.program = cell(row, columns.program);
          request.ref_id = cell(row, columns.ref_id);
          request.params.clear();
          for (const auto& [column, key] : columns.params) {
            if (!row[column].empty()) request.params.emplace_back(key, row[column]);
          }
          if (unique_ref_ids && !request.ref_id.empty()) {
            const auto [at, inserted] = seen_ref_ids.emplace(std::string(request.ref_id), line);
            if (!inserted) error = "refId: repeats the refId of line " + std::to_string(at->second);
          }
          if (error.empty()) error = build_link(request, buffer, sizeof buffer, built, started);
          if (error.empty() && !request.ref_id.empty() && !leap::is_searchable_ref_id(request.ref_id)) {
            if (unsearchable_lines.size() < 5) unsearchable_lines.push_back(line);
            ++unsearchable;
          }
        }
        if (!error.empty()) ++failed;
        const auto content =
            reader.no_special_bytes() ? csv::Writer::Content::no_special_bytes : csv::Writer::Content::unknown;
        writer.fields(row, reader.record_text(), content);
        writer.raw_field(error.empty() ? std::string_view(buffer, built.size) : std::string_view{});
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
  if (unsearchable != 0) {
    std::cerr << "leap-direct-url: warning: " << unsearchable << (unsearchable == 1 ? " refId is" : " refIds are")
              << " not searchable in Leap's Meters API " << searchable_rule
              << "; the links still work: " << some_lines(unsearchable_lines, unsearchable) << '\n';
  }
  if (failed != 0) {
    std::cerr << "leap-direct-url: " << failed << " of " << rows << " rows failed (see the error column)\n";
    status = exit_invalid;
  }
  return status;
}

}  // namespace tool

#endif  // LEAP_TOOLS_BATCH_HPP
