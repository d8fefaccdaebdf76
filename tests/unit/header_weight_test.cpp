// SPDX-License-Identifier: MIT
// The headers stay cheap to include: they must not pull in iostreams, string streams,
// regex or locale. Checked through libstdc++'s include guards; elsewhere this TU is empty.
#include <leap/leap.hpp>

#if defined(__GLIBCXX__)
#if defined(_GLIBCXX_IOSTREAM) || defined(_GLIBCXX_OSTREAM) || defined(_GLIBCXX_ISTREAM)
#error "<leap/leap.hpp> pulls in <iostream>, <ostream> or <istream>"
#endif
#if defined(_GLIBCXX_SSTREAM) || defined(_GLIBCXX_REGEX) || defined(_GLIBCXX_LOCALE)
#error "<leap/leap.hpp> pulls in <sstream>, <regex> or <locale>"
#endif
#endif
