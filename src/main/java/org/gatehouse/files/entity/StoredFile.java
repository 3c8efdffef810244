package org.gatehouse.files.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded picture (profile picture or logo), kept in the database so every node can serve it. */
@Entity
@Table(name = "stored_files")
@NamedQuery(name = StoredFile.BY_NAME, query = "SELECT f FROM StoredFile f WHERE f.kind = :kind AND f.name = :name")
public class StoredFile {

    public static final String BY_NAME = "StoredFile.byName";
    public static final String PROFILE_PICTURE = "pfp";
    public static final String LOGO = "logo";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    public StoredFile(String kind, String name, String contentType, byte[] content, Instant now) {
        this.kind = kind;
        this.name = name;
        this.contentType = contentType;
        this.content = content;
        this.size = content.length;
        this.createdAt = now;
    }

    public Integer getId() { return id; }
    public String getKind() { return kind; }
    public String getName() { return name; }
    public String getContentType() { return contentType; }
    public int getSize() { return size; }
    public byte[] getContent() { return content; }
    public Instant getCreatedAt() { return createdAt; }
}
