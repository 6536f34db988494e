# Windows installer (CPack NSIS). Not built in CI yet: it needs a Windows machine with Qt 6.4+,
# QCoro, QtKeychain and NSIS. Steps: build the "default" preset with MSVC, run
# `cmake --install build/default --prefix stage`, then `windeployqt` on the executables (the
# install step below does it when WINDEPLOYQT is found), then `cpack -G NSIS`.
if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME MelodyHue)
    set(CPACK_NSIS_PACKAGE_NAME MelodyHue)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\melodyhue.exe)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\MelodyHue.lnk' '$INSTDIR\\\\bin\\\\melodyhue.exe'")

    find_program(WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
    if(WINDEPLOYQT)
        install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --no-translations --no-compiler-runtime
            \"\${CMAKE_INSTALL_PREFIX}/bin/melodyhue.exe\")")
        install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --no-translations
            \"\${CMAKE_INSTALL_PREFIX}/libexec/melodyhue/melodyhue-preview.exe\")")
    endif()
endif()
