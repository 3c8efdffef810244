package org.gatehouse.workspaces.control;

import java.time.Instant;

/** A workspace as an administrator's list shows it: what names it, and how many members it has. */
public record ListedWorkspace(int id, String name, String slug, Instant createdAt, long members) {
}
