# Fails when a project C++ file differs from what the repo's .clang-format makes of it, naming
# every such file. Run by ctest (test `clang_format`) with -DCLANG_FORMAT=... -DROOT=<source dir>.
# Formatting differs between clang-format releases; the repo is formatted with Debian 12's
# clang-format 14, so another major version skips (ctest sees "SKIP:") instead of failing on
# style drift.
if(NOT CLANG_FORMAT)
  message("SKIP: no clang-format found; run scripts/setup.sh (Debian's clang-format)")
  return()
endif()
execute_process(COMMAND "${CLANG_FORMAT}" --version OUTPUT_VARIABLE version)
if(NOT version MATCHES "version 14\\.")
  message("SKIP: ${CLANG_FORMAT} is not clang-format 14 (${version}); the repo follows Debian 12's")
  return()
endif()

# Project code only: third_party holds no source, and glad is generated into the build tree.
set(files "")
foreach(dir src tests bench)
  file(GLOB_RECURSE found "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.hpp" "${ROOT}/${dir}/*.cpp"
       "${ROOT}/${dir}/*.cc")
  list(APPEND files ${found})
endforeach()
list(SORT files)
list(LENGTH files count)
if(count LESS 10)
  message(FATAL_ERROR "found only ${count} C++ files under ${ROOT}: wrong ROOT?")
endif()

# One run over all files is fast; only when it fails is each file checked to name the culprits.
execute_process(COMMAND "${CLANG_FORMAT}" --style=file --dry-run --Werror ${files}
  WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE all_rc OUTPUT_QUIET ERROR_QUIET)
set(bad "")
foreach(f IN LISTS files)
  if(all_rc EQUAL 0)
    break()
  endif()
  execute_process(COMMAND "${CLANG_FORMAT}" --style=file --dry-run --Werror "${f}"
    WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT rc EQUAL 0)
    file(RELATIVE_PATH rel "${ROOT}" "${f}")
    string(APPEND bad "  ${rel}\n")
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "not formatted with the repo's .clang-format (run `clang-format -i` on "
                      "them):\n${bad}")
endif()
message(STATUS "clang-format: all ${count} files formatted")
