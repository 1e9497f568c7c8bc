package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.articleparser.core.spi.ArticleFormat;
import org.junit.jupiter.api.Test;

/**
 * The compiled {@code module-info} of core: the API packages are exported, internal ones are
 * not, and core declares that it uses {@link ArticleFormat}. Packages are read from the build
 * output, so a new package fails here until it is either exported or named {@code .internal}.
 */
class ModuleDescriptorTest {

    private static final Path CLASSES = Path.of("target", "classes");

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    private static Set<String> packagesWithClasses() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> CLASSES.relativize(f.getParent()))
                    .filter(p -> !p.toString().isEmpty())
                    .map(p -> p.toString().replace(p.getFileSystem().getSeparator(), "."))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void moduleIsNamedAfterTheGroupId() throws IOException {
        assertEquals("org.articleparser.core", descriptor().name());
    }

    @Test
    void everyApiPackageIsExportedAndNoInternalOne() throws IOException {
        Set<String> api = packagesWithClasses().stream()
                .filter(p -> !p.contains(".internal"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> exported = descriptor().exports().stream()
                .peek(e -> assertTrue(!e.isQualified(), "qualified export of " + e.source()))
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(api, exported, "core/src/main/java/module-info.java must export exactly the "
                + "non-internal packages (name a package '.internal' to keep it unexported)");
        assertTrue(exported.containsAll(Set.of("org.articleparser.core", "org.articleparser.core.spi")));
    }

    @Test
    void nothingIsOpenedForReflection() throws IOException {
        ModuleDescriptor d = descriptor();
        assertTrue(d.opens().isEmpty() && !d.isOpen(), "core opens packages: " + d.opens());
    }

    @Test
    void coreUsesTheFormatService() throws IOException {
        assertEquals(Set.of(ArticleFormat.class.getName()), descriptor().uses());
    }

    @Test
    void coreRequiresNothingButTheJdk() throws IOException {
        Set<String> required = descriptor().requires().stream()
                .map(ModuleDescriptor.Requires::name)
                .filter(n -> !n.startsWith("java."))
                .collect(Collectors.toSet());
        assertEquals(Set.of(), required);
    }
}
