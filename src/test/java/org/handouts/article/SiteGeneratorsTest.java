package org.handouts.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteGeneratorsTest {

    @Test
    void readsDatesAsTheGeneratorsWriteThem() {
        LocalDate march5 = LocalDate.of(2024, 3, 5);
        for (String written : new String[] {"2024-03-05", "2024-3-5", "2024-03-05T10:00:00Z", "2024-03-05 10:00:00 +0100",
                "Mar 05 2024", "Mar 5 2024", "March 5, 2024", "5 March 2024", "mar 5 2024"}) {
            assertEquals(Optional.of(march5), SiteGenerators.date(written), written);
        }
        for (String vague : new String[] {"last spring", "2024-13-40", "", "05/03/2024"}) {
            assertEquals(Optional.empty(), SiteGenerators.date(vague), vague);
        }
    }

    @Test
    void folderNamesReadAsTopicLabels() {
        assertEquals("Managing symptoms", FolderTopics.label("managing-symptoms"));
        assertEquals("Daily life", FolderTopics.label("02_daily_life"));
        assertEquals("HIV care", FolderTopics.label("HIV-care"));
    }
}
