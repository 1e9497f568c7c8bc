/**
 * A tiny program that uses article-parser from the module path. It requires core only: the
 * formats module is found because core {@code uses} the format service and formats
 * {@code provides} it. Compiled and run by {@code ModulePathTest}.
 */
module org.articleparser.examples.modulepath {
    requires org.articleparser.core;
}
