package org.articleparser.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The progress line on a terminal's stderr: files done of those to do, megabytes read,
 * articles per second and the estimated time left, redrawn in place a few times a second.
 * The files to do are counted by a walk of their own on a background thread; until it ends the
 * line shows the files found so far and no time left. Used by the submitting thread only.
 */
final class Progress {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream err;
    private final long start = System.nanoTime();
    private long found;
    /** The files of every input, once counted; -1 before. */
    private volatile long total = -1;
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

    /** Counts the files {@code inputs} stand for, on a background thread. */
    void count(List<String> inputs) {
        Thread counter = new Thread(() -> {
            long[] n = {0};
            for (String input : inputs) {
                Path dir = ArticlesCli.directory(input);
                if (dir == null) {
                    n[0]++;
                    continue;
                }
                try {
                    TextFileWalk.walk(dir, new TextFileWalk.Visitor() {
                        @Override
                        public void file(Path file) {
                            n[0]++;
                        }

                        @Override
                        public void failed(Path directory, IOException e) {
                            n[0]++; // reported as one failed input
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    return; // no total, no time left: the run reports what it cannot read
                }
            }
            total = n[0];
        }, "article-parser-count");
        counter.setDaemon(true);
        counter.start();
    }

    /** One more file found by the walk that feeds the parse. */
    void found() {
        found++;
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
        long all = total;
        String counted = all >= 0 ? files + "/" + all : files + "/" + found + "+";
        String eta = "--:--";
        if (all >= 0 && rate > 0) {
            long left = Math.round(Math.max(0, all - files) / rate);
            eta = String.format(Locale.ROOT, "%d:%02d", left / 60, left % 60);
        }
        err.print(String.format(Locale.ROOT, "\r%s files, %.1f MB, %.0f articles/s, ETA %s\033[K",
                counted, bytes / 1048576.0, rate, eta));
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
