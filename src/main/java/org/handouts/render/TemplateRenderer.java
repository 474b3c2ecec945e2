package org.handouts.render;

import freemarker.core.TemplateClassResolver;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FreeMarker over the layouts folder. One configuration (and its template cache) is shared by all render
 * threads, which FreeMarker supports; templates are parsed once per build.
 *
 * <p>Layouts are data that clinics share and download, so a template may only read the model it is given:
 * no {@code ?new} (which would construct {@code freemarker.template.utility.Execute} and run programs), no
 * {@code ?api} (which reaches the Java methods behind a value), no static models, and an object wrapper
 * that exposes properties, never arbitrary methods. The model is plain maps, lists and strings, which
 * need nothing more.
 */
public final class TemplateRenderer {
    private final Configuration configuration;

    public TemplateRenderer(Path layoutsFolder) throws IOException {
        this(List.of(layoutsFolder));
    }

    /** Templates looked up in each folder in turn: a project's layouts, then the built-in ones. */
    public TemplateRenderer(List<Path> layoutsFolders) throws IOException {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path folder : layoutsFolders) {
            loaders.add(new FileTemplateLoader(folder.toFile()));
        }
        configuration.setTemplateLoader(loaders.size() == 1 ? loaders.get(0) : new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(java.util.Locale.ROOT);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setObjectWrapper(readOnlyWrapper());
    }

    /** Maps, lists and scalars as FreeMarker's own adapters; any other object shows its properties only. */
    static DefaultObjectWrapper readOnlyWrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setExposureLevel(DefaultObjectWrapper.EXPOSE_PROPERTIES_ONLY);
        builder.setExposeFields(false);
        builder.setUseAdaptersForContainers(true);
        return builder.build();
    }

    /** Renders {@code layout/templateName} with the data model; errors name the template line. */
    public String render(Layout layout, String templateName, Map<String, Object> model) throws TemplateFailure {
        String path = layout.name() + "/" + templateName;
        try {
            Template template = configuration.getTemplate(path);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new TemplateFailure(layout.folder().resolve(templateName),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(),
                    reason(e));
        } catch (StackOverflowError e) {
            // A macro or #include that calls itself without end; FreeMarker keeps no place once the stack unwinds.
            throw new TemplateFailure(layout.folder().resolve(templateName), 1, 1,
                    "the template calls itself too deeply (a macro or #include that never stops calling itself?)");
        } catch (freemarker.core.ParseException e) {
            // A syntax error is an IOException to FreeMarker; it still knows the line and column.
            throw new TemplateFailure(layout.folder().resolve(templateName), e.getLineNumber(), e.getColumnNumber(),
                    oneLine(e.getEditorMessage()));
        } catch (IOException e) {
            throw new TemplateFailure(layout.folder().resolve(templateName), 0, 0, firstLine(e.getMessage()));
        }
    }

    /**
     * FreeMarker's whole explanation, without its own location prefix and "FTL stack trace" (the
     * diagnostic carries the place) and on one line, so that no part of the reason is cut off.
     */
    static String reason(TemplateException e) {
        String text = e.getMessageWithoutStackTop();
        if (text == null || text.isBlank()) {
            return "template error";
        }
        String joined = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("----"))
                .filter(l -> !l.startsWith("Tip:") && !l.startsWith("==>"))
                .reduce((a, b) -> a.endsWith(":") || a.endsWith(".") ? a + " " + b : a + "; " + b).orElse("template error");
        // "Error on line 3, column 5 in handout/article.ftlx" repeats what path:line:col already says.
        return joined.replaceFirst("^(?i)(error|syntax error) on line \\d+, column \\d+ in [^\\s:,]+[:,]?\\s*", "");
    }

    private static String oneLine(String message) {
        return message == null || message.isBlank() ? "template syntax error"
                : String.join(" ", message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private static String firstLine(String message) {
        return message == null ? "cannot read template" : message.lines().findFirst().orElse(message);
    }

    /** A template that does not work, with where. */
    public static final class TemplateFailure extends Exception {
        private final transient Path file;
        private final int line;
        private final int column;

        public TemplateFailure(Path file, int line, int column, String message) {
            super(message);
            this.file = file;
            this.line = line;
            this.column = column;
        }

        public Path file() {
            return file;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }
}
