package org.handouts.check;

import org.handouts.config.CheckOptions;

import org.handouts.article.MarkdownBody;

import org.handouts.diagnostics.Severity;

import static org.handouts.check.Fixtures.assertFinding;
import static org.handouts.check.Fixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RulesTest {

    @Nested
    class ReadabilityGrade {
        private final Rule rule = new ReadabilityGradeRule();

        private static final String HARD = "You can rest.\n\n"
                + "Adjuvant chemotherapy substantially diminishes the probability of recurrence.\n"
                + "Immunotherapy occasionally precipitates inflammatory complications affecting various organs.\n\n"
                + "Eat well. Physicians individualize medication regimens considering comorbidities.\n";

        @Test
        void firesAboveTheTargetAndQuotesTheHardestSentences() {
            List<Finding> findings = run(rule, HARD);
            assertEquals(1, findings.size());
            Finding f = findings.get(0);
            assertFinding(f, "readability-grade", 1, 1);
            assertEquals(Severity.WARNING, f.severity());
            assertTrue(f.message().contains("Flesch-Kincaid") && f.message().contains("SMOG"), f.message());
            assertTrue(f.message().contains("line 4 \"Immunotherapy occasionally"), f.message());
            assertTrue(f.message().contains("line 3 \"Adjuvant"), f.message());
            assertTrue(f.message().contains("line 6 \"Physicians"), f.message());
            assertTrue(!f.message().contains("You can rest"), f.message());
        }

        @Test
        void quietForPlainTextOrAHighTarget() {
            assertEquals(List.of(), run(rule, "You can rest. Drink water. Eat when you feel like it.\n"));
            assertEquals(List.of(), run(rule, HARD, CheckOptions.DEFAULTS.withTargetGrade(30)));
        }
    }

    @Nested
    class LongSentence {
        private final Rule rule = new LongSentenceRule();
        private final String words25 = "word ".repeat(24) + "end.";

        @Test
        void firesOverTheLimit() {
            List<Finding> findings = run(rule, "Short one. Rest " + "word ".repeat(24) + "end.\n");
            assertEquals(1, findings.size());
            assertFinding(findings.get(0), "long-sentence", 1, 12);
            assertTrue(findings.get(0).message().contains("26 words"));
        }

        @Test
        void quietAtTheLimitAndConfigurable() {
            assertEquals(List.of(), run(rule, words25));
            assertEquals(1, run(rule, words25, CheckOptions.DEFAULTS.withMaxSentenceWords(10)).size());
        }
    }

    @Nested
    class LongParagraph {
        private final Rule rule = new LongParagraphRule();

        @Test
        void firesForAParagraphOverTheLimit() {
            List<Finding> findings = run(rule, "Intro.\n\n" + "Rest now. ".repeat(7) + "\n");
            assertEquals(1, findings.size());
            assertFinding(findings.get(0), "long-paragraph", 3, 1);
        }

        @Test
        void quietForShortParagraphsAndLists() {
            assertEquals(List.of(), run(rule, "Rest now. ".repeat(6)));
            assertEquals(List.of(), run(rule, "- Rest now. Drink. Eat. Walk. Sleep. Call us. Read.\n"));
        }
    }

    @Nested
    class Jargon {
        private final Rule rule = new JargonRule();

        @Test
        void notesTermsAndInflectionsWithTheAlternative() {
            List<Finding> findings = run(rule, "The cancer is metastatic.\nWe found Metastases and\ntwo biopsies.\n");
            assertEquals(3, findings.size());
            assertFinding(findings.get(0), "jargon", 1, 15);
            assertTrue(findings.get(0).message().contains("has spread"), findings.get(0).message());
            assertFinding(findings.get(1), "jargon", 2, 10);
            assertTrue(findings.get(1).message().contains("\"Metastases\""));
            assertFinding(findings.get(2), "jargon", 3, 5);
            assertEquals(Severity.NOTE, findings.get(0).severity());
        }

        @Test
        void prefersTheLongerTermAndRespectsWordBoundaries() {
            List<Finding> findings = run(rule, "Neoadjuvant care may cause peripheral neuropathy.");
            assertEquals(2, findings.size());
            assertTrue(findings.get(0).message().contains("before the main treatment"));
            assertTrue(findings.get(1).message().contains("hands or feet"));
        }

        @Test
        void quietForPlainWords() {
            assertEquals(List.of(), run(rule, "The cancer has spread. Your cancer doctor will explain."));
        }

        @Test
        void shipsAtLeastFortyTerms() {
            assertTrue(JargonDictionary.standard().size() >= 40);
        }
    }

    @Nested
    class PassiveVoice {
        private final Rule rule = new PassiveVoiceRule();

        @Test
        void notesBePlusParticiple() {
            List<Finding> findings = run(rule, "The drug is given in a vein.\nScans were not usually needed.");
            assertEquals(2, findings.size());
            assertFinding(findings.get(0), "passive-voice", 1, 10);
            assertTrue(findings.get(0).message().contains("\"is given\""));
            assertFinding(findings.get(1), "passive-voice", 2, 7);
            assertTrue(findings.get(1).message().contains("\"were not usually needed\""));
        }

        @Test
        void quietForActiveVoiceAndFeelings() {
            assertEquals(List.of(), run(rule, "Your nurse gives the drug. You may be tired. It is red."));
        }

        @Test
        void countsPerArticle() {
            Prose prose = ProseExtractor.extract("It was done. It is used.\n\n- It was made\n", 1);
            assertEquals(3, PassiveVoiceRule.occurrences(prose).size());
        }
    }

    @Nested
    class UndefinedAbbreviation {
        private final Rule rule = new UndefinedAbbreviationRule();

        @Test
        void firesWhenUsedBeforeTheDefinition() {
            List<Finding> findings = run(rule,
                    "Your CT scan is Monday.\n\nA computed tomography (CT) scan uses X-rays. The CT is quick.");
            assertEquals(1, findings.size());
            assertFinding(findings.get(0), "undefined-abbreviation", 1, 6);
            assertTrue(findings.get(0).message().contains("computed tomography (CT)\" on line 3"),
                    findings.get(0).message());
        }

        @Test
        void firesOnceForAnAbbreviationNeverSpelledOut() {
            List<Finding> findings = run(rule, "## MRI\n\nAn MRI takes time. MRIs are loud.");
            assertEquals(1, findings.size());
            assertFinding(findings.get(0), "undefined-abbreviation", 1, 4);
            assertTrue(findings.get(0).message().contains("never spelled out"));
        }

        @Test
        void quietAfterADefinitionAndForNumeralsAndAllowedWords() {
            assertEquals(List.of(), run(rule,
                    "Magnetic resonance imaging (MRI) is safe. Your MRI is OK. Stage IV and stage III are treated in the US."));
        }
    }

    @Nested
    class HeadingSkip {
        private final Rule rule = new HeadingSkipRule();

        @Test
        void firesWhenALevelIsSkipped() {
            List<Finding> findings = run(rule, "## Care\n\nText.\n\n#### Diet\n");
            assertEquals(1, findings.size());
            assertFinding(findings.get(0), "heading-skip", 5, 1);
            assertTrue(findings.get(0).message().contains("H2 to H4"));
        }

        @Test
        void theTitleCountsAsLevelOne() {
            List<Finding> findings = run(rule, "### Too deep\n");
            assertEquals(1, findings.size());
            assertFinding(findings.get(0), "heading-skip", 1, 1);
        }

        @Test
        void quietForOrderlyHeadings() {
            assertEquals(List.of(), run(rule, "## A\n\n### B\n\n## C\n\n### D\n\n#### E\n\n## F\n"));
        }
    }

    @Nested
    class LinkText {
        private final Rule rule = new LinkTextRule();

        @Test
        void firesForVagueTextAndBareUrls() {
            List<Finding> findings = run(rule, "For help [click here](http://a.org).\n"
                    + "See [https://cancer.gov](https://cancer.gov) or <https://nih.gov>. [Read more.](http://b.org)");
            assertEquals(4, findings.size());
            assertFinding(findings.get(0), "link-text", 1, 10);
            assertFinding(findings.get(1), "link-text", 2, 5);
            assertFinding(findings.get(2), "link-text", 2, 49);
            assertFinding(findings.get(3), "link-text", 2, 68);
        }

        @Test
        void quietForDescriptiveText() {
            assertEquals(List.of(), run(rule, "Join a [cancer support group](http://a.org) near you."));
        }
    }

    @Nested
    class ImageAlt {
        private final Rule rule = new ImageAltRule();

        @Test
        void firesForEmptyAltText() {
            List<Finding> findings = run(rule, "Look:\n\nSee ![](chart.png) and ![  ](b.png).\n\n<img src=\"c.png\">\n");
            assertEquals(3, findings.size());
            assertFinding(findings.get(0), "image-alt", 3, 5);
            assertFinding(findings.get(1), "image-alt", 3, 24);
            assertFinding(findings.get(2), "image-alt", 5, 1);
        }

        @Test
        void quietWithAltText() {
            assertEquals(List.of(), run(rule, "![Dose chart](chart.png)\n\n<img alt=\"\" src=\"line.png\">\n"));
        }
    }

    @Nested
    class TableHeader {
        private final Rule rule = new TableHeaderRule();

        @Test
        void firesForMissingOrBlankHeaders() {
            List<Finding> findings = run(rule, "|---|---|\n| a | b |\n\n|  |  |\n|---|---|\n| c | d |\n\n"
                    + "<table><tr><td>x</td></tr></table>\n");
            assertEquals(3, findings.size());
            assertFinding(findings.get(0), "table-header", 1, 1);
            assertFinding(findings.get(1), "table-header", 4, 1);
            assertFinding(findings.get(2), "table-header", 8, 1);
        }

        @Test
        void quietForTablesWithHeaders() {
            assertEquals(List.of(), run(rule, "| Drug | Use |\n|---|---|\n| a | b |\n\n"
                    + "<table><tr><th>Drug</th></tr><tr><td>x</td></tr></table>\n"));
        }
    }

    @Nested
    class InvisibleCharacter {
        private final Rule rule = new InvisibleCharacterRule();

        @Test
        void reportsEachCharacterWithItsCodePoint() {
            List<Finding> findings = run(rule, "Hello\u200Bworld\nchemo\u00ADtherapy \u202Eabc\n\uFEFFx\u0007");
            assertEquals(5, findings.size());
            assertFinding(findings.get(0), "invisible-character", 1, 6);
            assertTrue(findings.get(0).message().contains("U+200B"), findings.get(0).message());
            assertFinding(findings.get(1), "invisible-character", 2, 6);
            assertTrue(findings.get(1).message().contains("U+00AD"));
            assertFinding(findings.get(2), "invisible-character", 2, 15);
            assertTrue(findings.get(2).message().contains("U+202E"));
            assertFinding(findings.get(3), "invisible-character", 3, 1);
            assertTrue(findings.get(3).message().contains("U+FEFF"));
            assertFinding(findings.get(4), "invisible-character", 3, 3);
        }

        @Test
        void quietForTabsALeadingBomAndEmojiJoiners() {
            assertEquals(List.of(), run(rule, "\uFEFFTabs\tare fine.\r\nA nurse \uD83D\uDC69\u200D\u2695\uFE0F helps.\n"));
        }

        @Test
        void aBomAfterFrontMatterIsReported() {
            List<Finding> findings = new InvisibleCharacterRule().check(CheckContext.of(MarkdownBody.parse("\uFEFFText", 6), CheckOptions.DEFAULTS));
            assertEquals(1, findings.size());
            assertFinding(findings.get(0), "invisible-character", 6, 1);
        }
    }
}
