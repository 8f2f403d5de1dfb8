package bg.integra.web.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;

/**
 * The flag of the European Union drawn as vector graphics: a blue rectangle of 3:2 with twelve gold five-pointed
 * stars on a circle, as the graphic standards describe it (circle radius a third of the height, each star's
 * points on a circle of an eighteenth of the height, one star at the top). No image file is needed. Every PDF that
 * the publicity rules concern (report, attendance sheet, certificate) draws it from here.
 */
public final class EuEmblem {

    private static final float[] BLUE = {0f, 51 / 255f, 153 / 255f};       // Reflex Blue, #003399
    private static final float[] YELLOW = {1f, 204 / 255f, 0f};             // #FFCC00

    private EuEmblem() {
    }

    /** The flag with its lower left corner at ({@code x}, {@code y}), {@code height} high and 1.5 times as wide. */
    public static void draw(PDPageContentStream content, float x, float y, float height) throws IOException {
        float width = height * 1.5f;
        content.setNonStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
        content.addRect(x, y, width, height);
        content.fill();
        content.setNonStrokingColor(YELLOW[0], YELLOW[1], YELLOW[2]);
        float cx = x + width / 2, cy = y + height / 2;
        float ring = height / 3, outer = height / 18, inner = outer * 0.382f;
        for (int s = 0; s < 12; s++) {
            double a = Math.toRadians(90 - s * 30);
            star(content, cx + ring * (float) Math.cos(a), cy + ring * (float) Math.sin(a), outer, inner);
        }
        content.setNonStrokingColor(0f, 0f, 0f);
    }

    private static void star(PDPageContentStream content, float cx, float cy, float outer, float inner) throws IOException {
        for (int p = 0; p < 10; p++) {
            double a = Math.toRadians(90 + p * 36);
            float r = p % 2 == 0 ? outer : inner;
            float px = cx + r * (float) Math.cos(a), py = cy + r * (float) Math.sin(a);
            if (p == 0) content.moveTo(px, py); else content.lineTo(px, py);
        }
        content.closePath();
        content.fill();
    }
}
