// gl_debug.h: the driver's debug output (GL_KHR_debug, or GL_ARB_debug_output) turned into
// printed and counted GL errors, so a debug build shows them and the GL tests fail on them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace dv::render {

/// True when debug output should be on: a build without NDEBUG, or the environment variable
/// DV_GL_DEBUG set to anything but "" or "0" (the GL tests set it; so can a user of a Release
/// or sanitizer build).
bool gl_debug_requested();

/// Installs the debug-message callback in the current context (synchronous, so a message comes
/// from inside the call that caused it). False when the driver offers neither extension.
bool enable_gl_debug_output();

/// How many GL errors (message types ERROR and UNDEFINED_BEHAVIOR, except the shader compiler's,
/// whose log the shader loader reports) were reported in this process.
std::size_t gl_error_count();

/// The texts of the errors reported after the first `first` ones ("GL error 1280 (API): …"); only
/// the first 100 of the process are kept.
std::vector<std::string> gl_errors_since(std::size_t first);

}  // namespace dv::render
