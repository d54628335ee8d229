// The pseudonymous user ID a person is counted under: a keyed one-way function (HMAC-SHA-256)
// of their organisation and access code. The same code at the same organisation gives the same
// ID on every device, so a person counts once wherever they sign in, and the code cannot be read
// back from it. The key is the same in every copy of the app (a deployment can build its own,
// see docs/usage.md); it keeps IDs from being matched against codes by anyone without it.
#pragma once

#include <string>
#include <string_view>

namespace kitbag {

// 32 lowercase hex digits. `canonical_code` is normalise_access_code's form.
std::string pseudonym_for(std::string_view org_id, std::string_view canonical_code);
// The same with a given key, for tests and for a deployment's own tools.
std::string pseudonym_for(std::string_view org_id, std::string_view canonical_code, std::string_view key);

}  // namespace kitbag
