package org.gatehouse.workspaces.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void spellsOutAndDropsAsAnythingLlmDoes() {
        assertEquals("cplusplus-teambang", Slugs.of("C++ Team!"));
        assertEquals("cafe-dot-bar", Slugs.of("Café - . -  bar"));
    }

    @Test
    void aSlugLongerThanItsNameIsCutToTheColumn() {
        assertEquals("at".repeat(127) + "a", Slugs.of("@".repeat(255)), "255 characters of a 510-character slug");
        assertEquals(Slugs.MAX_LENGTH, Slugs.of("x".repeat(300)).length());
    }

    @Test
    void aNumberedSlugKeepsRoomForItsNumber() {
        String numbered = Slugs.numbered(Slugs.of("x".repeat(255)), 12_345_678);
        assertEquals(Slugs.MAX_LENGTH, numbered.length());
        assertTrue(numbered.endsWith("x-12345678"), numbered);
        assertEquals("team-12345678", Slugs.numbered("team", 12_345_678));
        assertEquals("team-12345678", Slugs.numbered("team-", 12_345_678), "no double dash");
        String cutAtADash = Slugs.numbered("x".repeat(245) + "-" + "y".repeat(9), 12_345_678);
        assertEquals("x".repeat(245) + "-12345678", cutAtADash, "the cut leaves no dash before the number's own");
    }
}
