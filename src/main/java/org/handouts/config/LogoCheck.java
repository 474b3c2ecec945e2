package org.handouts.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Whether the clinic's logo can be drawn, decided once while the configuration is read. The renderer fails
 * every page on a logo it cannot draw: an SVG whose {@code <style>} imports another file made the SVG
 * library throw a NullPointerException in every PDF. An SVG may use only what it carries itself (no
 * {@code @import}, no links or {@code url(...)} to other files, no scripts); a PNG or JPEG must decode.
 */
final class LogoCheck {

    /** {@code url(...)} whose target is not a fragment of the same file or inline data. */
    private static final Pattern OUTSIDE_URL = Pattern.compile("url\\(\\s*['\"]?\\s*(?!#|data:)([^)'\"]*)", Pattern.CASE_INSENSITIVE);

    private LogoCheck() { }

    /** Why the logo cannot be used, or empty when it can. */
    static Optional<String> problem(Path logo) {
        String name = logo.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return name.endsWith(".svg") ? svgProblem(logo) : pictureProblem(logo);
        } catch (IOException e) {
            return Optional.of("it cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Optional<String> pictureProblem(Path logo) throws IOException {
        try (InputStream in = Files.newInputStream(logo)) {
            return ImageIO.read(in) == null ? Optional.of("it is not a PNG or JPEG picture that can be read") : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("the picture is damaged (" + e.getMessage() + ")");
        }
    }

    private static Optional<String> svgProblem(Path logo) throws IOException {
        Document svg;
        try (InputStream in = Files.newInputStream(logo)) {
            DocumentBuilder builder = parser().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e; // said once, in our message, instead of printed by the parser
                }
            });
            svg = builder.parse(in);
        } catch (SAXParseException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "it has a DOCTYPE, which a logo may not have (its entities could read other files)" : e.getMessage();
            return Optional.of("it is not a well-formed SVG file (line " + e.getLineNumber() + ": " + why + ")");
        } catch (SAXException e) {
            return Optional.of("it is not a well-formed SVG file (" + e.getMessage() + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = svg.getDocumentElement();
        if (!"svg".equals(localName(root))) {
            return Optional.of("its outermost element is <" + localName(root) + ">, not <svg>");
        }
        return firstUnsafe(root);
    }

    /** The first thing in the SVG that reaches outside the file or runs code. */
    private static Optional<String> firstUnsafe(Element element) {
        String tag = localName(element);
        if (tag.equals("script") || tag.equals("foreignObject")) {
            return Optional.of("it contains a <" + tag + "> element");
        }
        if (tag.equals("style")) {
            String css = element.getTextContent();
            if (css.toLowerCase(Locale.ROOT).contains("@import")) {
                return Optional.of("its <style> imports another file (@import)");
            }
            Matcher url = OUTSIDE_URL.matcher(css);
            if (url.find()) {
                return Optional.of("its <style> refers to another file (url(" + url.group(1).strip() + "))");
            }
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = localName(attribute);
            String value = attribute.getValue().strip();
            if (name.equals("href") && !value.startsWith("#") && !value.regionMatches(true, 0, "data:image/", 0, 11)) {
                return Optional.of("<" + tag + "> links to another file (" + attribute.getName() + "=\"" + value + "\")");
            }
            Matcher url = OUTSIDE_URL.matcher(value);
            if (url.find()) {
                return Optional.of("<" + tag + "> refers to another file (" + attribute.getName() + ": url(" + url.group(1).strip() + "))");
            }
            if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
                return Optional.of("<" + tag + "> has a script attribute (" + attribute.getName() + ")");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                Optional<String> problem = firstUnsafe(inner);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    /**
     * Namespace-aware, and no DOCTYPE at all: entities could read other files or expand without bound. (The
     * parser found may be Xerces, which knows the feature but not the JDK's access-external properties.)
     */
    private static DocumentBuilderFactory parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
