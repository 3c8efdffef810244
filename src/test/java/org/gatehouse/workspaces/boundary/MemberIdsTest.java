package org.gatehouse.workspaces.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the member endpoints read {@code userIds} (E32, E95 strictly; E96 leniently). */
class MemberIdsTest {

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader("{\"v\":" + text + "}")).readObject().get("v");
    }

    @Test
    void absentOrNullMeansNoMembers() {
        assertEquals(new MemberIds.Parsed(List.of(), Optional.empty()), MemberIds.strictly(null));
        assertEquals(new MemberIds.Parsed(List.of(), Optional.empty()), MemberIds.strictly(JsonValue.NULL));
    }

    @Test
    void strictlyEveryEntryMustBeAWholeNumberAndTheFirstThatIsNotIsNamed() {
        assertEquals(List.of(3, 1), MemberIds.strictly(json("[3,1]")).ids());
        assertEquals(Optional.of("userIds must be an array of user ids"), MemberIds.strictly(json("5")).error());
        assertEquals(Optional.of("Unknown user id: \"3\""), MemberIds.strictly(json("[1,\"3\",2.5]")).error());
        assertEquals(Optional.of("Unknown user id: 2.5"), MemberIds.strictly(json("[2.5]")).error());
        assertEquals(Optional.of("Unknown user id: 4294967297"), MemberIds.strictly(json("[4294967297]")).error(),
                "an id past int range names no user: it must not wrap round to user 1");
    }

    @Test
    void lenientlyAnythingElseIsDropped() {
        assertEquals(List.of(1, 4), MemberIds.leniently((JsonArray) json("[1,\"2\",3.5,null,4294967297,4]")));
    }
}
