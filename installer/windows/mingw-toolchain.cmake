# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (the posix thread model, which Qt's
# std::thread use needs). Libraries and headers come from the MinGW sysroot and the dependency
# prefix that installer/windows/build-deps.sh fills (LEADENTRY_WINDOWS_PREFIX); programs (moc,
# uic, protoc…) run from the host.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(LEADENTRY_MINGW x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${LEADENTRY_MINGW}-gcc-posix)
set(CMAKE_CXX_COMPILER ${LEADENTRY_MINGW}-g++-posix)
set(CMAKE_RC_COMPILER ${LEADENTRY_MINGW}-windres)
set(CMAKE_AR /usr/bin/${LEADENTRY_MINGW}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB /usr/bin/${LEADENTRY_MINGW}-gcc-ranlib-posix CACHE FILEPATH "")

if(NOT LEADENTRY_WINDOWS_PREFIX AND DEFINED ENV{LEADENTRY_WINDOWS_PREFIX})
    set(LEADENTRY_WINDOWS_PREFIX $ENV{LEADENTRY_WINDOWS_PREFIX})
endif()
set(CMAKE_FIND_ROOT_PATH /usr/${LEADENTRY_MINGW} ${LEADENTRY_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Tests and helper programs run under Wine.
set(CMAKE_CROSSCOMPILING_EMULATOR wine)
