# Installs into PREFIX, then runs the installed binary from / and checks the data folder it uses.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BIN}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f bin/dermaviz share/dermaviz/shaders/scene.vert share/dermaviz/assets/icon.png)
  if(NOT EXISTS "${PREFIX}/${f}")
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
execute_process(COMMAND "${PREFIX}/bin/dermaviz" --version WORKING_DIRECTORY /
                RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "data: ${PREFIX}/share/dermaviz")
  message(FATAL_ERROR "installed binary did not use the installed data (rc ${rc}):\n${out}")
endif()
message(STATUS "installed binary uses ${PREFIX}/share/dermaviz")
