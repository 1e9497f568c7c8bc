package org.articleparser.core;

/** What a {@link Media} element shows. */
public enum MediaKind {
    /** A photo, illustration or chart. */
    IMAGE,
    /** A video widget, usually announced by its running time. */
    VIDEO
}
