# The tray process must never load QtWebEngine (see DESIGN.md: +75 MB at start-up).
# Usage: cmake -DBINARY=<melodyhue> -P check_no_webengine.cmake
execute_process(COMMAND ldd ${BINARY} OUTPUT_VARIABLE libraries RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "ldd failed on ${BINARY}")
endif()
if(NOT libraries MATCHES "libQt6Widgets")
    message(FATAL_ERROR "ldd output does not look like the MelodyHue executable:\n${libraries}")
endif()
if(libraries MATCHES "WebEngine")
    message(FATAL_ERROR "${BINARY} loads QtWebEngine:\n${libraries}")
endif()
message(STATUS "${BINARY} does not load QtWebEngine")
