// SPDX-License-Identifier: MIT
// Command-line arguments: `--name value`, `--name=value`, flags, positionals and `--`.
// An option's value is taken as it is, even when it starts with '-' ("--ref-id -h" sets the
// refId to "-h"); `--` ends the options; a lone `-` is a positional (stdin, by convention).
#ifndef LEAP_TOOLS_ARGS_HPP
#define LEAP_TOOLS_ARGS_HPP

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tool {

struct UsageError {
  std::string message;
};

// What a subcommand accepts.
struct OptionSpec {
  std::vector<std::string_view> flags;   // --json, --staging, ...
  std::vector<std::string_view> valued;  // --org NAME, ...
};

class Args {
 public:
  // Throws UsageError for an unknown option or a missing value, naming it.
  Args(int argc, char** argv, const OptionSpec& spec) {
    bool options_ended = false;
    for (int i = 0; i < argc; ++i) {
      const std::string_view arg = argv[i];
      if (options_ended || arg.size() < 2 || arg[0] != '-') {
        positionals_.emplace_back(arg);
        continue;
      }
      if (arg == "--") {
        options_ended = true;
        continue;
      }
      if (arg == "-h" || arg == "--help") {
        help_ = true;
        continue;
      }
      const std::size_t equals = arg.find('=');
      const std::string_view name = arg.substr(0, equals);
      if (contains(spec.flags, name)) {
        if (equals != std::string_view::npos) throw UsageError{"option " + std::string(name) + " takes no value"};
        options_.emplace_back(std::string(name), std::string());
      } else if (contains(spec.valued, name)) {
        if (equals != std::string_view::npos) {
          options_.emplace_back(std::string(name), std::string(arg.substr(equals + 1)));
        } else if (i + 1 < argc) {
          options_.emplace_back(std::string(name), argv[++i]);
        } else {
          throw UsageError{"option " + std::string(name) + " needs a value"};
        }
      } else {
        throw UsageError{"unknown option " + std::string(arg)};
      }
    }
  }

  [[nodiscard]] bool help() const { return help_; }
  [[nodiscard]] bool flag(std::string_view name) const {
    for (const auto& option : options_) {
      if (option.first == name) return true;
    }
    return false;
  }
  // The value of an option given at most once.
  [[nodiscard]] std::optional<std::string> value(std::string_view name) const {
    std::optional<std::string> found;
    for (const auto& option : options_) {
      if (option.first != name) continue;
      if (found) throw UsageError{"option " + std::string(name) + " given twice"};
      found = option.second;
    }
    return found;
  }
  [[nodiscard]] std::vector<std::string> values(std::string_view name) const {
    std::vector<std::string> found;
    for (const auto& option : options_) {
      if (option.first == name) found.push_back(option.second);
    }
    return found;
  }
  [[nodiscard]] const std::vector<std::string>& positionals() const { return positionals_; }

 private:
  static bool contains(const std::vector<std::string_view>& list, std::string_view name) {
    for (std::string_view item : list) {
      if (item == name) return true;
    }
    return false;
  }
  std::vector<std::pair<std::string, std::string>> options_;
  std::vector<std::string> positionals_;
  bool help_ = false;
};

}  // namespace tool

#endif  // LEAP_TOOLS_ARGS_HPP
