# One INTERFACE target carries the language level, the strict Qt defines and the warnings.
# Every MelodyHue target links it; nothing sets flags globally.

add_library(melodyhue_options INTERFACE)

target_compile_features(melodyhue_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(melodyhue_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    MELODYHUE_VERSION="${PROJECT_VERSION}"
    MELODYHUE_APP_ID="${MELODYHUE_APP_ID}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(melodyhue_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # GCC 12 needs the flag explicitly for QCoro's coroutine headers.
        target_compile_options(melodyhue_options INTERFACE -fcoroutines)
    endif()
    if(MELODYHUE_WERROR)
        target_compile_options(melodyhue_options INTERFACE -Werror)
    endif()
    if(MELODYHUE_SANITIZE)
        target_compile_options(melodyhue_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(melodyhue_options INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(melodyhue_options INTERFACE /W4 /permissive- /Zc:__cplusplus /utf-8)
    if(MELODYHUE_WERROR)
        target_compile_options(melodyhue_options INTERFACE /WX)
    endif()
endif()
