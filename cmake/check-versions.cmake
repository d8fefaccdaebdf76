# cmake -D SOURCE_DIR=... -D VERSION=... -P check-versions.cmake
# The header's LEAP_DIRECT_URL_VERSION_* macros are the version (CMake reads them); every
# other place that names a version must agree, and the Conan recipe must derive it.
function(expect_version file)
  file(READ "${SOURCE_DIR}/${file}" json)
  string(JSON found ERROR_VARIABLE missing GET "${json}" version-semver)
  if(missing)
    string(JSON found GET "${json}" version)
  endif()
  if(NOT found STREQUAL VERSION)
    message(FATAL_ERROR "${file} says version ${found}, the header says ${VERSION}")
  endif()
endfunction()

expect_version(vcpkg.json)
expect_version(packaging/vcpkg/ports/leap-direct-url/vcpkg.json)

file(READ "${SOURCE_DIR}/conanfile.py" recipe)
if(NOT recipe MATCHES "def set_version" OR recipe MATCHES "\n    version = ")
  message(FATAL_ERROR "conanfile.py must derive its version from the header in set_version()")
endif()
