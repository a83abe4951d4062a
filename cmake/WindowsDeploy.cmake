# Windows only: what the programs load at run time, put beside them — the job windeployqt does on
# Windows, done here from the cross-built Qt (installer/windows/build-deps.sh) and MinGW's runtime.
# The same files go to the build tree's bin/ (so the tests and programs run there under Wine) and
# to the install tree that the installer packs (installer/CMakeLists.txt).

# Qt's libraries and plugins, from the prefix Qt was found in.
set(LEADENTRY_QT_PREFIX ${QT6_INSTALL_PREFIX})
set(LEADENTRY_RUNTIME_FILES "")
foreach(module Core Gui Widgets Network Sql)
    list(APPEND LEADENTRY_RUNTIME_FILES ${LEADENTRY_QT_PREFIX}/bin/Qt6${module}.dll)
endforeach()
# MinGW's C++ runtime, which Qt's libraries link to.
foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
        OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
    get_filename_component(path ${path} REALPATH)
    if(NOT EXISTS ${path})
        message(FATAL_ERROR "MinGW's ${dll} was not found (g++-mingw-w64-x86-64-posix)")
    endif()
    list(APPEND LEADENTRY_RUNTIME_FILES ${path})
endforeach()

# Plugins by folder: the window system (the tests use "minimal"), the native style, SQLite, TLS
# through Schannel, the network's reachability where Qt built it, and the image formats.
set(LEADENTRY_PLUGIN_DIRS "")
foreach(dir platforms styles sqldrivers tls networkinformation imageformats)
    if(IS_DIRECTORY ${LEADENTRY_QT_PREFIX}/plugins/${dir})
        list(APPEND LEADENTRY_PLUGIN_DIRS ${dir})
    endif()
endforeach()

# Qt's own Spanish (dialog buttons, context menus): Debian's qt6-translations-l10n, which is the
# same on every platform.
set(LEADENTRY_QT_TRANSLATIONS /usr/share/qt6/translations/qtbase_es.qm)

# qt.conf: Qt looks for its plugins and translations beside the program.
set(LEADENTRY_QT_CONF ${CMAKE_BINARY_DIR}/qt.conf)
file(WRITE ${LEADENTRY_QT_CONF} "[Paths]\nPrefix = .\nPlugins = .\nTranslations = translations\n")

# In the build tree, beside the programs and tests (Qt Test's library too).
set(bin ${CMAKE_RUNTIME_OUTPUT_DIRECTORY})
set(copies "")
foreach(file ${LEADENTRY_RUNTIME_FILES} ${LEADENTRY_QT_PREFIX}/bin/Qt6Test.dll)
    get_filename_component(name ${file} NAME)
    list(APPEND copies COMMAND ${CMAKE_COMMAND} -E copy_if_different ${file} ${bin}/${name})
endforeach()
foreach(dir ${LEADENTRY_PLUGIN_DIRS})
    list(APPEND copies COMMAND ${CMAKE_COMMAND} -E copy_directory ${LEADENTRY_QT_PREFIX}/plugins/${dir} ${bin}/${dir})
endforeach()
add_custom_target(leadentry_windows_runtime ALL
    COMMAND ${CMAKE_COMMAND} -E make_directory ${bin}/translations
    ${copies}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${LEADENTRY_QT_TRANSLATIONS} ${bin}/translations/
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${LEADENTRY_QT_CONF} ${bin}/qt.conf
    COMMENT "Qt and MinGW run-time files beside the programs" VERBATIM)

# In the install tree: everything in one folder, as windeployqt lays it out.
install(FILES ${LEADENTRY_RUNTIME_FILES} ${LEADENTRY_QT_CONF} DESTINATION .)
install(FILES ${LEADENTRY_QT_TRANSLATIONS} DESTINATION translations)
foreach(dir ${LEADENTRY_PLUGIN_DIRS})
    if(dir STREQUAL platforms) # the Windows one; minimal and Direct2D are not for users
        install(FILES ${LEADENTRY_QT_PREFIX}/plugins/platforms/qwindows.dll DESTINATION platforms)
    else()
        install(DIRECTORY ${LEADENTRY_QT_PREFIX}/plugins/${dir} DESTINATION . FILES_MATCHING PATTERN "*.dll")
    endif()
endforeach()
