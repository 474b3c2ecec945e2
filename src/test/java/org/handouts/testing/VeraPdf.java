package org.handouts.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF's own validation model (its parser, not PDFBox, so it judges the file as any reader would).
 * Returns the failed rules of a file, one line each ("PDF/UA-1 7.18.5-2 (3x): Links shall ..."), so an
 * assertion message says exactly what to fix.
 */
public final class VeraPdf {
    private VeraPdf() { }

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    public static final PDFAFlavour PDF_UA_1 = PDFAFlavour.PDFUA_1;
    public static final PDFAFlavour PDF_A_3U = PDFAFlavour.PDFA_3_U;

    public static List<String> failedRules(Path pdf, PDFAFlavour flavour) throws IOException {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> messages = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    messages.putIfAbsent(id(assertion.getRuleId()), assertion.getMessage()
                            + " [" + assertion.getLocation().getContext() + "]");
                }
            }
            List<String> failed = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> check : result.getFailedChecks().entrySet()) {
                String id = id(check.getKey());
                failed.add(flavour.getId() + " " + id + " (" + check.getValue() + "x): " + messages.getOrDefault(id, ""));
            }
            failed.sort(null);
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add(flavour.getId() + ": not compliant (" + result.getJobEndStatus() + ")");
            }
            return failed;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("veraPDF could not check " + pdf + ": " + e, e);
        }
    }

    private static String id(RuleId rule) {
        return rule.getClause() + "-" + rule.getTestNumber();
    }
}
