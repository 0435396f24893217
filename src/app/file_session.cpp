#include "app/file_session.h"

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "app/file_actions.h"
#include "ui/strings.h"

namespace dv::app {
namespace {

// Where a file dialog starts: the current file's folder, else the working folder.
std::string start_folder(const ui::FileUi& f) {
  std::error_code ec;
  if (!f.path.empty()) return std::filesystem::absolute(f.path, ec).parent_path().string();
  return std::filesystem::current_path(ec).string();
}

void report(ui::FileUi& f, const Status& st) {
  if (!st) f.error = st.message();
}

void open_in_app_dialog(ui::FileUi& f, bool save, ui::FileOp after) {
  f.dialog.open = true;
  f.dialog.save = save;
  f.dialog.folder = start_folder(f);
  f.dialog.entries = list_folder(f.dialog.folder);
  f.dialog.name = save && !f.path.empty() ? std::filesystem::path(f.path).filename().string() : "";
  f.dialog.after = ui::FileRequest{after, {}};
}

}  // namespace

std::string window_title(const ui::FileUi& f) {
  const std::string name = f.path.empty() ? std::string(ui::tr("file.untitled"))
                                          : std::filesystem::path(f.path).filename().string();
  return std::string(ui::tr("window.title")) + " \u2014 " + name +
         (f.dirty ? std::string(ui::tr("file.unsaved_mark")) : std::string());
}

bool FileSession::answered() const {
  return pick_ && pick_->wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

void FileSession::ask_path(ui::FileUi& f, bool save, ui::FileOp after) {
  if (pick_) return;  // one chooser at a time
  if (zenity_available()) {
    const std::string folder = start_folder(f);
    pick_ = std::async(std::launch::async, [save, folder] { return zenity_pick(save, folder); });
    pick_for_ = after;
    return;
  }
  open_in_app_dialog(f, save, after);
}

void FileSession::with_path(ui::FileOp op, const std::string& path, doc::Document& d,
                            ui::FileUi& f) {
  report(f, op == ui::FileOp::save_as ? save_document(path, d, f) : open_document(path, d, f));
}

void FileSession::run(const ui::FileRequest& r, doc::Document& d, ui::FileUi& f, bool& quit) {
  switch (r.op) {
    case ui::FileOp::none: break;
    case ui::FileOp::new_document: new_document(d, f); break;
    case ui::FileOp::open: ask_path(f, false, ui::FileOp::open); break;
    case ui::FileOp::open_path: report(f, open_document(r.path, d, f)); break;
    case ui::FileOp::revert:
      if (!f.path.empty()) report(f, open_document(f.path, d, f));
      break;
    case ui::FileOp::save:
      if (!f.path.empty()) {
        report(f, save_document(f.path, d, f));
        break;
      }
      [[fallthrough]];
    case ui::FileOp::save_as: ask_path(f, true, ui::FileOp::save_as); break;
    case ui::FileOp::quit: quit = true; break;
  }
}

bool FileSession::frame(const ui::FileRequest& request, doc::Document& d, ui::FileUi& f) {
  bool quit = false;
  // The desktop's chooser closed: its path, or nothing (cancelled), or the in-app dialog when
  // zenity could not be run.
  if (answered()) {
    auto picked = pick_->get();
    pick_.reset();
    if (!picked) {
      std::fprintf(stderr, "dermaviz: %s; using the in-app dialog\n", picked.message().c_str());
      open_in_app_dialog(f, pick_for_ == ui::FileOp::save_as, pick_for_);
    } else if (picked.value()) {
      with_path(pick_for_, *picked.value(), d, f);
    }
  }
  if (f.answer) {
    bool save_first = false;
    const ui::FileRequest next = ui::take_answer(f, *f.answer, &save_first);
    if (save_first) {
      if (f.path.empty()) {
        ask_path(f, true, ui::FileOp::save_as);  // untitled: save it first, then ask again
        return false;
      }
      report(f, save_document(f.path, d, f));
      if (!f.error.empty()) return false;  // not saved: keep the changes and stay
    }
    run(next, d, f, quit);
  }
  ui::PathDialog& dlg = f.dialog;
  if (dlg.go_to) {
    dlg.folder = *dlg.go_to;
    dlg.entries = list_folder(dlg.folder);
    dlg.go_to.reset();
  }
  if (dlg.chosen) {
    const std::string path = *dlg.chosen;
    dlg.chosen.reset();
    dlg.open = false;
    with_path(dlg.after.op, path, d, f);
  }
  // While a chooser is open, only Quit is taken (it waits for the chooser to close).
  if (request.op != ui::FileOp::none && (!pick_ || request.op == ui::FileOp::quit) &&
      ui::guard(f, request)) {
    run(request, d, f, quit);
  }
  return quit;
}

}  // namespace dv::app
