package org.gatehouse.workspaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A membership: the user may enter the workspace (contract 2.1, 4.5). */
@Entity
@Table(name = "workspace_users")
public class WorkspaceUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "user_id", nullable = false)
    private int userId;

    @Column(name = "workspace_id", nullable = false)
    private int workspaceId;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    protected WorkspaceUser() {
    }

    public WorkspaceUser(int userId, int workspaceId, Instant now) {
        this.userId = userId;
        this.workspaceId = workspaceId;
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public int getUserId() { return userId; }
    public int getWorkspaceId() { return workspaceId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
}
