package org.gatehouse.workspaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document embedded in a workspace (contract 2.2); blocks the workspace's delete until removed. */
@Entity
@Table(name = "workspace_documents")
public class WorkspaceDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "docId", nullable = false, unique = true)
    private String docId;

    @Column(name = "filename", nullable = false)
    private String filename;

    @Column(name = "docpath", nullable = false)
    private String docpath;

    @Column(name = "workspaceId", nullable = false)
    private int workspaceId;

    @Lob
    @Column(name = "metadata")
    private String metadata;

    @Column(name = "pinned")
    private Boolean pinned = Boolean.FALSE;

    @Column(name = "watched")
    private Boolean watched = Boolean.FALSE;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    protected WorkspaceDocument() {
    }

    public WorkspaceDocument(String docId, String filename, String docpath, int workspaceId, Instant now) {
        this.docId = docId;
        this.filename = filename;
        this.docpath = docpath;
        this.workspaceId = workspaceId;
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public String getDocId() { return docId; }
    public String getFilename() { return filename; }
    public String getDocpath() { return docpath; }
    public int getWorkspaceId() { return workspaceId; }
    public String getMetadata() { return metadata; }
    public Boolean getPinned() { return pinned; }
    public Boolean getWatched() { return watched; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
}
