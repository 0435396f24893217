#include "sim/text_format.h"

namespace dv::sim {

std::string format_template(std::string_view tmpl,
                            const std::vector<std::pair<std::string, std::string>>& args,
                            const TextMap* texts) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  std::size_t i = 0;
  while (i < tmpl.size()) {
    const std::size_t open = tmpl.find('{', i);
    if (open == std::string_view::npos) break;
    const std::size_t close = tmpl.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(tmpl.substr(i, open - i));
    const std::string_view name = tmpl.substr(open + 1, close - open - 1);
    const std::string* value = nullptr;
    for (const auto& [n, v] : args) {
      if (n == name) value = &v;
    }
    if (value == nullptr) {
      out.append(tmpl.substr(open, close - open + 1));
    } else if (texts != nullptr) {
      const auto it = texts->find(std::string(name) + "." + *value);
      out += it != texts->end() ? it->second : *value;
    } else {
      out += *value;
    }
    i = close + 1;
  }
  out.append(tmpl.substr(std::min(i, tmpl.size())));
  return out;
}

}  // namespace dv::sim
