// An environment made of the variables a test gives, instead of the process's own.
#pragma once

#include <map>
#include <string>

#include "platform/environment.h"

namespace kitbag {

inline Environment fake_environment(std::map<std::string, std::string> variables) {
  return [variables = std::move(variables)](const std::string& name) -> std::optional<std::string> {
    auto found = variables.find(name);
    if (found == variables.end() || found->second.empty()) return std::nullopt;
    return found->second;
  };
}

}  // namespace kitbag
