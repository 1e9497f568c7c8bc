package org.articleparser.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.articleparser.core.ArticleInputException.Reason;
import org.articleparser.core.internal.Classifier;
import org.articleparser.core.internal.Decoded;
import org.articleparser.core.internal.InputDecoder;
import org.articleparser.core.internal.PhraseCatalog;

/**
 * Parses scraped news text into {@link Article}s.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.builder()
 *         .maxInputBytes(4 << 20)
 *         .extraBoilerplate(List.of("Subscribe to our newsletter"))
 *         .build();
 * Article article = parser.parse(Path.of("story.txt"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: build one and share it.
 */
public final class ArticleParser {

    /** The default for {@link Builder#maxInputBytes(long)}: 16 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 16L << 20;

    private final long maxInputBytes;
    private final boolean strictUtf8;
    private final List<String> extraBoilerplate;
    private final Classifier classifier;

    private ArticleParser(Builder b) {
        this.maxInputBytes = b.maxInputBytes;
        this.strictUtf8 = b.strictUtf8;
        this.extraBoilerplate = List.copyOf(b.extraBoilerplate);
        this.classifier = new Classifier(PhraseCatalog.standard().with(extraBoilerplate));
    }

    /** {@return a builder with default options} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses article text. Never fails for text: {@code ""} yields an empty article, and every
     * non-blank line ends up in exactly one place of the result.
     *
     * @param text the article in the plain-text scrape format
     * @return the parsed article
     */
    public Article parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return classifier.parse(text.toString(), List.of());
    }

    /**
     * Reads a UTF-8 file (with or without a byte order mark) and parses it.
     *
     * @param file the file to read
     * @return the parsed article
     * @throws ArticleInputException if the file is missing, not a regular file, unreadable,
     *                               larger than {@link #maxInputBytes()}, binary, or malformed
     *                               UTF-8 while {@link #strictUtf8()} is set
     */
    public Article parse(Path file) throws ArticleInputException {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try {
            // one look at the file (following links) tells what the three checks would
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new ArticleInputException(Reason.NOT_A_FILE, source, "is a directory", -1, null);
            }
            if (!attributes.isRegularFile()) {
                throw new ArticleInputException(Reason.NOT_A_FILE, source, "not a regular file", -1, null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, source);
            }
        } catch (NoSuchFileException e) {
            throw new ArticleInputException(Reason.NOT_FOUND, source, "no such file", -1, e);
        } catch (AccessDeniedException e) {
            throw new ArticleInputException(Reason.UNREADABLE, source, "permission denied", -1, e);
        } catch (ArticleInputException e) {
            throw e;
        } catch (IOException e) {
            throw new ArticleInputException(Reason.UNREADABLE, source,
                    "cannot be read (" + e.getMessage() + ")", -1, e);
        }
    }

    /**
     * Reads UTF-8 text from a stream, which this method does not close, and parses it.
     *
     * @param in     the stream to read
     * @param source the input's name for messages, such as a path or URL
     * @return the parsed article
     * @throws ArticleInputException if the stream fails, holds more than
     *                               {@link #maxInputBytes()} bytes, is binary, or is malformed
     *                               UTF-8 while {@link #strictUtf8()} is set
     */
    public Article parse(InputStream in, String source) throws ArticleInputException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Decoded decoded = InputDecoder.decode(in, source, maxInputBytes, strictUtf8);
        return classifier.parse(decoded.text(), decoded.warnings());
    }

    /** {@return the largest input, in bytes, that the stream and file methods accept} */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** {@return whether malformed UTF-8 is rejected rather than replaced} */
    public boolean strictUtf8() {
        return strictUtf8;
    }

    /** {@return the phrases added to the built-in boilerplate catalog} */
    public List<String> extraBoilerplate() {
        return extraBoilerplate;
    }

    /** Configures an {@link ArticleParser}. Not thread-safe; every method returns {@code this}. */
    public static final class Builder {
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private boolean strictUtf8;
        private final List<String> extraBoilerplate = new ArrayList<>();

        private Builder() {
        }

        /**
         * The largest input, in bytes, that the stream and file methods accept.
         * Default {@link #DEFAULT_MAX_INPUT_BYTES} (16 MiB); at least 1 and at most
         * {@code Integer.MAX_VALUE - 8}.
         *
         * @param bytes the limit
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is out of range
         */
        public Builder maxInputBytes(long bytes) {
            if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        "maxInputBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ": " + bytes);
            }
            this.maxInputBytes = bytes;
            return this;
        }

        /**
         * Whether malformed UTF-8 makes the stream and file methods fail with
         * {@link Reason#MALFORMED_UTF8}. Default false: malformed bytes become U+FFFD and the
         * article carries a warning with the byte offset.
         *
         * @param strict true to reject malformed input
         * @return this builder
         */
        public Builder strictUtf8(boolean strict) {
            this.strictUtf8 = strict;
            return this;
        }

        /**
         * Adds lines that are boilerplate wherever they occur, compared whole and ignoring case,
         * such as a site's newsletter prompt. Default none, added to the built-in catalog.
         *
         * @param phrases the lines; none may be null or blank
         * @return this builder
         * @throws IllegalArgumentException if a phrase is blank
         */
        public Builder extraBoilerplate(Collection<String> phrases) {
            for (String p : Objects.requireNonNull(phrases, "phrases")) {
                Objects.requireNonNull(p, "phrase");
                if (p.isBlank()) {
                    throw new IllegalArgumentException("extraBoilerplate phrase must not be blank: '" + p + "'");
                }
                extraBoilerplate.add(p.strip());
            }
            return this;
        }

        /** {@return a parser with these options} */
        public ArticleParser build() {
            return new ArticleParser(this);
        }
    }
}
