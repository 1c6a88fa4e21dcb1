package dev.refract.bench.peers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

/**
 * The deterministic figures of every case and peer: statements, round trips and SQL texts of one
 * call, counted by {@link StatementCounter} after one uncounted call (which fills caches). Printed
 * in a plain text form that {@code bin/bench} folds into the results and the CI test compares
 * with {@code peers/expected-counts.txt}.
 */
public final class PeerCounts {
    private PeerCounts() {
    }

    /** One case of one peer, counted. */
    public record Count(String benchCase, String peer, int statements, int roundTrips, List<String> sql) {
    }

    /** Counts every case for every peer on a freshly reset database. */
    public static List<Count> count() throws Exception {
        PeerData.prepare();
        List<Count> out = new java.util.ArrayList<>();
        try (Connection raw = DriverManager.getConnection(PeerData.url())) {
            StatementCounter counter = new StatementCounter();
            Connection counted = counter.wrap(raw);
            int n = 0;
            for (String name : Peers.NAMES) {
                try (Peer peer = Peers.open(name, counted)) {
                    for (PeerCase c : PeerCase.values()) {
                        for (int pass = 0; pass < 2; pass++) {
                            n++;
                            int arg = c == PeerCase.DELETE ? Peers.victim(raw, n) : n;
                            counter.clear();
                            c.run(peer, arg);
                        }
                        out.add(new Count(c.label(), name, counter.statements(), counter.roundTrips(),
                                List.copyOf(counter.sql())));
                    }
                }
                PeerData.reset(raw);
            }
        }
        return out;
    }

    /** The counts as text: a line per case and peer, then its SQL texts indented. */
    public static String render(List<Count> counts) {
        StringBuilder sb = new StringBuilder();
        for (Count c : counts) {
            sb.append(c.benchCase()).append(' ').append(c.peer()).append(" statements=").append(c.statements())
                    .append(" round_trips=").append(c.roundTrips()).append(" sql_texts=").append(c.sql().size()).append('\n');
            for (String s : c.sql()) {
                sb.append("    ").append(abbreviated(s.replace('\n', ' '))).append('\n');
            }
        }
        return sb.toString();
    }

    // A 10,000-parameter IN list is 20,000 characters: kept short, its length and hash still
    // tell a change apart.
    private static String abbreviated(String sql) {
        if (sql.length() <= 400) {
            return sql;
        }
        return sql.substring(0, 160) + " ... [" + sql.length() + " chars, hash " + Integer.toHexString(sql.hashCode()) + "]";
    }

    /** Prints the counts. */
    public static void main(String[] args) throws Exception {
        System.out.print(render(count()));
    }
}
