#include "app/paths.h"

#include <cstdlib>
#include <system_error>
#include <vector>

namespace dv::app {
namespace fs = std::filesystem;

fs::path executable_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

Result<fs::path> find_data_dir() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("DERMAVIZ_DATA_DIR"); env && *env) candidates.emplace_back(env);
  if (const fs::path exe = executable_dir(); !exe.empty()) {
    candidates.push_back(exe.parent_path() / DV_INSTALL_DATA_SUBDIR);
  }
  candidates.emplace_back(DV_SOURCE_DATA_DIR);

  std::string looked;
  for (const fs::path& c : candidates) {
    std::error_code ec;
    if (fs::is_directory(c / "shaders", ec) && fs::is_directory(c / "assets", ec)) return c;
    looked += "\n  " + c.string();
  }
  return Result<fs::path>::error(
      "cannot find dermaviz's shaders/ and assets/ folders; looked in:" + looked +
      "\nSet DERMAVIZ_DATA_DIR to the folder that holds them, or reinstall.");
}

}  // namespace dv::app
