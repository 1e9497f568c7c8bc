package org.articleparser.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.Articles;
import org.articleparser.core.spi.ArticleFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published modules work on the module path: {@code src/modulepath} (a module that requires
 * only core) is compiled against the built jars and run with {@code java --module-path}; it must
 * find every format that the jars register, each from its named module, and write the same JSON
 * as the class path does. The expected formats are read from the jars' {@code META-INF/services}
 * and module descriptors, so adding a format needs no change here.
 */
class ModulePathTest {

    private static final String SERVICE = ArticleFormat.class.getName();
    private static final String MODULE = "org.articleparser.examples.modulepath";
    private static final String MAIN = MODULE + "/" + MODULE + ".ModulePathCheck";

    /** Provider class to module name, from each project module's services file. */
    private static Map<String, String> registeredFormats() throws IOException {
        Map<String, String> formats = new TreeMap<>();
        for (Path entry : BuildPaths.projectModules()) {
            ModuleReference ref = ModuleFinder.of(entry).findAll().iterator().next();
            String module = ref.descriptor().name();
            try (ModuleReader reader = ref.open()) {
                Optional<InputStream> in = reader.open("META-INF/services/" + SERVICE);
                if (in.isEmpty()) {
                    continue;
                }
                String text;
                try (InputStream s = in.get()) {
                    text = new String(s.readAllBytes(), StandardCharsets.UTF_8);
                }
                text.lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty())
                        .forEach(c -> formats.put(c, module));
            }
            Optional<ModuleDescriptor.Provides> provides = ref.descriptor().provides().stream()
                    .filter(p -> p.service().equals(SERVICE)).findFirst();
            provides.ifPresent(p -> p.providers().forEach(c -> formats.put(c, module)));
        }
        return formats;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "modulepath", "java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aModuleThatRequiresOnlyCoreFindsEveryFormatAndWritesTheSameJson(@TempDir Path tmp)
            throws Exception {
        List<Path> modulePath = BuildPaths.modulePath();
        assertTrue(modulePath.stream().anyMatch(p -> BuildPaths.descriptor(p)
                .map(d -> d.name().equals("org.articleparser.core") && !d.isAutomatic()).orElse(false)),
                "core is not an explicit module on " + modulePath);
        Map<String, String> expected = registeredFormats();
        assertFalse(expected.isEmpty(), "no module registers an " + SERVICE);

        Path classes = tmp.resolve("classes");
        List<String> javac = new ArrayList<>(List.of("-d", classes.toString(),
                "--module-path", BuildPaths.join(modulePath), "-Xlint:all", "-Werror"));
        sources().forEach(s -> javac.add(s.toString()));
        BuildPaths.javac(javac);

        List<Path> runPath = new ArrayList<>(modulePath);
        runPath.add(0, classes);
        Path seed = BuildPaths.firstSeed();
        Path json = tmp.resolve("out.json");
        BuildPaths.Run run = BuildPaths.java(tmp, List.of("--module-path", BuildPaths.join(runPath),
                "-m", MAIN, seed.toString(), json.toString()));
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());

        List<String> lines = run.stdout().lines().collect(Collectors.toList());
        assertTrue(lines.contains("core org.articleparser.core"), run.stdout());
        Map<String, String> found = new TreeMap<>();
        lines.stream().filter(l -> l.startsWith("format ")).map(l -> l.split(" "))
                .forEach(f -> found.put(f[2], f[3]));
        assertEquals(expected, found, "formats found on the module path (class = module)");

        String onClassPath = ArticleFormats.byName("json").orElseThrow().write(Articles.parse(seed));
        assertEquals(onClassPath, Files.readString(json, StandardCharsets.UTF_8));
    }
}
