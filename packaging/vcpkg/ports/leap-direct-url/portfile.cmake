# Header-only: one release configure, nothing to build.
set(VCPKG_BUILD_TYPE release)

# As an overlay port (`--overlay-ports=packaging/vcpkg/ports`) the source is the repository
# this port sits in, so it installs offline. vcpkg's binary cache does not see that tree
# change: pass --binarysource=clear after an edit, or it may serve stale headers.
# For the curated registry, replace these two lines with vcpkg_from_github(OUT_SOURCE_PATH SOURCE_PATH REPO <owner>/leap-direct-url
# REF "v${VERSION}" SHA512 <sha512 of the tag tarball> HEAD_REF main).
get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../../../.." ABSOLUTE)
if(NOT EXISTS "${SOURCE_PATH}/include/leap/version.hpp")
  message(FATAL_ERROR "leap-direct-url overlay port: no source tree at ${SOURCE_PATH}")
endif()

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DLEAP_DIRECT_URL_BUILD_TESTS=OFF
        -DLEAP_DIRECT_URL_BUILD_EXAMPLES=OFF
        -DLEAP_DIRECT_URL_BUILD_TOOLS=OFF
        -DLEAP_DIRECT_URL_INSTALL=ON
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(CONFIG_PATH share/cmake/leap-direct-url)
vcpkg_fixup_pkgconfig()

vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
