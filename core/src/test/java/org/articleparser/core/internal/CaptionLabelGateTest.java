package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The caption-label pattern's cheap first test never refuses a line it matches. */
class CaptionLabelGateTest {

    private static final Pattern CAPTION_LABEL = PrivatePatterns.of(Classifier.class, "CAPTION_LABEL");

    private static void assertGateAdmits(String line) {
        if (CAPTION_LABEL.matcher(line).matches()) {
            assertTrue(Classifier.opensWithCaptionLabel(line), () -> "CAPTION_LABEL matches, the gate refuses: " + line);
        }
    }

    @Provide
    Arbitrary<String> captionLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Caption", "CAPTION", "caption:", "Image", "PHOTO", "picture", "Media", "video", ":", ",",
                        "Jane", "Roe", "the", "Firefighters at work."),
                Arbitraries.strings().withChars("cCaApPiItTnN:, ").ofMaxLength(5));
        return piece.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 5000)
    void gateAdmitsEveryCaptionLikeLineThePatternMatches(@ForAll("captionLike") String line) {
        assertGateAdmits(line);
        assertGateAdmits(line.replace(" ", ""));
    }

    @Test
    void gateAdmitsEveryLineOfTheSeedsAndExamples() {
        SampleLines.all().forEach(CaptionLabelGateTest::assertGateAdmits);
    }

    @Test
    void gateRefusesLinesOpeningOtherwise() {
        assertTrue(Classifier.opensWithCaptionLabel("Image caption Firefighters at work"));
        assertFalse(Classifier.opensWithCaptionLabel("Police said the fire started at night."));
        assertFalse(Classifier.opensWithCaptionLabel("Image of the day"));
    }
}
