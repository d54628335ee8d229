# The easy-read letters Settings offers (OpenDyslexic) come from Debian's fonts-opendyslexic,
# copied next to the binary at configure time like the card art is rendered: never checked in.
set(KITBAG_EASY_READ_FONT_DIR /usr/share/fonts/opentype/opendyslexic
    CACHE PATH "Where Debian's fonts-opendyslexic keeps OpenDyslexic-Regular.otf and -Bold.otf")
foreach(weight Regular Bold)
  set(font ${KITBAG_EASY_READ_FONT_DIR}/OpenDyslexic-${weight}.otf)
  if(NOT EXISTS ${font})
    message(FATAL_ERROR "The easy-read letters need ${font}: install Debian's fonts-opendyslexic "
                        "(scripts/install-deps), or set KITBAG_EASY_READ_FONT_DIR")
  endif()
  configure_file(${font} ${PROJECT_BINARY_DIR}/bin/assets/fonts/OpenDyslexic-${weight}.otf COPYONLY)
endforeach()
install(FILES ${PROJECT_BINARY_DIR}/bin/assets/fonts/OpenDyslexic-Regular.otf
              ${PROJECT_BINARY_DIR}/bin/assets/fonts/OpenDyslexic-Bold.otf
        DESTINATION ${CMAKE_INSTALL_DATADIR}/kitbag/assets/fonts)
