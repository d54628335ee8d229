# Address and undefined-behaviour sanitizers for the whole tree (scripts/test --sanitize).
option(KITBAG_SANITIZE "Build everything with -fsanitize=address,undefined" OFF)

if(KITBAG_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
