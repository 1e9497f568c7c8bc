package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A caption that says what it shows is for a video only when it says it is one. */
class CaptionKindTest {

    private static final ArticleParser PARSER = ArticleParser.builder().build();

    @ParameterizedTest
    @CsvSource({
        "Video shows a test tram crossing the river bridge, VIDEO",
        "Footage shows a test tram crossing the river bridge, VIDEO",
        "Videos showing the test tram on the river bridge, VIDEO",
        "Photo shows a test tram crossing the river bridge, IMAGE",
        "Picture shows the test tram on the river bridge, IMAGE",
        "Images show the test tram on the river bridge, IMAGE",
        "Route diagram of the six planned tram lines, IMAGE",
    })
    void showsCaptionKind(String caption, MediaKind kind) {
        String text = String.join("\n\n", List.of(
                "How the new tram network will change the city centre",
                "The transport authority published its plans on Monday, showing six new lines across the centre and two new depots.",
                caption,
                "Residents have until the end of the month to comment on the routes, and public meetings will be held in every district."));
        Article a = PARSER.parse(text);
        assertEquals(1, a.media().size(), () -> a.toString());
        assertEquals(caption, a.media().get(0).caption());
        assertEquals(kind, a.media().get(0).kind());
    }
}
