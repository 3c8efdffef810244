package org.gatehouse.users.entity;

import java.util.Arrays;
import java.util.Optional;

/** The three roles of contract 4.1, as stored and sent on the wire. */
public enum Role {
    ADMIN("admin"),
    MANAGER("manager"),
    DEFAULT("default");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The role with exactly this wire name (case-sensitive, as AnythingLLM compares). */
    public static Optional<Role> fromWire(String value) {
        return Arrays.stream(values()).filter(role -> role.wireName.equals(value)).findFirst();
    }
}
