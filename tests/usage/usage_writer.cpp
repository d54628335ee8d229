// kitbag_usage_writer STORE DAY: adds a guest's session and tool open to the store for ever,
// printing after each commit how many sessions it has committed, and now and then batching and
// acknowledging a batch, so that a SIGKILL from the killing test lands inside every kind of
// transaction. Any failure ends it with a message and a non-zero exit, which the test reports.
#include <cstdio>
#include <string>

#include "app/usage/pseudonym.h"
#include "app/usage/secure_random.h"
#include "app/usage/usage_store.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: kitbag_usage_writer STORE DAY\n");
    return 2;
  }
  auto opened = kitbag::UsageStore::open(argv[1]);
  if (!opened) {
    std::fprintf(stderr, "cannot open the store: %s\n", opened.error().c_str());
    return 1;
  }
  kitbag::UsageStore& store = opened.value();
  const kitbag::UsageLine line{std::string(kitbag::kGuestUser), "unknown", argv[2], 1, {{"feelings", 1}}};
  long long committed = 0;
  for (long long round = 1;; ++round) {
    if (auto added = store.add(line); !added) {
      std::fprintf(stderr, "add failed: %s\n", added.error().c_str());
      return 1;
    }
    ++committed;
    std::printf("%lld\n", committed);
    std::fflush(stdout);
    if (round % 7 == 0)
      if (auto made = store.make_batches(kitbag::kMaxLinesInBatch, kitbag::random_hex_id); !made) {
        std::fprintf(stderr, "make_batches failed: %s\n", made.error().c_str());
        return 1;
      }
    if (round % 11 == 0) {
      auto waiting = store.waiting_batches();
      if (!waiting) {
        std::fprintf(stderr, "waiting_batches failed: %s\n", waiting.error().c_str());
        return 1;
      }
      if (!waiting.value().empty())
        if (auto sent = store.mark_sent(waiting.value().front().id); !sent) {
          std::fprintf(stderr, "mark_sent failed: %s\n", sent.error().c_str());
          return 1;
        }
    }
  }
}
