package org.articleparser.core;

import java.util.Objects;

/**
 * Something the parser noticed about its input and worked around, such as malformed UTF-8 that
 * was decoded with replacement characters.
 *
 * @param code     a stable identifier, for example {@code "input.malformed-utf8"}
 * @param message  a sentence for people
 * @param position where in the input it was noticed (a byte offset for decoding problems), or -1
 */
public record ParseWarning(String code, String message, long position) {

    /**
     * Checks that code and message are present.
     *
     * @param code a stable identifier, for example {@code "input.malformed-utf8"}
     * @param message a sentence for people
     * @param position where in the input it was noticed (a byte offset for decoding problems), or -1
     */
    public ParseWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
