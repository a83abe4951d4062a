# cmake -DSTAGE=<install tree> -DOUTPUT=<file.nsh> -P staged-files.cmake
# Writes what the NSIS script needs to know about the install tree: its size (STAGED_KB, for Apps
# & features) and a RemoveStaged macro that deletes exactly those files and then the folders they
# made, if empty, so an uninstall never removes what it did not install.
file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE ${STAGE} ${STAGE}/*)
file(GLOB_RECURSE dirs LIST_DIRECTORIES true RELATIVE ${STAGE} ${STAGE}/*)
list(REMOVE_ITEM dirs ${files})
set(bytes 0)
set(lines "")
foreach(file ${files})
    file(SIZE ${STAGE}/${file} size)
    math(EXPR bytes "${bytes} + ${size}")
    string(REPLACE "/" "\\" path ${file})
    string(APPEND lines "    Delete \"$INSTDIR\\${path}\"\n")
endforeach()
# The deepest folders first.
list(SORT dirs)
list(REVERSE dirs)
foreach(dir ${dirs})
    string(REPLACE "/" "\\" path ${dir})
    string(APPEND lines "    RMDir \"$INSTDIR\\${path}\"\n")
endforeach()
math(EXPR kb "(${bytes} + 1023) / 1024")
file(WRITE ${OUTPUT} "!define STAGED_KB ${kb}\n!macro RemoveStaged\n${lines}!macroend\n")
