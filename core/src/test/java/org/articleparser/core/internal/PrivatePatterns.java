package org.articleparser.core.internal;

import java.lang.reflect.Field;
import java.util.regex.Pattern;

/** The parser's private static patterns, for tests that check the cheap tests run before them. */
final class PrivatePatterns {

    private PrivatePatterns() {
    }

    /** The static {@code Pattern} field {@code name} of {@code owner}. */
    static Pattern of(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return (Pattern) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(owner.getSimpleName() + "." + name, e);
        }
    }
}
