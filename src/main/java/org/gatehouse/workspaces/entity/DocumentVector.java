package org.gatehouse.workspaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Links a document to its vectors in the vector database (contract 2.2); no foreign keys. */
@Entity
@Table(name = "document_vectors")
public class DocumentVector {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "docId", nullable = false)
    private String docId;

    @Column(name = "vectorId", nullable = false)
    private String vectorId;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    protected DocumentVector() {
    }

    public DocumentVector(String docId, String vectorId, Instant now) {
        this.docId = docId;
        this.vectorId = vectorId;
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public String getDocId() { return docId; }
    public String getVectorId() { return vectorId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
}
