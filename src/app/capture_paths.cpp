#include "app/capture_paths.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

namespace dv::app {
namespace fs = std::filesystem;
namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::string pictures_from_user_dirs(std::string_view text, const std::string& home) {
  const std::string_view key = "XDG_PICTURES_DIR=";
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.substr(0, key.size()) != key) continue;
    std::string_view v = line.substr(key.size());
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    std::string out;
    if (v.substr(0, 5) == "$HOME") {
      out = home;
      out.append(v.substr(5));
    } else {
      out.assign(v);
    }
    if (out.empty() || fs::path(out) == fs::path(home) || out == home + "/") return {};
    return out;
  }
  return {};
}

fs::path pictures_dir() {
  std::error_code ec;
  if (const std::string x = env("XDG_PICTURES_DIR"); !x.empty()) return x;
  const std::string home = env("HOME");
  std::string config = env("XDG_CONFIG_HOME");
  if (config.empty() && !home.empty()) config = home + "/.config";
  if (!config.empty()) {
    const std::string v =
        pictures_from_user_dirs(read_text(fs::path(config) / "user-dirs.dirs"), home);
    if (!v.empty() && fs::is_directory(v, ec)) return v;
  }
  if (!home.empty() && fs::is_directory(fs::path(home) / "Pictures", ec)) {
    return fs::path(home) / "Pictures";
  }
  return fs::current_path(ec);
}

Result<fs::path> claim_capture_name(const fs::path& dir, const std::string& ext, std::time_t now) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Result<fs::path>::error("folder " + dir.string() + " does not exist");
  }
  char stamp[32];
  std::tm local{};
  ::localtime_r(&now, &local);
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
  for (int n = 1; n < 10000; ++n) {
    const fs::path p =
        dir / ("dermaviz-" + std::string(stamp) + "-" + std::to_string(n) + "." + ext);
    const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      ::close(fd);
      return p;
    }
    if (errno != EEXIST) {
      return Result<fs::path>::error("cannot write in " + dir.string() + ": " +
                                     std::strerror(errno));
    }
  }
  return Result<fs::path>::error("cannot write in " + dir.string() + ": no free name left");
}

}  // namespace dv::app
