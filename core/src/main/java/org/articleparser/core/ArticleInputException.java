package org.articleparser.core;

import java.io.IOException;
import java.util.Objects;

/**
 * Input that could not be read as article text: a missing file, a directory, binary data,
 * malformed UTF-8 under the strict option, or more bytes than the configured maximum.
 *
 * <p>The message names the source and the reason, ready for one line on a console:
 * {@code "x.txt: binary data (NUL byte at offset 12)"}.
 */
public final class ArticleInputException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why the input was rejected. */
    public enum Reason {
        /** The path does not exist. */
        NOT_FOUND,
        /** The path exists but is not a regular file (a directory, a device). */
        NOT_A_FILE,
        /** The file exists but cannot be read. */
        UNREADABLE,
        /** The input is larger than the parser's maximum. */
        TOO_LARGE,
        /** The input holds NUL bytes, so it is not text. */
        BINARY,
        /** The input is not valid UTF-8 and the parser is strict. */
        MALFORMED_UTF8
    }

    /** Why the input was rejected. */
    private final Reason reason;
    /** The input's name as given to the parser. */
    private final String source;
    /** The byte offset where the input went wrong, or -1. */
    private final long position;

    /**
     * Creates an exception.
     *
     * @param reason   why the input was rejected
     * @param source   the input's name, such as its path
     * @param detail   what went wrong, for people
     * @param position the byte offset where it went wrong, or -1
     * @param cause    the underlying exception, or null
     */
    public ArticleInputException(Reason reason, String source, String detail, long position,
                                 Throwable cause) {
        super(source + ": " + detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.source = Objects.requireNonNull(source, "source");
        this.position = position;
    }

    /** {@return why the input was rejected} */
    public Reason reason() {
        return reason;
    }

    /** {@return the input's name as given to the parser, such as its path} */
    public String source() {
        return source;
    }

    /** {@return the byte offset where the input went wrong, or -1 when the reason has no position} */
    public long position() {
        return position;
    }
}
