package org.articleparser.formats.nitf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.articleparser.formats.SeedArticles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;

/**
 * NITF output validated against IPTC's NITF 3.6 XML Schema, when the schema is bundled as the
 * test resource {@code /iptc/nitf-3-6.xsd} (with {@code /iptc/xml.xsd} for the {@code xml:lang}
 * attributes it imports). The schema could not be fetched when this format was written, so the
 * test is skipped, saying why, until both files are added next to {@code ninjs-schema_3.1.json}
 * (and listed in {@code NOTICE.txt}); {@link NitfFormatTest} checks well-formedness and the
 * content-model order meanwhile. Schema loading never uses the network.
 */
class NitfSchemaTest {

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        URL xsd = NitfSchemaTest.class.getResource("/iptc/nitf-3-6.xsd");
        if (xsd == null) {
            return;
        }
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().getDOMImplementation();
        f.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            if (systemId != null && systemId.endsWith("xml.xsd")) {
                URL local = NitfSchemaTest.class.getResource("/iptc/xml.xsd");
                if (local != null) {
                    LSInput in = ls.createLSInput();
                    in.setSystemId(local.toString());
                    return in;
                }
            }
            return null;
        });
        schema = f.newSchema(xsd);
    }

    static List<Path> seeds() {
        return SeedArticles.texts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedIsValidNitf36(Path seed) throws Exception {
        assumeTrue(schema != null, "IPTC's nitf-3-6.xsd is not bundled in src/test/resources/iptc: NITF schema validation skipped");
        StringBuilder sb = new StringBuilder();
        new NitfFormat().write(SeedArticles.parse(seed), SeedArticles.source(seed), sb);
        Validator v = schema.newValidator();
        v.validate(new StreamSource(new StringReader(sb.toString())));
    }
}
