package org.articleparser.examples.cli;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Walks a directory for its {@code .txt} files in the order of their paths, as sorting every
 * path with {@link Path#compareTo} would give, but listing one directory at a time: memory holds
 * the listings of the directories on the way down, not the whole tree, and the first files are
 * handed over before the last directory is read.
 *
 * <p>Siblings are ordered by their paths, a directory's as if it ended in a separator: every
 * path under directory {@code a} starts {@code a/}, so it sorts against a sibling {@code a-b}
 * or {@code ab} as {@code a/} does. Links to files count as files; links to directories are
 * not followed.
 */
final class TextFileWalk {

    /** Takes what the walk finds, in order. */
    interface Visitor {

        /** A text file. */
        void file(Path file) throws IOException;

        /** A directory that could not be listed; the walk carries on with the others. */
        void failed(Path directory, IOException e) throws IOException;
    }

    /** A directory entry and the path it sorts by. */
    private record Entry(Path path, Path key, boolean directory) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::key);

    private TextFileWalk() {
    }

    /** Walks {@code root}, a directory, handing its text files and unreadable directories to {@code visitor}. */
    static void walk(Path root, Visitor visitor) throws IOException {
        Deque<Iterator<Entry>> open = new ArrayDeque<>();
        Entry start = new Entry(root, root, true);
        for (Entry next = start; next != null; next = next(open)) {
            if (!next.directory()) {
                visitor.file(next.path());
                continue;
            }
            try {
                open.push(list(next.path()).iterator());
            } catch (IOException e) {
                visitor.failed(next.path(), e);
            }
        }
    }

    /** The next entry of the innermost directory with one left, or null at the end. */
    private static Entry next(Deque<Iterator<Entry>> open) {
        while (!open.isEmpty()) {
            Iterator<Entry> it = open.peek();
            if (it.hasNext()) {
                return it.next();
            }
            open.pop();
        }
        return null;
    }

    /** The subdirectories and text files of {@code dir}, sorted. */
    private static List<Entry> list(Path dir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                BasicFileAttributes attrs = attributes(child);
                if (attrs != null && attrs.isDirectory()) {
                    entries.add(new Entry(child, child.resolve("-"), true));
                } else if (isText(child, attrs)) {
                    entries.add(new Entry(child, child, false));
                }
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        entries.sort(ORDER);
        return entries;
    }

    private static BasicFileAttributes attributes(Path child) {
        try {
            return Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null; // gone or unreadable: a text file by its name, for the parse to report
        }
    }

    private static boolean isText(Path child, BasicFileAttributes attrs) {
        boolean file = attrs == null || attrs.isRegularFile()
                || attrs.isSymbolicLink() && Files.isRegularFile(child);
        return file && child.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }
}
