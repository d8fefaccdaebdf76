// SPDX-License-Identifier: MIT
// The core header stays cheap to include: it must not pull in iostreams, string streams,
// regex or locale. Checked through libstdc++'s include guards; elsewhere this TU is empty.
#include <leap/direct_url.hpp>

#if defined(__GLIBCXX__)
#if defined(_GLIBCXX_IOSTREAM) || defined(_GLIBCXX_OSTREAM) || defined(_GLIBCXX_ISTREAM)
#error "<leap/direct_url.hpp> pulls in <iostream>, <ostream> or <istream>"
#endif
#if defined(_GLIBCXX_SSTREAM) || defined(_GLIBCXX_REGEX) || defined(_GLIBCXX_LOCALE)
#error "<leap/direct_url.hpp> pulls in <sstream>, <regex> or <locale>"
#endif
#endif
