# Fails when a module includes a header its layer may not use (design.md, "data flows one way").
set(rules
  "core|glad/|GLFW/|imgui|backends/|sim/|scene/|doc/|render/|ui/|app/|nlohmann|fstream"
  "sim|glad/|GLFW/|imgui|backends/|scene/|doc/|render/|ui/|app/|nlohmann|fstream"
  "scene|glad/|GLFW/|imgui|backends/|doc/|render/|ui/|app/"
  "doc|glad/|GLFW/|imgui|backends/|render/|ui/|app/|nlohmann|fstream"
  "render|imgui|GLFW/|doc/|ui/|app/"
  "ui|glad/|render/|app/")
set(bad "")
foreach(rule IN LISTS rules)
  string(REPLACE "|" ";" parts "${rule}")
  list(POP_FRONT parts module)
  file(GLOB_RECURSE files "${SRC}/${module}/*.h" "${SRC}/${module}/*.cpp")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
      foreach(p IN LISTS parts)
        string(FIND "${line}" "${p}" pos)
        if(NOT pos EQUAL -1)
          string(APPEND bad "${f}: '${line}' (module ${module} may not use ${p})\n")
        endif()
      endforeach()
    endforeach()
  endforeach()
endforeach()
if(bad)
  message(FATAL_ERROR "layering violations:\n${bad}")
endif()
message(STATUS "layering ok")
