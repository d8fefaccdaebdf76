# cmake -D README=... -D SOURCE=... -D PROGRAM=... -P check-readme-example.cmake
# Fails unless README.md shows SOURCE verbatim in a ```cpp block and PROGRAM's output
# verbatim in a plain ``` block.
file(READ "${README}" readme)
file(READ "${SOURCE}" source)
string(FIND "${readme}" "```cpp\n${source}```\n" at)
if(at EQUAL -1)
  message(FATAL_ERROR "README.md does not show ${SOURCE} verbatim in a ```cpp block")
endif()
execute_process(COMMAND "${PROGRAM}" OUTPUT_VARIABLE output RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status}")
endif()
string(FIND "${readme}" "```\n${output}```\n" at)
if(at EQUAL -1)
  message(FATAL_ERROR "README.md does not show the output of ${PROGRAM} verbatim:\n${output}")
endif()
