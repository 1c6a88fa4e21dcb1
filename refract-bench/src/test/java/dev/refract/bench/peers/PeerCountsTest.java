package dev.refract.bench.peers;

import dev.refract.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * The CI smoke test of the peer benchmarks: only their deterministic figures (statements, round
 * trips and SQL texts of every case and peer, on PostgreSQL) against {@code peers/expected-counts.txt};
 * timings are never asserted. A change in what a peer sends shows here as a diff; rewrite with
 * {@code -Drefract.golden.update=true} when the change is meant.
 */
class PeerCountsTest {
    @Test
    void countsMatchTheExpectation() throws Exception {
        Golden.assertMatches("peers/expected-counts.txt", PeerCounts.render(PeerCounts.count()));
    }
}
