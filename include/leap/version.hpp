// SPDX-License-Identifier: MIT
/// @file
/// The library's version, in one place: CMake, the Conan recipe and the tests read it here.
#ifndef LEAP_VERSION_HPP
#define LEAP_VERSION_HPP

/// Major version: changes that break the API (while 0, a minor version may too).
#define LEAP_DIRECT_URL_VERSION_MAJOR 0
/// Minor version: new features.
#define LEAP_DIRECT_URL_VERSION_MINOR 2
/// Patch version: fixes.
#define LEAP_DIRECT_URL_VERSION_PATCH 0
/// The version as one number, MAJOR * 10000 + MINOR * 100 + PATCH.
#define LEAP_DIRECT_URL_VERSION \
  (LEAP_DIRECT_URL_VERSION_MAJOR * 10000 + LEAP_DIRECT_URL_VERSION_MINOR * 100 + LEAP_DIRECT_URL_VERSION_PATCH)

#endif  // LEAP_VERSION_HPP
