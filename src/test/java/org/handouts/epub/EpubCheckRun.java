package org.handouts.epub;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;

/**
 * Runs EPUBCheck through its Java API and keeps every message it reports, so tests assert on the
 * messages themselves (id, severity, place), not on an exit code or console text.
 */
public final class EpubCheckRun {

    /** One EPUBCheck message, e.g. "ERROR RSC-005 EPUB/text/a.xhtml:12:4 element "strike" not allowed here". */
    public record Finding(Severity severity, String id, String location, String text) {
        @Override
        public String toString() {
            return severity + " " + id + " " + location + " " + text;
        }
    }

    private EpubCheckRun() { }

    public static List<Finding> check(Path epub) {
        Collector report = new Collector();
        report.setEpubFileName(epub.toString());
        new EpubCheck(epub.toFile(), report).doValidate();
        return report.findings();
    }

    /** Findings that make a booklet fail our bar: warnings and worse. */
    public static List<Finding> problems(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING || f.severity() == Severity.ERROR
                || f.severity() == Severity.FATAL).toList();
    }

    private static final class Collector extends MasterReport {
        private final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            String where = location == null ? "" : location.getPath() + ":" + location.getLine() + ":" + location.getColumn();
            findings.add(new Finding(message.getSeverity(), message.getID().toString(), where, message.getMessage(args)));
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            // Features (fonts, languages, ...) are not findings.
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }

        List<Finding> findings() {
            return List.copyOf(findings);
        }
    }
}
