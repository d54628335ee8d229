# Address and undefined-behaviour sanitizers for the whole tree (scripts/test --sanitize).
option(KITBAG_SANITIZE "Build everything with -fsanitize=address,undefined" OFF)

if(KITBAG_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
  # With the sanitizers' instrumentation GCC 12 reports -Wmaybe-uninitialized inside std::variant
  # of strings (the collector's command line) where every path sets the value; the normal build
  # keeps the warning, as an error.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
endif()
