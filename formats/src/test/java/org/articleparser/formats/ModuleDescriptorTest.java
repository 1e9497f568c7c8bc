package org.articleparser.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.articleparser.core.spi.ArticleFormat;
import org.junit.jupiter.api.Test;

/**
 * The formats are registered for both worlds: every class in
 * {@code META-INF/services/org.articleparser.core.spi.ArticleFormat} (class path) is also
 * {@code provides ... with} in {@code module-info.java} (module path) and its package exported,
 * and the reverse. Nothing here names a format, so a new format package that is registered in
 * only one place fails with the file to fix.
 */
class ModuleDescriptorTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final String SERVICE = ArticleFormat.class.getName();

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    /** The provider classes named in the service file, comments and blanks dropped. */
    private static Set<String> servicesFile() throws IOException {
        Path file = CLASSES.resolve("META-INF/services/" + SERVICE);
        Set<String> classes = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String name = line.replaceFirst("#.*", "").strip();
            if (!name.isEmpty()) {
                classes.add(name);
            }
        }
        return classes;
    }

    private static Set<String> provided(ModuleDescriptor d) {
        return d.provides().stream()
                .filter(p -> p.service().equals(SERVICE))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    @Test
    void moduleIsNamedAfterTheGroupIdAndReadsCore() throws IOException {
        ModuleDescriptor d = descriptor();
        assertEquals("org.articleparser.formats", d.name());
        assertTrue(d.requires().stream().anyMatch(r -> r.name().equals("org.articleparser.core")),
                "module-info.java must require org.articleparser.core");
    }

    @Test
    void atLeastOneFormatIsRegistered() throws IOException {
        assertFalse(servicesFile().isEmpty(), "META-INF/services/" + SERVICE + " lists no format");
    }

    @Test
    void everyServiceFileFormatIsProvidedAndExportedByModuleInfo() throws IOException {
        ModuleDescriptor d = descriptor();
        Set<String> provided = provided(d);
        Set<String> exported = d.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (String format : servicesFile()) {
            if (!provided.contains(format)) {
                problems.add(format + " is in META-INF/services/" + SERVICE + " but formats/src/main/"
                        + "java/module-info.java lacks 'provides " + SERVICE + " with " + format + "'");
            }
            if (!exported.contains(packageOf(format))) {
                problems.add(format + " is a registered format but module-info.java lacks 'exports "
                        + packageOf(format) + ";'");
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void everyProvidedFormatIsInTheServiceFile() throws IOException {
        Set<String> missing = new TreeSet<>(provided(descriptor()));
        missing.removeAll(servicesFile());
        assertEquals(Set.of(), missing, "provided in module-info.java but missing from "
                + "src/main/resources/META-INF/services/" + SERVICE + " (class-path users won't see them)");
    }

    @Test
    void internalPackagesAreNotExportedNorAnythingOpened() throws IOException {
        ModuleDescriptor d = descriptor();
        Set<String> internal = d.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .filter(p -> p.contains(".internal"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(), internal, "internal packages exported");
        assertTrue(d.opens().isEmpty() && !d.isOpen(), "formats opens packages: " + d.opens());
    }
}
