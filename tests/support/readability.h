// readability.h: the Flesch-Kincaid grade of an English text (Kincaid et al. 1975):
//   grade = 0.39 · words/sentences + 11.8 · syllables/words − 15.59
// with a documented syllable counter (the usual vowel-group rule):
//   - a word is lower-cased and stripped to its letters; each run of vowels (a e i o u y) is one
//     syllable; a final silent "e" is dropped ("make" 1) unless the word ends in consonant+"le"
//     ("table" 2); a final "es" or "ed" is silent after most consonants ("makes" 1, "closed" 1;
//     not after s, x, z, c, g, sh, ch for "es", nor after t or d for "ed"); every word has ≥ 1.
//   - a number reads as one syllable per digit, at most 3 ("14" 2); "%" is a word of 2
//     syllables ("percent"), "mm" one of 4 ("millimetres"), "×" one of 1 ("times").
// Sentences end at ".", "!" or "?" (not inside a number such as 1.5); a text with no end mark is
// one sentence. "{name}" placeholders read as the number 5.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace dv::test {

/// Syllables of one word (see the file comment).
inline int syllables(std::string_view raw) {
  if (raw == "%") return 2;
  if (raw == "\u00d7") return 1;
  std::string w;
  int digits = 0;
  for (char c : raw) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isdigit(u)) ++digits;
    if (std::isalpha(u)) w.push_back(static_cast<char>(std::tolower(u)));
  }
  if (w.empty()) return digits > 0 ? std::min(digits, 3) : 0;
  if (w == "mm") return 4;
  auto vowel = [](char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; };
  int n = 0;
  bool prev = false;
  for (char c : w) {
    const bool v = vowel(c);
    if (v && !prev) ++n;
    prev = v;
  }
  const std::size_t len = w.size();
  auto ends = [&](std::string_view s) { return len >= s.size() && w.ends_with(s); };
  if (n > 1 && ends("e") && !(len >= 3 && ends("le") && !vowel(w[len - 3]))) --n;
  if (n > 1 && ends("es") && len >= 3) {
    const char b = w[len - 3];
    if (!vowel(b) && std::string_view("sxzcg").find(b) == std::string_view::npos && !ends("shes") &&
        !ends("ches"))
      --n;
  }
  if (n > 1 && ends("ed") && len >= 3) {
    const char b = w[len - 3];
    if (!vowel(b) && b != 't' && b != 'd') --n;
  }
  return std::max(1, n);
}

/// Counts and grade of one text.
struct Readability {
  int words = 0;             ///< words
  int sentences = 0;         ///< sentences (≥ 1 for a non-empty text)
  int syllables = 0;         ///< syllables
  int longest_sentence = 0;  ///< words in the longest sentence
  double grade = 0.0;        ///< Flesch-Kincaid grade
};

/// Readability of `text` (see the file comment).
inline Readability readability(std::string_view text) {
  std::string t;
  for (std::size_t i = 0; i < text.size(); ++i) {  // "{name}" → "5"
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        t += "5";
        i = close;
        continue;
      }
    }
    t.push_back(text[i]);
  }
  Readability r;
  int in_sentence = 0;
  auto end_sentence = [&] {
    if (in_sentence == 0) return;
    ++r.sentences;
    r.longest_sentence = std::max(r.longest_sentence, in_sentence);
    in_sentence = 0;
  };
  std::size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && std::isspace(static_cast<unsigned char>(t[i]))) ++i;
    std::size_t j = i;
    while (j < t.size() && !std::isspace(static_cast<unsigned char>(t[j]))) ++j;
    if (j == i) break;
    std::string_view tok(t.data() + i, j - i);
    // Words are tokens with a letter, a digit, "%" or "×"; lone dashes and colons are not.
    std::string core(tok);
    while (!core.empty() && std::string_view(".,;:!?()\"'").find(core.back()) != std::string::npos)
      core.pop_back();
    while (!core.empty() && std::string_view("(\"'").find(core.front()) != std::string::npos)
      core.erase(core.begin());
    // "40×" is two words: the number and "times".
    std::vector<std::string> parts;
    if (core.size() > 2 && core.ends_with("\u00d7")) {
      parts = {core.substr(0, core.size() - 2), "\u00d7"};
    } else if (!core.empty()) {
      parts = {core};
    }
    for (const std::string& p : parts) {
      const int s = syllables(p);
      if (s == 0) continue;
      ++r.words;
      ++in_sentence;
      r.syllables += s;
    }
    const char last = tok.back();
    if (last == '.' || last == '!' || last == '?') end_sentence();
    i = j;
  }
  end_sentence();
  if (r.words > 0 && r.sentences > 0) {
    r.grade = 0.39 * r.words / r.sentences + 11.8 * r.syllables / r.words - 15.59;
  }
  return r;
}

}  // namespace dv::test
