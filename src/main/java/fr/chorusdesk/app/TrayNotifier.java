package fr.chorusdesk.app;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desktop notifications through the system tray, where the platform has one (Windows, macOS,
 * most Linux desktops). Elsewhere it does nothing: the window's own notice still says it. The
 * tray icon is added on the first notification only, so a user who never gets one never sees it.
 */
final class TrayNotifier implements DesktopNotifications.Sink, AutoCloseable {

    /** Looked up when needed: this class exists before the first frame, logging only after it. */
    private static Logger log() {
        return LoggerFactory.getLogger(TrayNotifier.class);
    }

    // both touched on the AWT event thread only, except the read in close()
    private volatile Optional<TrayIcon> icon = Optional.empty();
    private boolean unavailable;

    /** Whether this platform can show a notification at all. */
    static boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public void show(String title, String text) {
        EventQueue.invokeLater(() -> {
            Optional<TrayIcon> tray = icon();
            tray.ifPresent(i -> i.displayMessage(title, text, TrayIcon.MessageType.INFO));
        });
    }

    private Optional<TrayIcon> icon() {
        if (icon.isEmpty() && !unavailable) {
            if (!supported()) {
                unavailable = true;
                log().info("No system tray here: status changes are shown in the window only");
                return Optional.empty();
            }
            TrayIcon created = new TrayIcon(image(), "ChorusDesk");
            created.setImageAutoSize(true);
            try {
                SystemTray.getSystemTray().add(created);
                icon = Optional.of(created);
            } catch (AWTException | RuntimeException e) {
                unavailable = true;
                log().info("The system tray refused the notification icon: {}", e.toString());
            }
        }
        return icon;
    }

    /** The app's mark drawn in code: no image file to ship for one tray icon. */
    private static BufferedImage image() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x0d, 0x6e, 0xfd));
        g.fillRoundRect(0, 0, 32, 32, 8, 8);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString("C", 8, 24);
        g.dispose();
        return image;
    }

    @Override
    public void close() {
        // nothing to remove when no notification was ever shown (and no reason to start AWT then)
        if (icon.isPresent()) {
            EventQueue.invokeLater(() -> icon.ifPresent(i -> SystemTray.getSystemTray().remove(i)));
        }
    }
}
