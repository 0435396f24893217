#include "render/shader.h"

#include <fstream>
#include <sstream>

namespace dv::render {
namespace {

Result<std::string> read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    return Result<std::string>::error("cannot read shader " + p.string() +
                                      ": check that the shaders/ directory is installed");
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Put the defines right after the #version line (GLSL requires #version first).
std::string inject(const std::string& src, const std::vector<std::string>& defines) {
  if (defines.empty()) return src;
  std::string block;
  for (const std::string& d : defines) block += "#define " + d + "\n";
  const auto ver = src.find("#version");
  if (ver == std::string::npos) return block + src;
  const auto eol = src.find('\n', ver);
  if (eol == std::string::npos) return src + "\n" + block;
  return src.substr(0, eol + 1) + block + src.substr(eol + 1);
}

std::string shader_log(GLuint s) {
  GLint len = 0;
  glGetShaderiv(s, GL_INFO_LOG_LENGTH, &len);
  std::string log(static_cast<std::size_t>(std::max(len, 1)), '\0');
  glGetShaderInfoLog(s, len, nullptr, log.data());
  while (!log.empty() && (log.back() == '\0' || log.back() == '\n')) log.pop_back();
  return log;
}

Result<Shader> compile(GLenum stage, const std::filesystem::path& path,
                       const std::vector<std::string>& defines) {
  auto text = read_text(path);
  if (!text) return Result<Shader>::error(text.message());
  const std::string src = inject(text.value(), defines);
  Shader s(glCreateShader(stage));
  const char* p = src.c_str();
  glShaderSource(s.get(), 1, &p, nullptr);
  glCompileShader(s.get());
  GLint ok = 0;
  glGetShaderiv(s.get(), GL_COMPILE_STATUS, &ok);
  if (!ok) {
    return Result<Shader>::error("shader " + path.string() + " failed to compile:\n" +
                                 shader_log(s.get()));
  }
  return s;
}

}  // namespace

Result<Program> load_program(const std::filesystem::path& dir, std::string_view name,
                             const std::vector<std::string>& defines) {
  const std::filesystem::path vpath = dir / (std::string(name) + ".vert");
  const std::filesystem::path fpath = dir / (std::string(name) + ".frag");
  auto vs = compile(GL_VERTEX_SHADER, vpath, defines);
  if (!vs) return Result<Program>::error(vs.message());
  auto fs = compile(GL_FRAGMENT_SHADER, fpath, defines);
  if (!fs) return Result<Program>::error(fs.message());
  Program prog(glCreateProgram());
  glAttachShader(prog.get(), vs->get());
  glAttachShader(prog.get(), fs->get());
  glLinkProgram(prog.get());
  glDetachShader(prog.get(), vs->get());
  glDetachShader(prog.get(), fs->get());
  GLint ok = 0;
  glGetProgramiv(prog.get(), GL_LINK_STATUS, &ok);
  if (!ok) {
    GLint len = 0;
    glGetProgramiv(prog.get(), GL_INFO_LOG_LENGTH, &len);
    std::string log(static_cast<std::size_t>(std::max(len, 1)), '\0');
    glGetProgramInfoLog(prog.get(), len, nullptr, log.data());
    return Result<Program>::error("shader program " + vpath.string() + " + " + fpath.string() +
                                  " failed to link:\n" + log);
  }
  return prog;
}

}  // namespace dv::render
