package org.gatehouse.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audit event (contract 2.1 {@code event_logs}, catalogue in appendix A). */
@Entity
@Table(name = "event_logs")
public class EventLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "event", nullable = false)
    private String event;

    /** A JSON object serialized as text, {@code "{}"} when empty. */
    @Lob
    @Column(name = "metadata")
    private String metadata;

    /** No foreign key: the event outlives the user. */
    @Column(name = "userId")
    private Integer userId;

    @Column(name = "occurredAt", nullable = false)
    private Instant occurredAt;

    protected EventLog() {
    }

    public EventLog(String event, String metadata, Integer userId, Instant occurredAt) {
        this.event = event;
        this.metadata = metadata;
        this.userId = userId;
        this.occurredAt = occurredAt;
    }

    public Integer getId() { return id; }
    public String getEvent() { return event; }
    public String getMetadata() { return metadata; }
    public Integer getUserId() { return userId; }
    public Instant getOccurredAt() { return occurredAt; }
}
