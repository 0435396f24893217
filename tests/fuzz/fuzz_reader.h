// fuzz_reader.h: what every fuzz target of a file the app reads shares (tests/fuzz/README.md).
// A target is one small file `<name>_fuzz.cpp` holding a function over the file's text and
// DV_FUZZ_TARGET(function); its seed inputs live in corpus/<name>/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace dv::fuzz {

/// The file name every target hands to the reader; every error message must start with it.
inline const std::string kSource = "fuzz-input.json";

/// Stops the run when `ok` is false, so libFuzzer keeps the input as a crash.
inline void require(bool ok, const char* what, const std::string& detail) {
  if (ok) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail.c_str());
  std::abort();
}

/// Every reader's promise for any input: it returns (an escaping exception aborts the run), and
/// an error names the file first.
template <typename R>
void require_error_names_file(const R& r) {
  if (!r.ok()) {
    require(r.message().rfind(kSource, 0) == 0, "error message does not start with the file name",
            r.message());
  }
}

}  // namespace dv::fuzz

/// Defines libFuzzer's entry point (or the corpus replay's, see replay_main.cpp) calling
/// `function(std::string_view text)`.
#define DV_FUZZ_TARGET(function)                                                      \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    function(std::string_view(reinterpret_cast<const char*>(data), size));            \
    return 0;                                                                         \
  }
