#include "app/capture_paths.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <unistd.h>

namespace dv::app {
namespace fs = std::filesystem;
namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

// XDG_PICTURES_DIR="$HOME/Pictures" from a user-dirs.dirs file ($HOME expanded); empty when
// absent. A value equal to $HOME means "no such folder" in the XDG convention.
std::string from_user_dirs(const fs::path& file, const std::string& home) {
  std::ifstream in(file);
  std::string line;
  const std::string key = "XDG_PICTURES_DIR=";
  while (std::getline(in, line)) {
    if (line.rfind(key, 0) != 0) continue;
    std::string v = line.substr(key.size());
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    if (v.rfind("$HOME", 0) == 0) v = home + v.substr(5);
    if (v.empty() || fs::path(v) == fs::path(home) || fs::path(v) == fs::path(home + "/")) {
      return {};
    }
    return v;
  }
  return {};
}

}  // namespace

fs::path pictures_dir() {
  std::error_code ec;
  if (const std::string x = env("XDG_PICTURES_DIR"); !x.empty()) return x;
  const std::string home = env("HOME");
  std::string config = env("XDG_CONFIG_HOME");
  if (config.empty() && !home.empty()) config = home + "/.config";
  if (!config.empty()) {
    const std::string v = from_user_dirs(fs::path(config) / "user-dirs.dirs", home);
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
