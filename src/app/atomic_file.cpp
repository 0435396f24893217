#include "app/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dv::app {

Status write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  const std::string name = path.string();
  if (path.empty()) return Status::error(std::string("output path is empty"));
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Status::error(name + ": is a directory; give a file name");
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec)) {
    return Status::error(name + ": cannot write: directory " + dir.string() + " does not exist");
  }
  // mkstemp gives a unique name in the target's directory, so rename() stays on one filesystem.
  std::string leaf(".");  // built with append: GCC 12 warns falsely on operator+ here
  leaf.append(path.filename().string()).append(".tmp.XXXXXX");
  std::string tmpl = (dir / leaf).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return Status::error(name + ": cannot write: " + std::strerror(errno));
  auto fail = [&](const char* what) {
    const std::string msg = name + ": cannot write (" + what + "): " + std::strerror(errno);
    ::close(fd);
    ::unlink(tmpl.c_str());
    return msg;
  };
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::error(fail("write"));
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  // mkstemp creates 0600; give the file the usual permissions (umask applied).
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, static_cast<mode_t>(0666) & ~mask) != 0) return Status::error(fail("chmod"));
  if (::fsync(fd) != 0) return Status::error(fail("flush"));
  if (::close(fd) != 0) {
    const std::string msg = name + ": cannot write (close): " + std::strerror(errno);
    ::unlink(tmpl.c_str());
    return Status::error(msg);
  }
  if (std::rename(tmpl.c_str(), name.c_str()) != 0) {
    const std::string msg = name + ": cannot write (rename): " + std::strerror(errno);
    ::unlink(tmpl.c_str());
    return Status::error(msg);
  }
  return Status::ok();
}

}  // namespace dv::app
