package org.handouts.i18n;

import freemarker.core.TemplateMarkupOutputModel;
import freemarker.core.Environment;
import freemarker.core.MarkupOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code msg} in a layout template: {@code ${msg("reviewed", article.reviewed)}} gives the message in the
 * page's language. An argument that is already markup ({@code '<span class="page-number"></span>'?no_esc})
 * is put in as it is and the words around it are escaped, so a message may wrap elements the renderer fills
 * in (page counters) without the template splitting the sentence in a language-dependent place.
 */
public final class TemplateMessages implements TemplateMethodModelEx {
    private final Messages messages;

    public TemplateMessages(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel keyModel)) {
            throw new TemplateModelException("msg needs a message key first, such as msg(\"page.of\", 1, 2)");
        }
        String key = keyModel.getAsString();
        List<Object> values = new ArrayList<>();
        List<String> markup = new ArrayList<>();
        for (Object argument : arguments.subList(1, arguments.size())) {
            values.add(value((TemplateModel) argument, markup));
        }
        String text = messages.format(key, values.toArray());
        if (markup.isEmpty()) {
            return text;
        }
        String escaped = escape(text);
        for (int i = 0; i < markup.size(); i++) {
            escaped = escaped.replace(placeholder(i), markup.get(i));
        }
        // Markup of the template's own output format (.ftlx is XML), so FreeMarker prints it as it is.
        OutputFormat format = Environment.getCurrentEnvironment() == null ? XMLOutputFormat.INSTANCE
                : Environment.getCurrentEnvironment().getCurrentTemplate().getOutputFormat();
        return format instanceof MarkupOutputFormat<?> markupFormat ? markupFormat.fromMarkup(escaped)
                : XMLOutputFormat.INSTANCE.fromMarkup(escaped);
    }

    private static Object value(TemplateModel model, List<String> markup) throws TemplateModelException {
        if (model instanceof TemplateMarkupOutputModel<?> output) {
            markup.add(markupOf(output));
            return placeholder(markup.size() - 1);
        }
        if (model instanceof TemplateNumberModel number) {
            return number.getAsNumber();
        }
        if (model instanceof TemplateDateModel date) {
            return date.getAsDate();
        }
        if (model instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        throw new TemplateModelException("msg arguments must be text, numbers, dates or markup");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String markupOf(TemplateMarkupOutputModel output) throws TemplateModelException {
        return output.getOutputFormat().getMarkupString(output);
    }

    /** A token no message or argument contains and escaping leaves alone. */
    private static String placeholder(int index) {
        return "\uE000" + index + "\uE001";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
