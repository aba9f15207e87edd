// Reads a HepMC3 (Asciiv3) or HepMC2 (IO_GenEvent) file with the HepMC3 C++ library and prints
// one line: events particles vertices status1 sum_weight0 sum_energy seconds.
// Quarry's tests compare these numbers with Quarry's own reader; its benchmark uses the time.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include "HepMC3/GenEvent.h"
#include "HepMC3/GenParticle.h"
#include "HepMC3/Reader.h"
#include "HepMC3/ReaderAscii.h"
#include "HepMC3/ReaderAsciiHepMC2.h"

int main(int argc, char** argv) {
    if (argc != 3 || (std::strcmp(argv[1], "hepmc3") != 0 && std::strcmp(argv[1], "hepmc2") != 0)) {
        std::fprintf(stderr, "usage: %s hepmc3|hepmc2 FILE\n", argv[0]);
        return 2;
    }
    auto start = std::chrono::steady_clock::now();
    std::shared_ptr<HepMC3::Reader> reader;
    if (std::strcmp(argv[1], "hepmc3") == 0) {
        reader = std::make_shared<HepMC3::ReaderAscii>(argv[2]);
    } else {
        reader = std::make_shared<HepMC3::ReaderAsciiHepMC2>(argv[2]);
    }
    long events = 0, particles = 0, vertices = 0, status1 = 0;
    double sumWeight = 0, sumEnergy = 0;
    while (!reader->failed()) {
        HepMC3::GenEvent evt(HepMC3::Units::GEV, HepMC3::Units::MM);
        reader->read_event(evt);
        if (reader->failed()) break;
        events++;
        particles += evt.particles().size();
        vertices += evt.vertices().size();
        if (!evt.weights().empty()) sumWeight += evt.weights()[0];
        for (const auto& p : evt.particles()) {
            if (p->status() == 1) status1++;
            sumEnergy += p->momentum().e();
        }
    }
    reader->close();
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%ld %ld %ld %ld %.17g %.17g %.6f\n", events, particles, vertices, status1,
                sumWeight, sumEnergy, seconds);
    return 0;
}
