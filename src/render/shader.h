// shader.h: load a GLSL program from <dir>/<name>.vert and <dir>/<name>.frag.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "render/gl_handle.h"

namespace dv::render {

/// Compile and link `<shader_dir>/<name>.vert` + `.frag`, inserting one `#define <d>` line per
/// entry of `defines` after the `#version 330 core` line. Errors name the file and carry the
/// driver's log. Needs a current GL 3.3 context.
Result<Program> load_program(const std::filesystem::path& shader_dir, std::string_view name,
                             const std::vector<std::string>& defines = {});

}  // namespace dv::render
