#include "platform/memory.h"

#include <malloc.h>

namespace kitbag {

void return_free_memory_to_system() {
  malloc_trim(0);
}

}  // namespace kitbag
