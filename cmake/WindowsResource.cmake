# Windows only: the application icon (an .ico made from the rendered PNGs) and a version
# resource for each program.
find_program(ICOTOOL icotool REQUIRED) # Debian's icoutils (installer/windows/build-deps.sh)
set(LEADENTRY_ICO ${LEADENTRY_ICON_DIR}/${LEADENTRY_APP_ID}.ico)
set(LEADENTRY_ICO_INPUTS "")
foreach(size 16 32 48 64)
    list(APPEND LEADENTRY_ICO_INPUTS ${LEADENTRY_ICON_DIR}/${size}/${LEADENTRY_APP_ID}.png)
endforeach()
# The 256-pixel image stays PNG inside the .ico (-r), as Windows expects.
add_custom_command(OUTPUT ${LEADENTRY_ICO}
    COMMAND ${ICOTOOL} -c -o ${LEADENTRY_ICO} ${LEADENTRY_ICO_INPUTS}
        -r ${LEADENTRY_ICON_DIR}/256/${LEADENTRY_APP_ID}.png
    DEPENDS ${LEADENTRY_ICON_PNGS} VERBATIM)
add_custom_target(leadentry_ico DEPENDS ${LEADENTRY_ICO})

# leadentry_windows_resource(TARGET "Description"): the icon and version information of TARGET.
function(leadentry_windows_resource target description)
    set(LEADENTRY_RC_NAME ${target})
    set(LEADENTRY_RC_DESCRIPTION ${description})
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
    configure_file(${PROJECT_SOURCE_DIR}/installer/windows/version.rc.in ${rc} @ONLY)
    set_source_files_properties(${rc} PROPERTIES OBJECT_DEPENDS ${LEADENTRY_ICO})
    target_sources(${target} PRIVATE ${rc})
    add_dependencies(${target} leadentry_ico)
endfunction()
