package bg.integra.demo;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Illustrative pictures for the demo content, drawn with Java2D at start-up so that the repository holds no
 * binary files: scenes of seminars and press conferences, a newspaper page as a scan, the electronic banner and
 * the pages of the generated PDFs. Flat shapes and real text; the same arguments always give the same picture.
 */
final class DemoPictures {

    static final int PHOTO_WIDTH = 960;
    static final int PHOTO_HEIGHT = 600;
    static final int BANNER_WIDTH = 728;
    static final int BANNER_HEIGHT = 90;

    static final Color EU_BLUE = new Color(0x003399);
    static final Color EU_YELLOW = new Color(0xFFCC00);
    private static final Color[] CLOTHES = {new Color(0x2f4858), new Color(0x86bbd8), new Color(0x9e2a2b),
            new Color(0x33658a), new Color(0xf6ae2d), new Color(0x55dde0), new Color(0x6b705c), new Color(0x7b2cbf),
            new Color(0x3a5a40), new Color(0xbc6c25)};
    private static final Color[] SKIN = {new Color(0xf1c27d), new Color(0xe0ac69), new Color(0xc68642),
            new Color(0x8d5524), new Color(0xffdbac)};
    private static final Color[] HAIR = {new Color(0x2b1b17), new Color(0x4e342e), new Color(0x9e9e9e),
            new Color(0x6d4c41), new Color(0x1b1b1b)};

    /** What a demo photo shows. */
    enum Scene { SEMINAR, GROUP_WORK, PRACTICUM, PRESS_CONFERENCE, HANDBOOKS, BOARD, FORUM, TRAINING }

    private DemoPictures() {
    }

    /** A photo-like JPEG of a scene; {@code headline} and {@code line} appear on its screen, banner or board. */
    static byte[] photo(Scene scene, String headline, String line, long seed) {
        BufferedImage image = new BufferedImage(PHOTO_WIDTH, PHOTO_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        try {
            Random random = new Random(seed);
            room(g, scene == Scene.PRESS_CONFERENCE ? new Color(0xdfe6ee) : new Color(0xf2e8d8));
            switch (scene) {
                case SEMINAR -> seminar(g, random, headline, line, false);
                case FORUM -> seminar(g, random, headline, line, true);
                case TRAINING -> training(g, random, headline, line);
                case GROUP_WORK, PRACTICUM -> groupWork(g, random, headline, line, scene == Scene.PRACTICUM);
                case PRESS_CONFERENCE -> pressConference(g, random, headline, line);
                case HANDBOOKS -> handbooks(g, random, headline, line);
                case BOARD -> board(g, headline, line);
            }
        } finally {
            g.dispose();
        }
        return jpeg(image);
    }

    /** A newspaper page as a grey scan: masthead, issue date, headline, a photo and columns of text. */
    static byte[] newspaperScan(String newspaper, String issue, String headline, long seed) {
        int width = 900;
        int height = 1260;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        try {
            Random random = new Random(seed);
            g.setColor(new Color(0xf3f0e7));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0x222222));
            Font masthead = fit(g, new Font(Font.SERIF, Font.BOLD, 64), newspaper, width - 80);
            centred(g, newspaper, masthead, width / 2, 100);
            g.setStroke(new BasicStroke(3));
            g.drawLine(40, 125, width - 40, 125);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 20));
            g.drawString(issue, 40, 152);
            g.drawLine(40, 165, width - 40, 165);
            int y = wrap(g, headline, new Font(Font.SERIF, Font.BOLD, 40), 40, 220, width - 80, 48, 3);
            // the article's photo
            int photoTop = y + 10;
            g.setColor(new Color(0xb8b5ad));
            g.fillRect(40, photoTop, 520, 330);
            g.setColor(new Color(0x8e8b84));
            for (int i = 0; i < 9; i++) {
                int x = 70 + i * 55;
                g.fill(new Ellipse2D.Double(x, photoTop + 200, 34, 34));
                g.fill(new RoundRectangle2D.Double(x - 10, photoTop + 236, 54, 90, 20, 20));
            }
            g.setColor(new Color(0x6f6c66));
            g.fillRect(110, photoTop + 40, 380, 120);
            // columns of text as grey lines
            g.setColor(new Color(0x555555));
            textLines(g, random, 590, photoTop, 270, photoTop + 330);
            int columnWidth = (width - 80 - 40) / 3;
            for (int c = 0; c < 3; c++) {
                textLines(g, random, 40 + c * (columnWidth + 20), photoTop + 360, columnWidth, height - 50);
            }
            // a scan is never perfectly clean
            g.setColor(new Color(0, 0, 0, 18));
            for (int i = 0; i < 400; i++) g.fillRect(random.nextInt(width), random.nextInt(height), 2, 2);
        } finally {
            g.dispose();
        }
        return jpeg(image);
    }

    /** The electronic banner (728 × 90, PNG): the EU flag, the project's short name and a line. */
    static byte[] banner(String title, String line) {
        BufferedImage image = new BufferedImage(BANNER_WIDTH, BANNER_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(0x0b3d91), BANNER_WIDTH, 0, new Color(0x1769aa)));
            g.fillRect(0, 0, BANNER_WIDTH, BANNER_HEIGHT);
            euFlag(g, 12, 15, 90, 60);
            g.setColor(Color.WHITE);
            g.setFont(fit(g, new Font(Font.SANS_SERIF, Font.BOLD, 24), title, BANNER_WIDTH - 130));
            g.drawString(title, 118, 42);
            g.setColor(EU_YELLOW);
            g.setFont(fit(g, new Font(Font.SANS_SERIF, Font.PLAIN, 16), line, BANNER_WIDTH - 130));
            g.drawString(line, 118, 70);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /**
     * The upper part of a PDF's page, with the text that needs Cyrillic letters (the PDF's own fonts have none):
     * the EU flag, the fund, the title, a subtitle and a few lines.
     */
    static BufferedImage documentCover(String fund, String title, String subtitle, List<String> lines, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(EU_BLUE);
            g.fillRect(0, 0, width, 130);
            euFlag(g, 50, 25, 120, 80);
            g.setColor(Color.WHITE);
            wrap(g, fund, new Font(Font.SANS_SERIF, Font.BOLD, 20), 195, 55, width - 245, 26, 3);
            g.setColor(new Color(0x10243f));
            int y = wrap(g, title, new Font(Font.SANS_SERIF, Font.BOLD, 34), 50, 200, width - 100, 42, 5);
            g.setColor(new Color(0x1769aa));
            y = wrap(g, subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 20), 50, y + 15, width - 100, 26, 2);
            g.setStroke(new BasicStroke(2));
            g.drawLine(50, y + 5, width - 50, y + 5);
            g.setColor(new Color(0x333333));
            y += 45;
            for (String text : lines) {
                y = wrap(g, text, new Font(Font.SANS_SERIF, Font.PLAIN, 18), 50, y, width - 100, 25, 6) + 10;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void room(Graphics2D g, Color wall) {
        g.setPaint(new GradientPaint(0, 0, wall, 0, PHOTO_HEIGHT * 0.62f, wall.darker()));
        g.fillRect(0, 0, PHOTO_WIDTH, (int) (PHOTO_HEIGHT * 0.62));
        g.setPaint(new GradientPaint(0, PHOTO_HEIGHT * 0.62f, new Color(0x9c7b5b), 0, PHOTO_HEIGHT, new Color(0x6e5440)));
        g.fillRect(0, (int) (PHOTO_HEIGHT * 0.62), PHOTO_WIDTH, PHOTO_HEIGHT);
        // windows
        g.setColor(new Color(0xcfe8f7));
        g.fillRect(30, 60, 90, 170);
        g.fillRect(PHOTO_WIDTH - 120, 60, 90, 170);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(4));
        g.drawLine(75, 60, 75, 230);
        g.drawLine(PHOTO_WIDTH - 75, 60, PHOTO_WIDTH - 75, 230);
    }

    private static void seminar(Graphics2D g, Random random, String headline, String line, boolean forum) {
        int sx = forum ? 160 : 230;
        int sw = PHOTO_WIDTH - 2 * sx;
        screen(g, sx, 40, sw, 250, headline, line);
        if (forum) {
            g.setColor(new Color(0x7a1f2b));
            g.fillRect(0, 300, PHOTO_WIDTH, 40); // the stage
            euFlag(g, 40, 40, 90, 60);
        }
        person(g, random, sx + sw + 30, 250, 1.1, true); // the speaker beside the screen
        for (int row = 0; row < 3; row++) {
            double scale = 1.25 + row * 0.3;
            int y = 360 + row * 75;
            int count = 8 - row;
            for (int i = 0; i < count; i++) {
                int x = 40 + (int) ((PHOTO_WIDTH - 80) * (i + 0.5) / count) + random.nextInt(15) - 7;
                person(g, random, x, y, scale, false);
            }
        }
    }

    private static void training(Graphics2D g, Random random, String headline, String line) {
        g.setColor(new Color(0x666666));
        g.fillRect(175, 35, 610, 270);
        g.setColor(Color.WHITE);
        g.fillRect(185, 45, 590, 250);
        g.setColor(new Color(0x1f4e79));
        wrap(g, headline, new Font(Font.SANS_SERIF, Font.BOLD, 34), 210, 100, 540, 40, 2);
        g.setColor(new Color(0x2e7d32));
        wrap(g, line, new Font(Font.SANS_SERIF, Font.PLAIN, 24), 210, 210, 540, 30, 2);
        for (int row = 0; row < 2; row++) {
            int y = 390 + row * 110;
            for (int i = 0; i < 4; i++) {
                int x = 120 + i * 240;
                person(g, random, x - 35, y, 1.2 + row * 0.2, false);
                person(g, random, x + 35, y, 1.2 + row * 0.2, false);
                g.setColor(new Color(0xe3d3b5));
                g.fillRect(x - 90, y + 50, 180, 22 + row * 4);
            }
        }
    }

    private static void groupWork(Graphics2D g, Random random, String headline, String line, boolean cases) {
        // a flip chart with the task of the group
        g.setColor(new Color(0x555555));
        g.fillRect(700, 120, 8, 280);
        g.setColor(Color.WHITE);
        g.fillRect(640, 60, 260, 220);
        g.setColor(cases ? new Color(0xc62828) : new Color(0x1565c0));
        wrap(g, headline, new Font(Font.SANS_SERIF, Font.BOLD, 24), 655, 100, 230, 28, 3);
        g.setColor(new Color(0x333333));
        wrap(g, line, new Font(Font.SANS_SERIF, Font.PLAIN, 18), 655, 210, 230, 22, 3);
        for (int t = 0; t < 2; t++) {
            int cx = 200 + t * 300;
            int cy = 420 + t * 40;
            for (int i = 0; i < 5; i++) {
                double angle = Math.PI + i * Math.PI / 4;
                person(g, random, cx + (int) (Math.cos(angle) * 120), cy + (int) (Math.sin(angle) * 50) - 10, 1.1, false);
            }
            g.setColor(new Color(0xf5f5f5));
            g.fill(new Ellipse2D.Double(cx - 130, cy - 10, 260, 80));
            g.setColor(new Color(0xd7ccc8));
            g.fillRect(cx - 60, cy + 10, 50, 35); // papers on the table
            g.fillRect(cx + 15, cy + 20, 45, 30);
            person(g, random, cx + 70, cy + 110, 1.4, false);
            person(g, random, cx - 70, cy + 110, 1.4, false);
        }
    }

    private static void pressConference(Graphics2D g, Random random, String headline, String line) {
        // the backdrop with the project's name
        g.setColor(EU_BLUE);
        g.fillRect(120, 30, 720, 190);
        euFlag(g, 150, 60, 120, 80);
        g.setColor(Color.WHITE);
        wrap(g, headline, new Font(Font.SANS_SERIF, Font.BOLD, 28), 300, 80, 520, 34, 3);
        g.setColor(EU_YELLOW);
        wrap(g, line, new Font(Font.SANS_SERIF, Font.PLAIN, 18), 300, 195, 520, 22, 1);
        for (int i = 0; i < 3; i++) person(g, random, 290 + i * 190, 265, 1.3, true);
        g.setColor(new Color(0x1e3a5f));
        g.fillRect(150, 330, 660, 110); // the table
        g.setColor(new Color(0xffffff));
        for (int i = 0; i < 3; i++) {
            g.fillRect(255 + i * 190, 340, 70, 24); // name cards
            g.setColor(new Color(0x222222));
            g.setStroke(new BasicStroke(4));
            g.drawLine(300 + i * 190, 330, 320 + i * 190, 295); // microphones
            g.fill(new Ellipse2D.Double(314 + i * 190, 286, 14, 14));
            g.setColor(Color.WHITE);
        }
        for (int i = 0; i < 7; i++) person(g, random, 70 + i * 135 + random.nextInt(20), 520, 1.6, false);
    }

    private static void handbooks(Graphics2D g, Random random, String headline, String line) {
        g.setColor(new Color(0x8d6e63));
        g.fillRect(80, 400, 800, 30); // the table top
        Color[] covers = {new Color(0x1565c0), new Color(0x2e7d32), new Color(0xc62828)};
        for (int stack = 0; stack < 3; stack++) {
            int x = 120 + stack * 250;
            for (int i = 0; i < 6; i++) {
                g.setColor(covers[stack].darker());
                g.fillRect(x + random.nextInt(6), 375 - i * 14, 200, 12);
            }
            g.setColor(covers[stack]);
            g.fillRect(x, 150, 200, 210);
            g.setColor(Color.WHITE);
            euFlag(g, x + 12, 160, 45, 30);
        }
        g.setColor(new Color(0x10243f));
        wrap(g, headline, new Font(Font.SANS_SERIF, Font.BOLD, 30), 120, 490, 720, 36, 2);
        g.setColor(new Color(0xffffff));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(line, 120, 560);
    }

    private static void board(Graphics2D g, String headline, String line) {
        g.setColor(new Color(0x9e9e9e));
        g.fillRect(190, 60, 580, 360);
        g.setColor(Color.WHITE);
        g.fillRect(200, 70, 560, 340);
        euFlag(g, 225, 95, 120, 80);
        g.setColor(EU_BLUE);
        wrap(g, headline, new Font(Font.SANS_SERIF, Font.BOLD, 26), 370, 115, 370, 31, 4);
        g.setColor(new Color(0x333333));
        wrap(g, line, new Font(Font.SANS_SERIF, Font.PLAIN, 18), 225, 310, 510, 23, 4);
        g.setColor(new Color(0x5d4037));
        g.fillRect(0, 480, PHOTO_WIDTH, 10);
    }

    private static void screen(Graphics2D g, int x, int y, int w, int h, String headline, String line) {
        g.setColor(new Color(0x37474f));
        g.fillRect(x - 6, y - 6, w + 12, h + 12);
        g.setPaint(new GradientPaint(x, y, Color.WHITE, x, y + h, new Color(0xe3f2fd)));
        g.fillRect(x, y, w, h);
        g.setColor(EU_BLUE);
        g.fillRect(x, y, w, 14);
        g.setColor(new Color(0x0d47a1));
        int next = wrap(g, headline, new Font(Font.SANS_SERIF, Font.BOLD, 30), x + 30, y + 70, w - 60, 36, 3);
        g.setColor(new Color(0x455a64));
        wrap(g, line, new Font(Font.SANS_SERIF, Font.PLAIN, 20), x + 30, Math.max(next + 10, y + 170), w - 60, 24, 2);
    }

    /** A seated or standing person seen from the front or back: head, hair and shoulders. */
    private static void person(Graphics2D g, Random random, int x, int y, double scale, boolean facing) {
        int head = (int) (34 * scale);
        Color clothes = CLOTHES[random.nextInt(CLOTHES.length)];
        g.setColor(clothes);
        g.fill(new RoundRectangle2D.Double(x - head, y + head * 0.85, head * 2, head * 2.2, head, head));
        g.setColor(SKIN[random.nextInt(SKIN.length)]);
        g.fill(new Ellipse2D.Double(x - head / 2.0, y, head, head));
        g.setColor(HAIR[random.nextInt(HAIR.length)]);
        if (facing) {
            // the top half of an ellipse: hair seen from the front
            g.fill(new Arc2D.Double(x - head / 2.0, y - head * 0.08, head, head * 1.1, 0, 180, Arc2D.CHORD));
        } else {
            g.fill(new Ellipse2D.Double(x - head / 2.0, y, head, head * 0.8));
        }
    }

    /** The flag of the European Union: twelve gold stars in a circle on blue. */
    static void euFlag(Graphics2D g, int x, int y, int w, int h) {
        g.setColor(EU_BLUE);
        g.fillRect(x, y, w, h);
        g.setColor(EU_YELLOW);
        double cx = x + w / 2.0;
        double cy = y + h / 2.0;
        double radius = h / 3.0;
        double star = h / 18.0;
        for (int i = 0; i < 12; i++) {
            double angle = i * Math.PI / 6;
            g.fill(star(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle), star));
        }
    }

    private static Path2D star(double cx, double cy, double outer) {
        Path2D path = new Path2D.Double();
        double inner = outer * 0.382;
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double px = cx + r * Math.cos(angle);
            double py = cy + r * Math.sin(angle);
            if (i == 0) path.moveTo(px, py); else path.lineTo(px, py);
        }
        path.closePath();
        return path;
    }

    private static void textLines(Graphics2D g, Random random, int x, int top, int width, int bottom) {
        for (int y = top + 6; y < bottom; y += 16) {
            int length = random.nextInt(8) == 0 ? width / 2 + random.nextInt(width / 3) : width - random.nextInt(12);
            g.fillRect(x, y, length, 7);
        }
    }

    /** Writes text in lines no wider than {@code width}, at most {@code maxLines}; answers the baseline below the last. */
    static int wrap(Graphics2D g, String text, Font font, int x, int y, int width, int lineHeight, int maxLines) {
        if (text == null || text.isBlank()) return y;
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (metrics.stringWidth(candidate) > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) lines.add(current.toString());
        if (lines.size() > maxLines) {
            lines = new ArrayList<>(lines.subList(0, maxLines));
            lines.set(maxLines - 1, lines.get(maxLines - 1) + " …");
        }
        for (String l : lines) {
            g.drawString(l, x, y);
            y += lineHeight;
        }
        return y;
    }

    private static Font fit(Graphics2D g, Font font, String text, int width) {
        Font f = font;
        while (f.getSize() > 10 && g.getFontMetrics(f).stringWidth(text) > width) f = f.deriveFont(f.getSize2D() - 1);
        return f;
    }

    private static void centred(Graphics2D g, String text, Font font, int cx, int y) {
        g.setFont(font);
        g.drawString(text, cx - g.getFontMetrics().stringWidth(text) / 2, y);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
