// Reading environment variables through a function, so tests can hand in their own environment.
#pragma once

#include <functional>
#include <optional>
#include <string>

namespace kitbag {

// Returns the variable's value, or nullopt when unset or empty.
using Environment = std::function<std::optional<std::string>(const std::string& name)>;

Environment process_environment();

}  // namespace kitbag
