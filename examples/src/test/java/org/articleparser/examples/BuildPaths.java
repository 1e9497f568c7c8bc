package org.articleparser.examples;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** The repository, the test's class path as a module path, and running javac and java on them. */
final class BuildPaths {

    private BuildPaths() {
    }

    /** The repository root: examples' parent directory. */
    static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** The first seed article, in name order. */
    static Path firstSeed() throws IOException {
        try (Stream<Path> seeds = Files.list(root().resolve("seeds"))) {
            return seeds.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
    }

    /** The test's class path as Maven gave it (the library's jars and their dependencies). */
    static List<Path> classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .collect(Collectors.toList());
    }

    /**
     * The class-path entries that are modules (explicit or automatic), leaving out examples' own
     * output, which is not a module.
     */
    static List<Path> modulePath() {
        Path own = Path.of("target").toAbsolutePath();
        List<Path> modules = new ArrayList<>();
        for (Path entry : classPath()) {
            if (entry.toAbsolutePath().startsWith(own) || !Files.exists(entry)) {
                continue;
            }
            if (Files.isDirectory(entry) && !Files.exists(entry.resolve("module-info.class"))) {
                continue;
            }
            if (descriptor(entry).isPresent()) {
                modules.add(entry);
            }
        }
        return modules;
    }

    /** The module descriptor of a jar or exploded module, or empty when it is not a module. */
    static Optional<ModuleDescriptor> descriptor(Path entry) {
        try {
            return ModuleFinder.of(entry).findAll().stream().findFirst().map(ModuleReference::descriptor);
        } catch (FindException e) {
            return Optional.empty();
        }
    }

    /** The article-parser modules on the module path with their locations. */
    static List<Path> projectModules() {
        return modulePath().stream()
                .filter(p -> descriptor(p).map(d -> d.name().startsWith("org.articleparser.")).orElse(false))
                .collect(Collectors.toList());
    }

    static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * Runs javac in this JVM.
     *
     * @throws AssertionError with javac's diagnostics when compilation fails
     */
    static void javac(List<String> args) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = javac.run(null, out, out, args.toArray(String[]::new));
        if (code != 0) {
            throw new AssertionError("javac failed (exit " + code + "):\n"
                    + out.toString(StandardCharsets.UTF_8));
        }
    }

    /** The result of a child JVM: its exit code and what it printed. */
    record Run(int exitCode, String stdout, String stderr) {
    }

    /** Runs {@code java} with these arguments in {@code dir}, waiting up to a minute. */
    static Run java(Path dir, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        Path out = Files.createTempFile("java-out", ".txt");
        Path err = Files.createTempFile("java-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
