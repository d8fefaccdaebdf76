import os
import re

from conan import ConanFile
from conan.tools.build import check_min_cppstd
from conan.tools.files import copy, load
from conan.tools.layout import basic_layout

required_conan_version = ">=2.0"


class LeapDirectUrlConan(ConanFile):
    """Conan 2 recipe for the header-only leap-direct-url: `conan create .` packages this tree."""

    name = "leap-direct-url"
    description = "Build, check and parse Leap Energy onboarding links: Direct to Utility and Leap Connect (header-only, C++17)"
    license = "MIT"
    topics = ("url", "percent-encoding", "energy", "leap", "header-only")
    package_type = "header-library"
    # Settings only so validate() can see compiler.cppstd; package_id() clears them.
    settings = "os", "arch", "compiler", "build_type"
    exports_sources = "include/*", "LICENSE"
    no_copy_source = True

    def set_version(self):
        # The version lives in one place: the macros of the public header.
        header = load(self, os.path.join(self.recipe_folder, "include", "leap", "version.hpp"))
        parts = [re.search(r"#define LEAP_DIRECT_URL_VERSION_%s (\d+)" % part, header).group(1)
                 for part in ("MAJOR", "MINOR", "PATCH")]
        self.version = ".".join(parts)

    def layout(self):
        basic_layout(self, src_folder=".")

    def package_id(self):
        self.info.clear()

    def validate(self):
        check_min_cppstd(self, 17)

    def package(self):
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        copy(self, "*.hpp", os.path.join(self.source_folder, "include"), os.path.join(self.package_folder, "include"))

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "leap-direct-url")
        self.cpp_info.set_property("cmake_target_name", "leap::direct_url")
        self.cpp_info.set_property("pkg_config_name", "leap-direct-url")
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
