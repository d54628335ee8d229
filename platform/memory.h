// Handing memory the app has freed back to the system.
#pragma once

namespace kitbag {

// After start-up work (the font atlas, built on a worker thread whose malloc arena glibc keeps
// mapped after the thread ends), so an app at rest holds only what it uses.
void return_free_memory_to_system();

}  // namespace kitbag
