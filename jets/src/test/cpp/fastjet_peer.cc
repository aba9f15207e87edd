// Peer program for Quarry's jet tests and benchmark: clusters the events of a plain-text particle
// file with FastJet and prints the jets (mode "jets") or the clustering time (mode "time").
//
// Input: blocks "event <id> <n>" followed by n lines "px py pz E" (GeV).
// Output (jets): "E <id>", then per configuration "J <tag> <px> <py> <pz> <E> <pt> <rap> <eta>
// <phi> <n> <indices...>" (phi in FastJet's [0, 2pi); tag suffix "_all": ptmin 0), "D <tag> <n>
// <dmerge>" and "N <tag> <description>".
// Output (time): "T <id> <n> <thread CPU ns per clustering, best of 5 rounds>" and "S <id>
// <strategy>".
#include <fastjet/ClusterSequence.hh>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Event {
  std::string id;
  std::vector<fastjet::PseudoJet> particles;
};

std::vector<Event> read_events(const char* path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot open " << path << "\n";
    std::exit(2);
  }
  std::vector<Event> events;
  std::string word;
  while (in >> word) {
    if (word != "event") {
      std::cerr << path << ": expected 'event', got '" << word << "'\n";
      std::exit(2);
    }
    Event ev;
    std::size_t n = 0;
    in >> ev.id >> n;
    for (std::size_t i = 0; i < n; ++i) {
      double px, py, pz, e;
      in >> px >> py >> pz >> e;
      fastjet::PseudoJet p(px, py, pz, e);
      p.set_user_index(static_cast<int>(i));
      ev.particles.push_back(p);
    }
    events.push_back(ev);
  }
  return events;
}

void print_jet(const std::string& tag, const fastjet::PseudoJet& j) {
  std::vector<int> idx;
  for (const auto& c : j.constituents()) idx.push_back(c.user_index());
  std::sort(idx.begin(), idx.end());
  std::printf("J %s %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %zu", tag.c_str(), j.px(),
              j.py(), j.pz(), j.E(), j.pt(), j.rap(), j.pseudorapidity(), j.phi(), idx.size());
  for (int i : idx) std::printf(" %d", i);
  std::printf("\n");
}

fastjet::JetAlgorithm algorithm(const std::string& name) {
  if (name == "kt") return fastjet::kt_algorithm;
  if (name == "ca") return fastjet::cambridge_algorithm;
  return fastjet::antikt_algorithm;
}

void jets_mode(const std::vector<Event>& events) {
  const char* algs[] = {"antikt", "kt", "ca"};
  const double radii[] = {0.4, 1.0};
  for (const auto& ev : events) {
    std::printf("E %s\n", ev.id.c_str());
    for (const char* alg : algs) {
      for (double r : radii) {
        fastjet::JetDefinition def(algorithm(alg), r);
        fastjet::ClusterSequence cs(ev.particles, def);
        std::ostringstream tag;
        tag << alg << "_R" << r;
        std::printf("N %s %s\n", tag.str().c_str(), def.description().c_str());
        for (const auto& j : fastjet::sorted_by_pt(cs.inclusive_jets(5.0))) print_jet(tag.str(), j);
        for (const auto& j : fastjet::sorted_by_pt(cs.inclusive_jets(0.0))) print_jet(tag.str() + "_all", j);
        if (std::string(alg) != "antikt") {
          for (int n = 1; n <= 4 && n <= static_cast<int>(ev.particles.size()); ++n) {
            std::ostringstream xtag;
            xtag << tag.str() << "_excl" << n;
            for (const auto& j : fastjet::sorted_by_pt(cs.exclusive_jets(n))) print_jet(xtag.str(), j);
            std::printf("D %s %d %.17g\n", tag.str().c_str(), n, cs.exclusive_dmerge(n));
          }
          double dcut = 100.0;
          std::ostringstream dtag;
          dtag << tag.str() << "_dcut100";
          for (const auto& j : fastjet::sorted_by_pt(cs.exclusive_jets(dcut))) print_jet(dtag.str(), j);
        }
      }
    }
  }
}

double thread_cpu_ns() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

void time_mode(const std::vector<Event>& events, int reps) {
  fastjet::JetDefinition def(fastjet::antikt_algorithm, 0.4);
  std::size_t sink = 0;
  for (const auto& ev : events) {
    // Warm caches and the allocator before timing.
    for (int r = 0; r < 3; ++r) {
      fastjet::ClusterSequence cs(ev.particles, def);
      sink += cs.inclusive_jets(5.0).size();
    }
    // Thread CPU time, best of five rounds: the machine may be shared, and CPU time with the
    // least disturbed round is what the Java side measures too.
    double ns = 1e300;
    for (int round = 0; round < 5; ++round) {
      double t0 = thread_cpu_ns();
      for (int r = 0; r < reps; ++r) {
        fastjet::ClusterSequence cs(ev.particles, def);
        sink += cs.inclusive_jets(5.0).size();
      }
      ns = std::min(ns, (thread_cpu_ns() - t0) / reps);
    }
    std::printf("T %s %zu %.1f\n", ev.id.c_str(), ev.particles.size(), ns);
    fastjet::ClusterSequence cs(ev.particles, def);
    std::printf("S %s %s\n", ev.id.c_str(), cs.strategy_string().c_str());
  }
  std::fprintf(stderr, "checksum %zu\n", sink);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: fastjet_peer jets|time FILE [REPS]\n";
    return 2;
  }
  fastjet::ClusterSequence::set_fastjet_banner_stream(nullptr);
  std::vector<Event> events = read_events(argv[2]);
  std::string mode = argv[1];
  if (mode == "jets") {
    jets_mode(events);
  } else if (mode == "time") {
    time_mode(events, argc > 3 ? std::atoi(argv[3]) : 20);
  } else {
    std::cerr << "unknown mode " << mode << "\n";
    return 2;
  }
  return 0;
}
