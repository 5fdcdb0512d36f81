import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the ChorusDesk application icon (a sheet of paper with a tick on a blue tile) and
 * writes it in the three formats jpackage wants: PNG (Linux), ICO (Windows), ICNS (macOS).
 * Run from the repository root: {@code java packaging/icon/DrawIcon.java packaging/icon}.
 * Only the JDK is needed; the ICO and ICNS files simply wrap the PNG bytes, which both formats allow.
 */
public final class DrawIcon {

    private static final int SIZE = 256;

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        byte[] png = png(draw(SIZE));
        Files.write(dir.resolve("chorusdesk.png"), png);
        Files.write(dir.resolve("chorusdesk.ico"), ico(png, SIZE));
        Files.write(dir.resolve("chorusdesk.icns"), icns(png));
    }

    private static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;
        g.scale(s, s);

        // tile: the window's accent blue, lighter at the top
        g.setPaint(new GradientPaint(0, 8, new Color(0x2F6FD6), 0, 248, new Color(0x1B4A9A)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        // sheet with a folded corner
        Path2D sheet = new Path2D.Double();
        sheet.moveTo(70, 40);
        sheet.lineTo(156, 40);
        sheet.lineTo(196, 80);
        sheet.lineTo(196, 216);
        sheet.lineTo(70, 216);
        sheet.closePath();
        g.setColor(Color.WHITE);
        g.fill(sheet);
        Path2D fold = new Path2D.Double();
        fold.moveTo(156, 40);
        fold.lineTo(156, 80);
        fold.lineTo(196, 80);
        fold.closePath();
        g.setColor(new Color(0xC9D7F0));
        g.fill(fold);

        // text lines
        g.setColor(new Color(0xB0C1E0));
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(92, 78, 136, 78);
        g.drawLine(92, 102, 174, 102);
        g.drawLine(92, 126, 174, 126);

        // the tick: checked before sending
        g.setColor(new Color(0x1E9E5A));
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D tick = new Path2D.Double();
        tick.moveTo(100, 168);
        tick.lineTo(126, 192);
        tick.lineTo(172, 146);
        g.draw(tick);
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** ICO with one PNG-compressed 256x256 entry (allowed since Windows Vista). */
    private static byte[] ico(byte[] png, int size) {
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1); // reserved, type icon, one image
        b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 means 256
        b.put((byte) 0).put((byte) 0); // no palette, reserved
        b.putShort((short) 1).putShort((short) 32); // planes, bits per pixel
        b.putInt(png.length).putInt(6 + 16);
        b.put(png);
        return b.array();
    }

    /** ICNS with one "ic08" (256x256 PNG) element. */
    private static byte[] icns(byte[] png) {
        int elementLength = 8 + png.length;
        ByteBuffer b = ByteBuffer.allocate(8 + elementLength).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + elementLength);
        b.put("ic08".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(elementLength);
        b.put(png);
        return b.array();
    }
}
