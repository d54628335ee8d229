# One place for compiler warnings, so every target is held to the same bar.
option(KITBAG_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)

function(kitbag_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-qual -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations)
  # GCC 12 reports false -Wrestrict errors inside std::string assignment at -O2 (GCC bug 105329).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(KITBAG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
