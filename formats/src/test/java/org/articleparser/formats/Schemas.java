package org.articleparser.formats;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** JSON Schema validation (draft 2020-12) for the tests, with networknt's validator. */
public final class Schemas {

    private Schemas() {
    }

    /** The schema in a class-path resource. */
    public static Schema load(String resource) {
        InputStream in = Schemas.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no resource " + resource);
        }
        return load(in);
    }

    /** The schema read from a stream, which is closed. */
    public static Schema load(InputStream stream) {
        try (InputStream in = stream) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validation errors of a JSON document, as readable lines; empty when valid. */
    public static List<String> errors(Schema schema, String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
