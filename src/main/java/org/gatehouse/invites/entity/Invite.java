package org.gatehouse.invites.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invitation code (contract 2.1 {@code invites}, lifecycle 6.1). */
@Entity
@Table(name = "invites")
@NamedQuery(name = Invite.BY_CODE, query = "SELECT i FROM Invite i WHERE i.code = :code")
public class Invite {

    public static final String BY_CODE = "Invite.byCode";

    public static final String PENDING = "pending";
    public static final String CLAIMED = "claimed";
    public static final String DISABLED = "disabled";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "code", nullable = false, unique = true)
    private String code;

    @Column(name = "status", nullable = false)
    private String status = PENDING;

    @Column(name = "claimedBy")
    private Integer claimedBy;

    /** JSON array text, for example {@code "[1,2]"}, as on the wire. */
    @Column(name = "workspaceIds")
    private String workspaceIds;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    /** The creating user's id; 0 when created through {@code /api/v1}. No foreign key. */
    @Column(name = "createdBy", nullable = false)
    private int createdBy;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    protected Invite() {
    }

    public Invite(String code, int createdBy, String workspaceIds, Instant now) {
        this.code = code;
        this.createdBy = createdBy;
        this.workspaceIds = workspaceIds;
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public String getCode() { return code; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Integer getClaimedBy() { return claimedBy; }
    public void setClaimedBy(Integer claimedBy) { this.claimedBy = claimedBy; }
    public String getWorkspaceIds() { return workspaceIds; }
    public Instant getCreatedAt() { return createdAt; }
    public int getCreatedBy() { return createdBy; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
}
