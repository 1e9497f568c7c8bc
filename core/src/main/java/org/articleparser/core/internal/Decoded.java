package org.articleparser.core.internal;

import java.util.List;
import org.articleparser.core.ParseWarning;

/**
 * Decoded input text and what was noticed while decoding it.
 *
 * @param text     the decoded text
 * @param warnings decoding warnings, such as replaced malformed bytes
 */
public record Decoded(String text, List<ParseWarning> warnings) {

    /** Copies the warnings. */
    public Decoded {
        warnings = List.copyOf(warnings);
    }
}
