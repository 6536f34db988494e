# macOS disk image (CPack DragNDrop). Not built in CI yet: it needs a Mac with Qt 6.4+, QCoro and
# QtKeychain. Steps: build the "default" preset, `cmake --install build/default --prefix stage`,
# `macdeployqt stage/MelodyHue.app` (done below when MACDEPLOYQT is found), sign, `cpack -G DragNDrop`.
if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME MelodyHue)
    set(CPACK_DMG_FORMAT UDZO)
    set_target_properties(melodyhue PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME MelodyHue
        MACOSX_BUNDLE_GUI_IDENTIFIER ${MELODYHUE_APP_ID}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})

    find_program(MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
    if(MACDEPLOYQT)
        install(CODE "execute_process(COMMAND \"${MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/melodyhue.app\")")
    endif()
endif()
