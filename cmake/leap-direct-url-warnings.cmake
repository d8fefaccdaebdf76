# Strict warnings for our own tests and examples only: always PRIVATE, never on the library
# target, so they never reach a consumer. -Werror is a CI/preset choice (LEAP_DIRECT_URL_WERROR).
function(leap_direct_url_strict_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
      $<$<BOOL:${LEAP_DIRECT_URL_WERROR}>:-Werror>)
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive- $<$<BOOL:${LEAP_DIRECT_URL_WERROR}>:/WX>)
  endif()
endfunction()
