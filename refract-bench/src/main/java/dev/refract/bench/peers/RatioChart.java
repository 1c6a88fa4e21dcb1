package dev.refract.bench.peers;

import dev.refract.engine.json.Json;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws {@code results/latest.json} as a PNG (Java2D, headless): for each case a group of bars,
 * one per peer, of its time as a multiple of hand-written JDBC's, on a logarithmic axis (the
 * ratios run from under 1 to the thousands), with JDBC's 1× as a line.
 * {@code java -cp benchmarks.jar dev.refract.bench.peers.RatioChart latest.json ratios.png}
 */
public final class RatioChart {
    private static final List<String> PEERS = List.of("refract", "jooq", "hibernate", "prisma");
    private static final Color[] COLORS = {new Color(0x2e7d32), new Color(0x1565c0), new Color(0xef6c00), new Color(0x6a1b9a)};
    private static final int LEFT = 230;
    private static final int RIGHT = 40;
    private static final int TOP = 70;
    private static final int BAR = 7;
    private static final int GAP = 8;
    private static final int WIDTH = 1100;

    private RatioChart() {
    }

    /** Reads {@code args[0]} (latest.json), writes {@code args[1]} (PNG). */
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Map<String, Map<String, Double>> ratios = new LinkedHashMap<>();
        for (Object o : (List<?>) Json.parse(Files.readString(Path.of(args[0])))) {
            Map<?, ?> row = (Map<?, ?>) o;
            Object r = row.get("ratio_to_jdbc");
            ratios.computeIfAbsent((String) row.get("case"), k -> new LinkedHashMap<>())
                    .put((String) row.get("peer"), r == null ? null : ((Number) r).doubleValue());
        }
        ImageIO.write(draw(ratios), "png", Path.of(args[1]).toFile());
    }

    static BufferedImage draw(Map<String, Map<String, Double>> ratios) {
        List<String> peers = new ArrayList<>();
        double max = 10;
        double min = 1;
        for (Map<String, Double> byPeer : ratios.values()) {
            for (Map.Entry<String, Double> e : byPeer.entrySet()) {
                if (PEERS.contains(e.getKey()) && e.getValue() != null) {
                    if (!peers.contains(e.getKey())) {
                        peers.add(e.getKey());
                    }
                    max = Math.max(max, e.getValue());
                    min = Math.min(min, e.getValue());
                }
            }
        }
        peers.sort((a, b) -> PEERS.indexOf(a) - PEERS.indexOf(b));
        double lo = Math.pow(10, Math.floor(Math.log10(min)));
        double hi = Math.pow(10, Math.ceil(Math.log10(max)));
        int group = peers.size() * BAR + GAP;
        int height = TOP + ratios.size() * group + 60;
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        int plotW = WIDTH - LEFT - RIGHT;
        int bottom = TOP + ratios.size() * group;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(Color.BLACK);
        g.drawString("Time per operation as a multiple of hand-written JDBC (log scale; shorter is faster)", LEFT - 200, 24);
        // Decades and their labels.
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (double d = lo; d <= hi * 1.0001; d *= 10) {
            int x = x(d, lo, hi, plotW);
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, TOP - 4, x, bottom);
            g.setColor(Color.DARK_GRAY);
            String label = d < 1 ? String.valueOf(d) : String.format("%,d", (long) d) + "×";
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, bottom + 16);
        }
        // The legend.
        int lx = LEFT;
        for (int p = 0; p < peers.size(); p++) {
            g.setColor(COLORS[PEERS.indexOf(peers.get(p))]);
            g.fillRect(lx, 40, 14, 10);
            g.setColor(Color.BLACK);
            g.drawString(peers.get(p), lx + 18, 50);
            lx += 30 + g.getFontMetrics().stringWidth(peers.get(p));
        }
        g.setColor(Color.RED);
        g.drawString("| jdbc = 1×", lx, 50);
        int y = TOP;
        for (Map.Entry<String, Map<String, Double>> c : ratios.entrySet()) {
            g.setColor(Color.BLACK);
            String name = c.getKey();
            g.drawString(name, LEFT - 8 - g.getFontMetrics().stringWidth(name), y + peers.size() * BAR / 2 + 4);
            for (int p = 0; p < peers.size(); p++) {
                Double r = c.getValue().get(peers.get(p));
                if (r == null) {
                    continue;
                }
                g.setColor(COLORS[PEERS.indexOf(peers.get(p))]);
                g.fillRect(LEFT, y + p * BAR, Math.max(1, x(r, lo, hi, plotW) - LEFT), BAR - 1);
            }
            y += group;
        }
        g.setColor(Color.RED);
        g.setStroke(new BasicStroke(1.5f));
        int one = x(1, lo, hi, plotW);
        g.drawLine(one, TOP - 4, one, bottom);
        g.dispose();
        return img;
    }

    private static int x(double ratio, double lo, double hi, int plotW) {
        return LEFT + (int) Math.round((Math.log10(ratio) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) * plotW);
    }
}
