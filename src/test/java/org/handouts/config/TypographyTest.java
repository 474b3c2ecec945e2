package org.handouts.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypographyTest {

    @Test
    void quotesApostrophesAndDashesBecomeTypographic() {
        assertEquals("Call us \u201Cany time\u201D \u2013 it\u2019s your team\u2019s job \u2014 or \u2018just ask\u2019\u2026",
                Typography.smarten("Call us \"any time\" -- it's your team's job --- or 'just ask'..."));
    }

    @Test
    void textWithoutMarksIsUnchanged() {
        assertEquals("Ask your care team about your own care.", Typography.smarten("Ask your care team about your own care."));
    }
}
