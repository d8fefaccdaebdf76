// SPDX-License-Identifier: MIT
// Several threads read, serialize, hash, compare and copy the same const DirectUrl objects
// at once. Every result must be right; under ThreadSanitizer (CI builds this program with
// -fsanitize=thread) there must be no data race: const member functions only read.
#include <leap/direct_url.hpp>

#include <atomic>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "check.hpp"
#include "workloads.hpp"

int main() {
  const std::vector<leap::DirectUrl> shared{workloads::w1_seed(), workloads::w2_typical(), workloads::w3_heavy()};
  std::vector<std::string> expected;
  std::vector<std::size_t> hashes;
  for (const leap::DirectUrl& url : shared) {
    expected.push_back(url.str());
    hashes.push_back(std::hash<leap::DirectUrl>{}(url));
  }

  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      char buffer[leap::max_url_size];
      for (int round = 0; round < 300; ++round) {
        const std::size_t i = static_cast<std::size_t>(round + t) % shared.size();
        const leap::DirectUrl& url = shared[i];
        const leap::DirectUrl copy = url;
        const std::size_t written = url.write(buffer, sizeof buffer);
        if (url.str() != expected[i] || url.size() != expected[i].size() || copy != url ||
            std::string(buffer, written) != expected[i] || std::hash<leap::DirectUrl>{}(url) != hashes[i] ||
            leap::DirectUrl::parse(expected[i]) != url || leap::to_string(copy) != expected[i]) {
          ++wrong;
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  LEAP_CHECK(wrong.load() == 0);
  return check_summary();
}
