package org.gatehouse.workspaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A chat thread inside a workspace (contract 2.2); removed with its workspace or its user. */
@Entity
@Table(name = "workspace_threads")
public class WorkspaceThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "slug", nullable = false, unique = true)
    private String slug;

    @Column(name = "workspace_id", nullable = false)
    private int workspaceId;

    @Column(name = "user_id")
    private Integer userId;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    protected WorkspaceThread() {
    }

    public WorkspaceThread(String name, String slug, int workspaceId, Integer userId, Instant now) {
        this.name = name;
        this.slug = slug;
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public int getWorkspaceId() { return workspaceId; }
    public Integer getUserId() { return userId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
}
