package dev.esi4j.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

/** The paging chart: horizontal bars of the median time and the peak heap per variant, min-max as whiskers. */
public final class Chart {

    private static final int WIDTH = 900;
    private static final int ROW = 34;
    private static final int LABEL = 330;
    private static final Color[] COLORS = {new Color(0x2b6cb0), new Color(0x718096), new Color(0xc05621),
        new Color(0x6b46c1)};

    private Chart() {
    }

    /**
     * @param file  PNG to write
     * @param times median time per variant (ms)
     * @param heaps peak heap per variant (MiB)
     * @param title chart title
     * @throws IOException when the file cannot be written
     */
    public static void paging(Path file, Map<String, Stats> times, Map<String, Stats> heaps, String title)
            throws IOException {
        int height = 70 + 2 * (40 + ROW * times.size());
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("results(): " + title, 16, 28);
        int y = panel(g, 50, "time per complete fetch, ms (median, min-max)", times);
        panel(g, y + 10, "peak heap of the client JVM, MiB (median, min-max)", heaps);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static int panel(Graphics2D g, int top, String caption, Map<String, Stats> values) {
        double max = values.values().stream().mapToDouble(Stats::max).max().orElse(1);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(Color.DARK_GRAY);
        g.drawString(caption, 16, top + 16);
        int y = top + 30;
        int i = 0;
        double scale = (WIDTH - LABEL - 120) / max;
        for (Map.Entry<String, Stats> e : values.entrySet()) {
            Stats s = e.getValue();
            g.setColor(Color.BLACK);
            g.drawString(e.getKey(), 16, y + 17);
            g.setColor(COLORS[i++ % COLORS.length]);
            g.fillRect(LABEL, y + 4, (int) Math.max(1, s.median() * scale), ROW - 12);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1.5f));
            int y0 = y + ROW / 2 - 2;
            g.drawLine(LABEL + (int) (s.min() * scale), y0, LABEL + (int) (s.max() * scale), y0);
            g.drawString(s.medianText(), LABEL + (int) (s.max() * scale) + 8, y + 17);
            y += ROW;
        }
        return y;
    }
}
