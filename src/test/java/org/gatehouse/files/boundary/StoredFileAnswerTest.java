package org.gatehouse.files.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatehouse.files.entity.StoredFile;
import org.junit.jupiter.api.Test;

/** The vanished-content case, which no HTTP test can time; ProfilePictureIT and CustomizationPageIT send real files. */
class StoredFileAnswerTest {

    /** A row read just before its removal: its lazy content comes back null, and the file counts as gone. */
    @Test
    void aFileWhoseContentWentMeanwhileIsNoAnswer() {
        StoredFile gone = new StoredFile() {
        };
        assertTrue(StoredFileAnswer.of(gone).isEmpty());
    }
}
