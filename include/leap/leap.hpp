// SPDX-License-Identifier: MIT
/// @file
/// Everything in leap-direct-url: include this.
#ifndef LEAP_LEAP_HPP
#define LEAP_LEAP_HPP

#include "config.hpp"
#include "connect_options.hpp"
#include "connect_url.hpp"
#include "customer_class.hpp"
#include "direct_url.hpp"
#include "environment.hpp"
#include "error.hpp"
#include "final_redirect.hpp"
#include "link.hpp"
#include "link_choice.hpp"
#include "percent_encoding.hpp"
#include "redirect_param.hpp"
#include "status.hpp"
#include "transmission_region.hpp"
#include "utility.hpp"
#include "validation.hpp"
#include "version.hpp"

#endif  // LEAP_LEAP_HPP
