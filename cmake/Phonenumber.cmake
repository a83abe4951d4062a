# Debian's libphonenumber ships no CMake config: wrap it in an imported target.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
add_library(Phonenumber::Phonenumber UNKNOWN IMPORTED)
set_target_properties(Phonenumber::Phonenumber PROPERTIES
    IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")

if(WIN32)
    # Cross-built as static libraries (installer/windows/build-deps.sh): the target carries what
    # libphonenumber is made of — protobuf-lite, ICU's i18n, common and data libraries, and the
    # abseil pieces it uses.
    find_package(absl REQUIRED CONFIG)
    find_library(PROTOBUF_LITE_LIBRARY protobuf-lite REQUIRED)
    find_library(ICU_I18N_LIBRARY sicuin REQUIRED)
    find_library(ICU_UC_LIBRARY sicuuc REQUIRED)
    find_library(ICU_DATA_LIBRARY sicudt REQUIRED)
    # The library was built with std::mutex for its locks (-DUSE_STDMUTEX=ON): its headers must see
    # the same choice, or classes holding a lock (AsYouTypeFormatter's cache) have another layout
    # here than in the library (found as a crash at the first digit typed in the phone field).
    set_target_properties(Phonenumber::Phonenumber PROPERTIES
        INTERFACE_LINK_LIBRARIES "${PROTOBUF_LITE_LIBRARY};${ICU_I18N_LIBRARY};${ICU_UC_LIBRARY};${ICU_DATA_LIBRARY};absl::node_hash_set;absl::strings;absl::synchronization"
        INTERFACE_COMPILE_DEFINITIONS "U_STATIC_IMPLEMENTATION;I18N_PHONENUMBERS_USE_STDMUTEX")
else()
    # Debian's shared library needs protobuf beside it.
    set_property(TARGET Phonenumber::Phonenumber APPEND PROPERTY INTERFACE_LINK_LIBRARIES protobuf)
endif()
