#include "ui/file_ui.h"

#include <algorithm>

namespace dv::ui {

bool loses_changes(FileOp op) {
  return op == FileOp::new_document || op == FileOp::open || op == FileOp::open_path ||
         op == FileOp::revert || op == FileOp::quit;
}

bool guard(FileUi& f, const FileRequest& r) {
  if (!f.dirty || !loses_changes(r.op)) return true;
  f.pending = r;
  f.prompt_open = true;
  f.answer.reset();
  return false;
}

FileRequest take_answer(FileUi& f, PromptAnswer a, bool* save_first) {
  FileRequest r = f.pending;
  f.pending = FileRequest{};
  f.prompt_open = false;
  f.answer.reset();
  *save_first = a == PromptAnswer::save;
  if (a == PromptAnswer::cancel) return FileRequest{};
  return r;
}

void remember_recent(std::vector<std::string>& recent, const std::string& path, std::size_t max) {
  recent.erase(std::remove(recent.begin(), recent.end(), path), recent.end());
  recent.insert(recent.begin(), path);
  if (recent.size() > max) recent.resize(max);
}

}  // namespace dv::ui
