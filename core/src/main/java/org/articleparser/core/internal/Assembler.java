package org.articleparser.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.core.MediaKind;
import org.articleparser.core.ParseWarning;
import org.articleparser.core.Part;
import org.articleparser.core.Placement;
import org.articleparser.core.internal.Classifier.Label;
import org.articleparser.core.internal.Classifier.Slot;

/** Turns decided lines into an {@link Article} with a placement for every piece of text. */
final class Assembler {

    private Assembler() {
    }

    static Article assemble(Slot[] slots, Dateline dateline, List<ParseWarning> warnings) {
        Article.Builder a = Article.builder().dateline(dateline);
        warnings.forEach(a::addWarning);
        List<MediaParts> media = new ArrayList<>();
        Map<Integer, Integer> mediaIndex = new HashMap<>();
        int paragraphs = 0;
        int related = 0;
        int boilerplate = 0;
        boolean datelineCut = false;
        for (Slot x : slots) {
            Line line = x.line;
            switch (x.label) {
                case KICKER -> {
                    a.kicker(x.text);
                    a.addPlacement(place(Part.KICKER, 0, x, 0, x.text.length()));
                }
                case HEADLINE -> {
                    a.headline(x.text);
                    a.addPlacement(place(Part.HEADLINE, 0, x, 0, x.text.length()));
                }
                case BYLINE -> {
                    a.byline(x.text);
                    a.addPlacement(place(Part.BYLINE, 0, x, 0, x.text.length()));
                }
                case PARAGRAPH -> {
                    int from = 0;
                    if (!datelineCut && dateline != null && x.split > 0) {
                        datelineCut = true;
                        a.addPlacement(new Placement(Part.DATELINE, 0, dateline.text(), line.number(),
                                line.start(), line.start() + dateline.text().length(), "dateline.wire", x.score));
                        from = x.split;
                        while (from < x.text.length() && LineSplitter.isSpace(x.text.charAt(from))) {
                            from++;
                        }
                    }
                    String text = x.text.substring(from);
                    a.addParagraph(text);
                    a.addPlacement(place(Part.PARAGRAPH, paragraphs++, x, from, x.text.length()));
                }
                case RELATED -> {
                    a.addRelated(x.text);
                    a.addPlacement(place(Part.RELATED, related++, x, 0, x.text.length()));
                }
                case BOILERPLATE -> {
                    a.addBoilerplate(x.text);
                    a.addPlacement(place(Part.BOILERPLATE, boilerplate++, x, 0, x.text.length()));
                }
                case CAPTION, CREDIT, CAPTION_CREDIT, DURATION -> {
                    Integer m = mediaIndex.get(x.media);
                    if (m == null) {
                        m = media.size();
                        mediaIndex.put(x.media, m);
                        media.add(new MediaParts(x.kind));
                    }
                    MediaParts parts = media.get(m);
                    if (x.label == Label.CAPTION_CREDIT) {
                        String caption = x.text.substring(0, x.split).strip();
                        parts.caption = caption;
                        parts.credit = x.text.substring(x.split);
                        a.addPlacement(place(Part.CAPTION, m, x, 0, caption.length()));
                        a.addPlacement(place(Part.CREDIT, m, x, x.split, x.text.length()));
                    } else {
                        Part part = x.label == Label.CAPTION ? Part.CAPTION
                                : x.label == Label.CREDIT ? Part.CREDIT : Part.DURATION;
                        switch (part) {
                            case CAPTION -> parts.caption = x.text;
                            case CREDIT -> parts.credit = x.text;
                            default -> parts.duration = x.text;
                        }
                        a.addPlacement(place(part, m, x, 0, x.text.length()));
                    }
                }
                default -> throw new IllegalStateException("unplaced line " + line.number());
            }
        }
        media.forEach(p -> a.addMedia(new Media(p.kind, p.caption, p.credit, p.duration)));
        return a.build();
    }

    private static Placement place(Part part, int index, Slot x, int from, int to) {
        return new Placement(part, index, x.text.substring(from, to), x.line.number(),
                x.line.start() + from, x.line.start() + to, x.rule, x.score);
    }

    private static final class MediaParts {
        final MediaKind kind;
        String caption;
        String credit;
        String duration;

        MediaParts(MediaKind kind) {
            this.kind = kind;
        }
    }
}
