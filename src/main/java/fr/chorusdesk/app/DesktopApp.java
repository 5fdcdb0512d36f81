package fr.chorusdesk.app;

final class DesktopApp {
    static void launch(LaunchOptions options) {
        throw new UnsupportedOperationException("todo");
    }
}
