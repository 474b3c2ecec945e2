package org.handouts.render;

import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * FreeMarker over the layouts folder. One configuration (and its template cache) is shared by all render
 * threads, which FreeMarker supports; templates are parsed once per build.
 */
public final class TemplateRenderer {
    private final Configuration configuration;

    public TemplateRenderer(Path layoutsFolder) throws IOException {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setDirectoryForTemplateLoading(layoutsFolder.toFile());
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(java.util.Locale.ROOT);
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
                    e.getMessageWithoutStackTop().lines().findFirst().orElse("template error"));
        } catch (IOException e) {
            throw new TemplateFailure(layout.folder().resolve(templateName), 0, 0, firstLine(e.getMessage()));
        }
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
