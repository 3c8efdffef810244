package org.gatehouse.users.control;

import java.util.Optional;
import org.gatehouse.users.entity.Role;

/**
 * The role a request asks for. AnythingLLM compares a role selection strictly (a JSON string) but
 * USER-UPDATE stores {@code String(value)}, so a value such as {@code ["admin"]} is a valid new role and
 * yet no role selection: the two readings are kept apart.
 */
public sealed interface RoleChoice {

    /** A JSON string that is exactly a role's name. */
    record Named(Role role) implements RoleChoice {
    }

    /** Not a JSON string, but its JavaScript text names a role; valid only for USER-UPDATE. */
    record Coerced(Role role) implements RoleChoice {
    }

    /** A value that names no role (JSON null included). */
    record Unknown() implements RoleChoice {
    }

    static RoleChoice named(Role role) {
        return new Named(role);
    }

    /** The role stored if the change is made; empty when it names none. */
    default Optional<Role> stored() {
        if (this instanceof Named named) {
            return Optional.of(named.role());
        }
        return this instanceof Coerced coerced ? Optional.of(coerced.role()) : Optional.empty();
    }

    /** Whether this is exactly that role, named as a string (the strict comparison of the role rules). */
    default boolean names(Role role) {
        return this instanceof Named named && named.role() == role;
    }
}
