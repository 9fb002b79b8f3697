// Small corpora for the admin tests: pages written on the spot, a known set of changes to
// the sample corpus, and what the daemon answers about them.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

#include "test_support.h"

namespace dipsearch::testing {

inline void write_file(const std::filesystem::path& p, const std::string& content) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
}

// A saved release page in the layout the page-text parser reads.
inline std::string release_page(const std::string& title, const std::string& date, const std::string& body) {
  return "Skip navigation\n\nPress Releases\n\n" + title + "\n\n  • Date : " + date +
         " 10:00:00\n  • Hit : 12\n\n1. " + body + " (End)\n";
}

// `count` pages named <stem>-<n>.txt, each mentioning `word`, so a search for it counts them.
inline void write_pages(const std::filesystem::path& dir, const std::string& stem, int count, const std::string& word) {
  for (int n = 1; n <= count; ++n) {
    write_file(dir / (stem + "-" + std::to_string(n) + ".txt"),
               release_page("Consultation " + std::to_string(n) + " on regional cooperation", "2022-03-" +
                                std::string(n % 28 + 1 < 10 ? "0" : "") + std::to_string(n % 28 + 1),
                            "The delegations discussed " + word + " and maritime cooperation in meeting " +
                                std::to_string(n) + ", and agreed to meet again in Seoul."));
  }
}

// What a search of the database shows about one set of changes.
struct CorpusState {
  int documents = 0;
  int added_word = 0;    // releases with the word the new pages carry
  int changed_word = 0;  // releases with the word the changed page gained
};

// The sample corpus (72 releases) and a known set of changes to it: three new pages that
// mention "quokka", one page that gains "wombat", one page removed.
class SampleChanges {
 public:
  static constexpr CorpusState kBefore{72, 0, 0};
  static constexpr CorpusState kAfter{74, 3, 1};

  explicit SampleChanges(const std::filesystem::path& src) : src_(src) {}

  void apply() const {
    write_pages(src_, "added", 3, "quokka");
    const std::filesystem::path changed = src_ / "mofa-en-310003.txt";
    std::ifstream in(changed, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const size_t end = text.rfind("(End)");
    ASSERT_NE(end, std::string::npos);
    text.insert(end, "A wombat delegation also attended. ");
    write_file(changed, text);
    std::filesystem::remove(src_ / "mofa-en-310006.txt");
  }

 private:
  std::filesystem::path src_;
};

inline CorpusState observed_state(const Daemon& daemon) {
  CorpusState s;
  s.documents = daemon.get_json("/api/health")["documents"].get<int>();
  s.added_word = daemon.get_json("/api/search?q=quokka")["total"].get<int>();
  s.changed_word = daemon.get_json("/api/search?q=wombat")["total"].get<int>();
  return s;
}

inline bool operator==(const CorpusState& a, const CorpusState& b) {
  return a.documents == b.documents && a.added_word == b.added_word && a.changed_word == b.changed_word;
}

inline std::ostream& operator<<(std::ostream& out, const CorpusState& s) {
  return out << "{documents " << s.documents << ", quokka " << s.added_word << ", wombat " << s.changed_word << "}";
}

// Polls until the daemon shows `wanted` or the time is up; returns what it showed last.
inline CorpusState wait_for_state(const Daemon& daemon, const CorpusState& wanted, std::chrono::milliseconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  CorpusState seen = observed_state(daemon);
  while (!(seen == wanted) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    seen = observed_state(daemon);
  }
  return seen;
}

}  // namespace dipsearch::testing
