cmake_minimum_required(VERSION 3.21)
# Fails when a file above kehu_services, or a header of kehu_services, includes a storage header.
# The link graph already refuses it (storage is PRIVATE to services and exposes only its own
# folder); this catches what include paths cannot: a relative path such as "../storage/x.h".
file(GLOB storage_headers RELATIVE ${SOURCE_DIR}/src/storage ${SOURCE_DIR}/src/storage/*.h)
file(GLOB_RECURSE checked
    ${SOURCE_DIR}/src/models/*.h ${SOURCE_DIR}/src/models/*.cpp
    ${SOURCE_DIR}/src/gui/*.h ${SOURCE_DIR}/src/gui/*.cpp
    ${SOURCE_DIR}/src/app/*.h ${SOURCE_DIR}/src/app/*.cpp
    ${SOURCE_DIR}/src/cli/*.h ${SOURCE_DIR}/src/cli/*.cpp
    ${SOURCE_DIR}/src/services/*.h)
set(found "")
foreach(file IN LISTS checked)
    file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]+)[\">].*" "\\1" included "${line}")
        get_filename_component(name "${included}" NAME)
        if(included MATCHES "(^|/)storage/" OR name IN_LIST storage_headers)
            file(RELATIVE_PATH shown ${SOURCE_DIR} ${file})
            string(APPEND found "  ${shown}: #include \"${included}\"\n")
        endif()
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "storage headers above kehu_services (reach the book through the Workspace "
                        "and the services instead):\n${found}")
endif()
list(LENGTH checked count)
message(STATUS "no storage header in the ${count} files above kehu_services")
