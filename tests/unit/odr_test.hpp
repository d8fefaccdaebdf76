// SPDX-License-Identifier: MIT
#ifndef LEAP_TESTS_ODR_TEST_HPP
#define LEAP_TESTS_ODR_TEST_HPP

#include <string>
#include <system_error>

std::string odr_second_tu_url();
std::string odr_second_tu_connect_url();
const std::error_category* odr_second_tu_category();

#endif  // LEAP_TESTS_ODR_TEST_HPP
