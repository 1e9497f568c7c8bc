package org.articleparser.examples.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The progress line on a terminal's stderr: files done of those found so far, megabytes read,
 * articles per second and the estimated time left, redrawn in place a few times a second.
 * Used by the submitting thread only.
 */
final class Progress {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream err;
    private final long start = System.nanoTime();
    private long expected;
    private long files;
    private long bytes;
    private long lastDrawn;
    private boolean shown;

    Progress(PrintStream err) {
        this.err = err;
    }

    /** Whether stderr is a terminal (on Linux, where {@code /proc} tells; elsewhere, the console). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    void expect(int moreFiles) {
        expected += moreFiles;
    }

    void done(long fileBytes) {
        files++;
        bytes += fileBytes;
        long now = System.nanoTime();
        if (now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = files / seconds;
        long left = rate > 0 ? Math.round((expected - files) / rate) : 0;
        err.print(String.format(Locale.ROOT, "\r%d/%d files, %.1f MB, %.0f articles/s, ETA %d:%02d\033[K",
                files, expected, bytes / 1048576.0, rate, left / 60, left % 60));
        err.flush();
        shown = true;
    }

    /** Removes the line, before a message or at the end. */
    void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }
}
