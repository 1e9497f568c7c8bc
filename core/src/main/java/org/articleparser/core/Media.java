package org.articleparser.core;

import java.util.Objects;

/**
 * An image or video placed in an article, with its caption and credit as written.
 *
 * <p>A credit that stood at the end of a caption ({@code "... Photo: Reuters"}) or on a line of
 * its own ({@code "KCNA via Reuters"}) is split off into {@link #credit()}.
 *
 * @param kind     image or video, never null
 * @param caption  the caption text, or null when the input gives none
 * @param credit   the photo or video credit, or null
 * @param duration a video's running time as written ({@code "03:46"}), or null
 */
public record Media(MediaKind kind, String caption, String credit, String duration) {

    /**
     * Checks that {@code kind} is present.
     *
     * @param kind image or video, never null
     * @param caption the caption text, or null when the input gives none
     * @param credit the photo or video credit, or null
     * @param duration a video's running time as written ({@code "03:46"}), or null
     */
    public Media {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * An image with the given caption and credit, either of which may be null.
     *
     * @param caption the caption, or null
     * @param credit the credit line as written, or null
     * @return the image
     */
    public static Media image(String caption, String credit) {
        return new Media(MediaKind.IMAGE, caption, credit, null);
    }

    /**
     * A video with the given caption and running time, either of which may be null.
     *
     * @param caption the caption, or null
     * @param duration the running time as written, such as {@code 03:46}, or null
     * @return the video
     */
    public static Media video(String caption, String duration) {
        return new Media(MediaKind.VIDEO, caption, null, duration);
    }
}
